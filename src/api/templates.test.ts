import { describe, expect, it } from 'vitest';
import { templateMeta } from './templateMutations';
import { isDeprecated, templateSchema } from './templates';

const base = {
  id: 't1',
  name: 'docker',
  organization_id: 'o1',
  active_version_id: 'v1',
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
};

describe('templates api', () => {
  it('reads a template from an older Coder without deprecation fields as not deprecated', () => {
    const t = templateSchema.parse(base);
    expect(t).toMatchObject({ deprecated: false, deprecation_message: '', active_user_count: -1 });
    expect(isDeprecated(t)).toBe(false);
    // A message alone (a server that sends no flag) still means deprecated.
    expect(isDeprecated(templateSchema.parse({ ...base, deprecation_message: 'gone' }))).toBe(true);
  });

  it('sends back the metadata Coder would otherwise reset, and only what the server sent', () => {
    const t = templateSchema.parse({
      ...base,
      display_name: 'Docker',
      icon: '/icon/docker.svg',
      default_ttl_ms: 28_800_000,
      allow_user_cancel_workspace_jobs: true,
      some_future_field: 1,
    });
    expect(templateMeta(t)).toEqual({
      name: 'docker',
      display_name: 'Docker',
      description: '',
      icon: '/icon/docker.svg',
      default_ttl_ms: 28_800_000,
      allow_user_cancel_workspace_jobs: true,
    });
  });
});
