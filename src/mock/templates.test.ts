/** Template deprecation (issue 18 §2) through the mock's HTTP surface: lists, PATCH, workspace creation. */
import { describe, expect, it } from 'vitest';
import { primaryDb } from './state';
import { as } from './testClient';

const db = () => primaryDb();
const tpl = (name: string) => db().data.templates.find((t) => t.name === name)!;
const names = (body: { name: string }[]) => body.map((t) => t.name);
/** What the dashboard sends: the template's metadata as it is, and the new message. */
const meta = (name: string, deprecation_message: string) => {
  const t = tpl(name);
  return {
    name: t.name,
    display_name: t.display_name,
    description: t.description,
    icon: t.icon,
    deprecation_message,
  };
};

describe('template deprecation', () => {
  it('leaves deprecated templates out of lists unless deprecated:true asks for them (only them)', async () => {
    const alice = await as('alice');
    const plain = names((await alice('/api/v2/organizations/coder/templates')).body);
    expect(plain).toContain('docker');
    expect(plain).not.toContain('centos7-legacy');
    const deprecated = await alice('/api/v2/organizations/coder/templates?q=deprecated:true');
    expect(names(deprecated.body)).toEqual(['centos7-legacy']);
    expect(deprecated.body[0]).toMatchObject({
      deprecated: true,
      deprecation_message: expect.stringContaining('https://coder.com/docs/'),
    });
    expect(names((await alice('/api/v2/templates?q=deprecated:true')).body).sort()).toEqual([
      'centos7-legacy',
    ]);
  });

  it('deprecates and lifts a deprecation for a template admin, audited; keeps the metadata sent', async () => {
    const admin = await as('templateadmin');
    const id = tpl('docker').id;
    const message = 'Moving to kubernetes, see https://example.com/migrate';
    const r = await admin(`/api/v2/templates/${id}`, 'PATCH', meta('docker', message));
    expect(r).toMatchObject({
      status: 200,
      body: { deprecated: true, deprecation_message: message, display_name: 'Docker Containers' },
    });
    expect(tpl('docker').deprecated).toBe(message);
    const [entry] = db().data.auditLogs.filter((e) => e.resource_id === id);
    expect(entry).toMatchObject({ action: 'write', resource_type: 'template', status_code: 200 });
    expect(entry!.diff).toMatchObject({ deprecated: { old: '', new: message } });
    // The same again changes nothing: 304 without a body.
    expect((await admin(`/api/v2/templates/${id}`, 'PATCH', meta('docker', message))).status).toBe(304);
    const lifted = await admin(`/api/v2/templates/${id}`, 'PATCH', meta('docker', ''));
    expect(lifted.body).toMatchObject({ deprecated: false, deprecation_message: '' });
  });

  it('refuses a member (403) and a caller who cannot read the template (404)', async () => {
    const member = await as('member');
    const id = tpl('docker').id;
    const r = await member(`/api/v2/templates/${id}`, 'PATCH', meta('docker', 'nope'));
    expect(r.status).toBe(403);
    expect(tpl('docker').deprecated).toBe('');
    // member is not in the research organization: its template does not exist for them.
    const other = await member(
      `/api/v2/templates/${tpl('jupyter-gpu').id}`,
      'PATCH',
      meta('jupyter-gpu', 'x'),
    );
    expect(other.status).toBe(404);
  });

  it('needs the access_control entitlement to set a message, not to lift one', async () => {
    db().data.deployment.premium = false;
    const owner = await as('admin');
    const set = await owner(`/api/v2/templates/${tpl('docker').id}`, 'PATCH', meta('docker', 'Old'));
    expect(set).toMatchObject({
      status: 500,
      body: {
        message: 'An internal server error occurred.',
        detail: 'set template access control: enterprise license required for deprecation_message',
      },
    });
    expect(tpl('docker').deprecated).toBe('');
    const lift = await owner(
      `/api/v2/templates/${tpl('centos7-legacy').id}`,
      'PATCH',
      meta('centos7-legacy', ''),
    );
    expect(lift.status).toBe(200);
    expect(tpl('centos7-legacy').deprecated).toBe('');
  });

  it('refuses a workspace from a deprecated template with its message as the detail', async () => {
    const member = await as('member');
    const t = tpl('centos7-legacy');
    const r = await member('/api/v2/users/me/workspaces', 'POST', { name: 'fresh', template_id: t.id });
    expect(r).toMatchObject({
      status: 400,
      body: {
        message:
          'Template "centos7-legacy" has been deprecated, and cannot be used to create a new workspace.',
        detail: t.deprecated,
      },
    });
  });

  it('reads a template version by id (404 for an unknown one)', async () => {
    const member = await as('member');
    const t = tpl('docker');
    const v = await member(`/api/v2/templateversions/${t.active_version_id}`);
    expect(v).toMatchObject({ status: 200, body: { id: t.active_version_id, template_id: t.id } });
    expect(v.body.name).toBe(t.versions.find((x) => x.id === t.active_version_id)!.name);
    expect((await member(`/api/v2/templateversions/${crypto.randomUUID()}`)).status).toBe(404);
  });
});
