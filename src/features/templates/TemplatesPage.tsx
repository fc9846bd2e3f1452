import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { OrgPermissions } from '../../api/authcheck';
import { useFeature } from '../../api/deployment';
import type { Organization } from '../../api/organizations';
import { useUpdateTemplateDeprecation } from '../../api/templateMutations';
import { templatesQueries } from '../../api/templates';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { wholeListView } from '../../lib/useListQuery';
import { DeprecateTemplateDialog } from './DeprecateTemplateDialog';
import { TemplatesPageView, type TemplateAction } from './TemplatesPageView';

/** An organization's templates, deprecated ones included, with their active version and workspace count. */
export function TemplatesPage({ org, perms }: { org: Organization; perms: OrgPermissions }) {
  const templates = useQuery(templatesQueries.orgAll(org.id));
  const rows = templates.data ?? [];
  const versions = useQueries({
    queries: rows.map((t) => templatesQueries.version(t.active_version_id)),
    combine: (rs) => Object.fromEntries(rows.map((t, i) => [t.id, rs[i]?.data?.name])),
  });
  const counts = useQueries({
    queries: rows.map((t) => templatesQueries.workspaceCount(org.name, t.name)),
    combine: (rs) => Object.fromEntries(rows.map((t, i) => [t.id, rs[i]?.data])),
  });
  // Unknown while loading: nothing is disabled for a moment that the server would allow.
  const entitled = useFeature('access_control') ?? true;
  const [action, setAction] = useState<TemplateAction>();
  const undeprecate = useUpdateTemplateDeprecation();
  const close = () => setAction(undefined);
  return (
    <>
      <TemplatesPageView
        orgName={org.name}
        templates={wholeListView(templates)}
        versions={versions}
        counts={counts}
        canUpdate={perms.updateTemplates}
        entitled={entitled}
        onAction={setAction}
      />
      {action?.kind === 'deprecate' && <DeprecateTemplateDialog template={action.template} onClose={close} />}
      {action?.kind === 'undeprecate' && (
        <ConfirmDialog
          title={`Undeprecate ${action.template.display_name || action.template.name}?`}
          confirmLabel="Undeprecate"
          onConfirm={() => undeprecate.mutateAsync({ template: action.template, message: '' })}
          onClose={close}
        >
          New workspaces can be created from it again, and its message no longer shows on the workspaces that
          use it.
        </ConfirmDialog>
      )}
    </>
  );
}
