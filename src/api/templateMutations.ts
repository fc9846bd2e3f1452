import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { http, isApiError } from '../lib/http';
import { fetchTemplate, templateKeys, templateSchema, type Template } from './templates';

/**
 * `UpdateTemplateMeta` is a full update on Coder, not a patch: a field left out is reset (an empty
 * display name, a zero TTL). So the dashboard sends the template's metadata as it read it, changing only
 * the deprecation. Fields the server did not send stay out (Coder keeps what a nil pointer leaves).
 */
export function templateMeta(t: Template) {
  const { name, display_name, description, icon } = t;
  const rest = {
    default_ttl_ms: t.default_ttl_ms,
    activity_bump_ms: t.activity_bump_ms,
    failure_ttl_ms: t.failure_ttl_ms,
    time_til_dormant_ms: t.time_til_dormant_ms,
    time_til_dormant_autodelete_ms: t.time_til_dormant_autodelete_ms,
    allow_user_autostart: t.allow_user_autostart,
    allow_user_autostop: t.allow_user_autostop,
    allow_user_cancel_workspace_jobs: t.allow_user_cancel_workspace_jobs,
    require_active_version: t.require_active_version,
    use_classic_parameter_flow: t.use_classic_parameter_flow,
    disable_module_cache: t.disable_module_cache,
  };
  const present = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  return { name, display_name, description, icon, ...present };
}

/** The deprecate form: a message is what deprecates (an empty one would lift the deprecation). */
export const deprecationSchema = z.object({
  deprecation_message: z
    .string()
    .check(z.refine((v) => v.trim() !== '', 'Say why, and what to use instead.')),
});

/**
 * Sets (a message) or lifts (`''`) a template's deprecation. Coder answers 304 without a body when nothing
 * changed (someone else did the same meanwhile): the template is then read again.
 */
export async function updateTemplateDeprecation(t: Template, deprecation_message: string) {
  try {
    return await http(`/api/v2/templates/${encodeURIComponent(t.id)}`, {
      method: 'PATCH',
      body: { ...templateMeta(t), deprecation_message },
      schema: templateSchema,
    });
  } catch (e) {
    if (isApiError(e) && e.status === 304) return fetchTemplate(t.id);
    throw e;
  }
}

/** Deprecate (a message) or undeprecate (`''`): the template and the template lists change. */
export function useUpdateTemplateDeprecation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ template, message }: { template: Template; message: string }) =>
      updateTemplateDeprecation(template, message),
    onSuccess: (t) => {
      qc.setQueryData(templateKeys.detail(t.id), t);
      return Promise.all([
        qc.invalidateQueries({ queryKey: templateKeys.lists() }),
        qc.invalidateQueries({ queryKey: templateKeys.orgs() }),
      ]);
    },
  });
}
