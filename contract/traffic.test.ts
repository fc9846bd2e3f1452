/**
 * Drives the client's own api functions (src/api/*) against the mock, records every request and response,
 * and checks them against Coder's OpenAPI document:
 * - each request body the client sends validates against the operation's body schema;
 * - each response the mock returns validates against the schema for its status (no fields beyond the document);
 * - each zod schema the client parses a response with agrees with the document (fields, types, enums);
 * - every endpoint the client calls (extracted from the source) was exercised here.
 */
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createToken, deleteToken, fetchTokenConfig, fetchTokens } from '../src/api/apiKeys';
import { authcheck, authcheckQueries, siteChecks } from '../src/api/authcheck';
import { authQueries, fetchMe, login, logout } from '../src/api/auth';
import { deploymentQueries } from '../src/api/deployment';
import {
  createGroup,
  deleteGroup,
  fetchGroupByName,
  fetchGroupMembers,
  fetchOrgGroups,
  patchGroup,
} from '../src/api/groups';
import {
  fetchDeploymentClaimFields,
  fetchDeploymentClaimFieldValues,
  fetchGroupSyncSettings,
  fetchOrgClaimFields,
  fetchOrgClaimFieldValues,
  fetchOrganizationSyncSettings,
  fetchRoleSyncSettings,
  patchGroupSyncConfig,
  patchGroupSyncMapping,
  patchOrganizationSyncConfig,
  patchOrganizationSyncMapping,
  patchRoleSyncConfig,
  patchRoleSyncMapping,
  putGroupSyncSettings,
  putOrganizationSyncSettings,
  putRoleSyncSettings,
} from '../src/api/idpSync';
import { addMember, fetchMembers, removeMember, updateMemberRoles } from '../src/api/members';
import {
  createOrganization,
  deleteOrganization,
  fetchOrganization,
  fetchOrganizations,
  fetchOrganizationWorkspaceCount,
  updateOrganization,
} from '../src/api/organizations';
import { fetchAuditLogs, fetchGroupById } from '../src/api/audit';
import { createCustomRole, deleteCustomRole, fetchOrgRoles, updateCustomRole } from '../src/api/roles';
import {
  fetchAllOrgTemplates,
  fetchOrgTemplates,
  fetchTemplate,
  fetchTemplates,
  fetchTemplateVersion,
  fetchTemplateWorkspaceCount,
} from '../src/api/templates';
import { updateTemplateDeprecation } from '../src/api/templateMutations';
import {
  activateUser,
  createUser,
  deleteUser,
  fetchSiteRoles,
  fetchUser,
  fetchUserGroups,
  fetchUserOrganizations,
  fetchUserRoles,
  fetchUsers,
  fetchUserWorkspaces,
  suspendUser,
  updatePassword,
  updateProfile,
  updateUserRoles,
  validatePassword,
} from '../src/api/users';
import {
  deleteWorkspaceAcl,
  fetchOrgGroupsForSharing,
  fetchSharingSettings,
  fetchWorkspaceAcl,
  patchSharingSettings,
  patchWorkspaceAcl,
  searchOrgMembers,
} from '../src/api/workspaceAcl';
import { cancelBuild, fetchBuildLogs } from '../src/api/workspaceBuilds';
import {
  createBuild,
  createWorkspace,
  fetchBuilds,
  fetchWorkspace,
  fetchWorkspaceByOwnerAndName,
  fetchWorkspaces,
  renameWorkspace,
} from '../src/api/workspaces';
import { DEMO_PASSWORD } from '../src/lib/demoAccounts';
import { setSessionToken } from '../src/lib/session';
import { exchangeProblems, type Exchange } from './checks';
import { extractClientEndpoints } from './endpoints';
import { recordTraffic } from './recorder';
import { findOperation, loadContract } from './swagger';
import { compareZod, strictObjects } from './zodCompare';

/** The zod schema each http() call parsed its response with, keyed by `METHOD pathname`. */
const parsedWith = vi.hoisted(() => new Map<string, unknown>());
vi.mock('../src/lib/http', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/lib/http')>();
  return {
    ...actual,
    http: (path: string, opts: Parameters<typeof actual.http>[1] = {}) => {
      if (opts.schema) parsedWith.set(`${opts.method ?? 'GET'} ${path.split('?')[0]}`, opts.schema);
      return actual.http(path, opts);
    },
  };
});

const contract = loadContract();
const page = { page: 1, pageSize: 25, filter: '' };
const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });

/** A step of the scenario; an error (API or zod) is kept and reported, the next steps still run. */
const stepErrors: string[] = [];
async function step<T>(name: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (e) {
    stepErrors.push(`${name}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    return undefined;
  }
}

async function signIn(username: string) {
  const r = await login({ email: `${username}@example.com`, password: DEMO_PASSWORD });
  setSessionToken(r.session_token);
}

/** Mock-only switch (OSS / sharing disabled), outside /api so it is not recorded. */
async function setDeployment(body: {
  premium?: boolean;
  disable_workspace_sharing?: boolean;
  build_timing?: { pending_ms: number; running_ms: number };
}) {
  const { http } = await vi.importActual<typeof import('../src/lib/http')>('../src/lib/http');
  await http('/__mock/deployment', { method: 'POST', body });
}

async function scenario() {
  await signIn('admin');
  await step('me', () => fetchMe());
  await step('auth methods', () => qc.fetchQuery(authQueries.methods()));
  await step('build info', () => qc.fetchQuery(authQueries.buildInfo()));
  await step('entitlements', () => qc.fetchQuery(deploymentQueries.entitlements()));
  await step('deployment config', () => qc.fetchQuery(deploymentQueries.config()));
  await step('site authcheck', () => authcheck(siteChecks));

  const orgs = (await step('organizations', () => fetchOrganizations())) ?? [];
  const org = orgs.find((o) => o.is_default);
  if (!org) throw new Error('The seed has no default organization.');
  await step('org authcheck', () => qc.fetchQuery(authcheckQueries.org(org.id)));

  // Users
  await step('users', () => fetchUsers({ ...page, filter: 'status:active' }));
  await step('user', () => fetchUser('alice'));
  await step('user roles', () => fetchUserRoles('alice'));
  await step('site roles', () => fetchSiteRoles());
  await step('user organizations', () => fetchUserOrganizations('alice'));
  await step('user groups', () => fetchUserGroups('alice'));
  await step('user workspaces', () => fetchUserWorkspaces('owner:alice', 5));
  await step('validate password', () => validatePassword('correct-horse-battery-staple'));
  const user = await step('create user', () =>
    createUser({
      username: 'contract-user',
      name: 'Contract User',
      email: 'contract-user@example.com',
      login_type: 'password',
      password: 'Another-Secure-Password-42',
      organization_ids: [org.id],
      service_account: false,
    }),
  );
  const sa = await step('create service account', () =>
    createUser({
      username: 'contract-bot',
      name: 'Contract bot',
      email: '',
      login_type: 'none',
      password: '',
      organization_ids: [org.id],
      service_account: true,
    }),
  );
  if (user) {
    await step('update profile', () =>
      updateProfile(user.id, { username: user.username, name: 'Contract Person' }),
    );
    await step('suspend', () => suspendUser(user.id));
    await step('activate', () => activateUser(user.id));
    await step('site roles of user', () => updateUserRoles(user.id, ['auditor']));
    await step('reset password', () =>
      updatePassword(user.id, { password: 'Yet-Another-Secure-Password-7', old_password: '' }),
    );
  }

  // Organizations, members, roles
  const created = await step('create organization', () =>
    createOrganization({ name: 'contract-org', display_name: 'Contract org', description: '', icon: '' }),
  );
  await step('organization', () => fetchOrganization(org.name));
  await step('organization workspace count', () => fetchOrganizationWorkspaceCount(org.name));
  await step('members', () => fetchMembers(org.id, page));
  await step('org roles', () => fetchOrgRoles(org.id));
  const role = {
    name: 'contract-role',
    display_name: 'Contract role',
    organization_permissions: [{ negate: false, resource_type: 'workspace', action: 'read' }],
  };
  await step('create custom role', () => createCustomRole(org.id, role));
  await step('update custom role', () =>
    updateCustomRole(org.id, { ...role, display_name: 'Contract role 2' }),
  );
  await step('delete custom role', () => deleteCustomRole(org.id, role.name));
  if (created) {
    await step('update organization', () =>
      updateOrganization(created.id, { display_name: 'Contract organization' }),
    );
    if (user) {
      await step('add member', () => addMember(created.id, user.id));
      await step('member roles', () => updateMemberRoles(created.id, user.id, ['organization-auditor']));
      await step('remove member', () => removeMember(created.id, user.id));
    }
    await step('delete organization', () => deleteOrganization(created.id));
  }

  // Groups
  await step('groups', () => fetchOrgGroups(org.id));
  const group = await step('create group', () =>
    createGroup(org.id, {
      name: 'contract-group',
      display_name: 'Contract group',
      avatar_url: '',
      quota_allowance: 0,
    }),
  );
  if (group) {
    await step('group by name', () => fetchGroupByName(org.id, group.name));
    if (user) await step('add group member', () => patchGroup(group.id, { add_users: [user.id] }));
    await step('group members', () => fetchGroupMembers(group.id, page));
    await step('delete group', () => deleteGroup(group.id));
  }
  if (sa) {
    // API tokens of the service account: config, create (secret once), list, delete.
    await step('token config', () => fetchTokenConfig(sa.id));
    await step('create token', () =>
      createToken(sa.id, { token_name: 'contract', lifetime_days: 7, scope: 'coder:all' }),
    );
    const tokens = await step('tokens', () => fetchTokens(sa.id));
    const token = tokens?.[0];
    if (token) await step('delete token', () => deleteToken(sa.id, token.id));
    await step('delete user', () => deleteUser(sa.id));
  }

  // Templates, workspaces, sharing
  const templates = (await step('templates', () => fetchTemplates(`organization:${org.name}`))) ?? [];
  await step('org templates', () => fetchOrgTemplates(org.id));
  // Template deprecation (issue 18): every template with the deprecated ones, a version, a count, and a
  // deprecation set, repeated (Coder's 304, read again) and lifted; then refused without the entitlement.
  const allTemplates = (await step('all org templates', () => fetchAllOrgTemplates(org.id))) ?? [];
  await step('deprecated templates', () => fetchTemplates('deprecated:true'));
  const toDeprecate = allTemplates.find((t) => !t.deprecated && t.id !== templates[0]?.id);
  if (toDeprecate) {
    await step('template', () => fetchTemplate(toDeprecate.id));
    await step('template version', () => fetchTemplateVersion(toDeprecate.active_version_id));
    await step('template workspace count', () => fetchTemplateWorkspaceCount(org.name, toDeprecate.name));
    const msg = 'Use another template: https://example.com/migrate';
    const deprecated = await step('deprecate template', () => updateTemplateDeprecation(toDeprecate, msg));
    if (deprecated) {
      await step('deprecate again (304)', () => updateTemplateDeprecation(deprecated, msg));
      await step('undeprecate template', () => updateTemplateDeprecation(deprecated, ''));
    }
    await setDeployment({ premium: false });
    await updateTemplateDeprecation(toDeprecate, msg).catch(() => undefined);
    await setDeployment({ premium: true });
  }
  const list = await step('workspaces', () => fetchWorkspaces({ ...page, filter: 'owner:alice' }));
  const ws = list?.workspaces[0];
  const bob = await step('sharee', () => fetchUser('bob'));
  if (ws) {
    await step('workspace', () => fetchWorkspace(ws.id));
    await step('workspace by name', () => fetchWorkspaceByOwnerAndName(ws.owner_name, ws.name));
    const builds = await step('builds', () => fetchBuilds(ws.id));
    const first = builds?.[0];
    if (first) await step('build logs', () => fetchBuildLogs(first.id));
    await step('acl', () => fetchWorkspaceAcl(ws.id));
    if (bob) await step('share', () => patchWorkspaceAcl(ws.id, { user_roles: { [bob.id]: 'use' } }));
    await step('acl after share', () => fetchWorkspaceAcl(ws.id));
    await step('unshare all', () => deleteWorkspaceAcl(ws.id));
  }
  const template = templates[0];
  if (template) {
    await setDeployment({ build_timing: { pending_ms: 0, running_ms: 0 } });
    const mine = await step('create workspace', () =>
      createWorkspace(org.id, 'me', { name: 'contract-ws', template_id: template.id }),
    );
    if (mine) {
      await step('rename workspace', () => renameWorkspace(mine.id, 'contract-ws-2'));
      await step('build', () => createBuild(mine.id, 'stop'));
      await step('update build', () => createBuild(mine.id, 'start', template.active_version_id));
      // A build that runs long enough to be canceled.
      await setDeployment({ build_timing: { pending_ms: 0, running_ms: 60_000 } });
      await step('stop again', () => createBuild(mine.id, 'stop'));
      const running = await step('running build', () => fetchWorkspace(mine.id));
      if (running) await step('cancel build', () => cancelBuild(running.latest_build.id));
      await setDeployment({ build_timing: { pending_ms: 0, running_ms: 0 } });
    }
  }
  await step('sharing settings', () => fetchSharingSettings(org.id));
  await step('update sharing settings', () => patchSharingSettings(org.id, 'everyone'));
  await step('sharee search', () => searchOrgMembers(org.id, 'ali'));
  const sharingGroups = await step('sharee groups', () => fetchOrgGroupsForSharing(org.id));

  // IdP sync: per-organization group and role sync, deployment-wide organization sync, claims seen.
  const groupSync = await step('group sync', () => fetchGroupSyncSettings(org.id));
  await step('role sync', () => fetchRoleSyncSettings(org.id));
  await step('org claim fields', () => fetchOrgClaimFields(org.id));
  await step('org claim values', () => fetchOrgClaimFieldValues(org.id, 'groups'));
  await step('group sync config', () =>
    patchGroupSyncConfig(org.id, {
      field: 'groups',
      regex_filter: '^eng-',
      auto_create_missing_groups: true,
    }),
  );
  const someGroupId = (await fetchOrgGroups(org.id).catch(() => []))[1]?.id;
  if (someGroupId) {
    await step('group sync mapping', () =>
      patchGroupSyncMapping(org.id, { add: [{ given: 'eng-qa', gets: someGroupId }], remove: [] }),
    );
  }
  if (groupSync) {
    await step('group sync replace', () =>
      putGroupSyncSettings(org.id, {
        field: groupSync.field,
        mapping: groupSync.mapping,
        regex_filter: groupSync.regex_filter,
        auto_create_missing_groups: groupSync.auto_create_missing_groups,
      }),
    );
  }
  // Go's regexp refuses the pattern while decoding: a 400 Coder body.
  await patchGroupSyncConfig(org.id, {
    field: 'groups',
    regex_filter: '(eng',
    auto_create_missing_groups: false,
  }).catch(() => undefined);
  await step('role sync config', () => patchRoleSyncConfig(org.id, { field: 'roles' }));
  await step('role sync mapping', () =>
    patchRoleSyncMapping(org.id, { add: [{ given: 'viewer', gets: 'organization-auditor' }], remove: [] }),
  );
  await step('role sync replace', () =>
    putRoleSyncSettings(org.id, { field: 'roles', mapping: { admin: ['organization-admin'] } }),
  );
  const orgSync = await step('organization sync', () => fetchOrganizationSyncSettings());
  await step('claim fields', () => fetchDeploymentClaimFields());
  await step('claim values', () => fetchDeploymentClaimFieldValues('department'));
  await step('organization sync config', () =>
    patchOrganizationSyncConfig({ field: 'department', assign_default: true }),
  );
  await step('organization sync mapping', () =>
    patchOrganizationSyncMapping({ add: [{ given: 'Sales', gets: org.id }], remove: [] }),
  );
  if (orgSync) await step('organization sync replace', () => putOrganizationSyncSettings(orgSync));

  // The audit log of everything above: a page, a filtered page, a group named in a diff, a bad filter.
  await step('audit log', () => fetchAuditLogs({ ...page, filter: '' }));
  await step('audit log filtered', () =>
    fetchAuditLogs({ ...page, filter: 'resource_type:workspace action:write' }),
  );
  const someGroup = sharingGroups?.[0];
  if (someGroup) await step('group by id', () => fetchGroupById(someGroup.id));
  await fetchAuditLogs({ ...page, filter: 'colour:red' }).catch(() => undefined);

  // Sharing disabled for the deployment: settings say so, ACL changes answer 403.
  await setDeployment({ disable_workspace_sharing: true });
  await step('sharing settings (disabled)', () => fetchSharingSettings(org.id));
  if (ws && bob) await patchWorkspaceAcl(ws.id, { user_roles: { [bob.id]: 'use' } }).catch(() => undefined);
  await setDeployment({ disable_workspace_sharing: false });

  // OSS: Premium-only calls answer 403 with a Coder error body (validated as codersdk.Response).
  await setDeployment({ premium: false });
  await fetchOrgGroups(org.id).catch(() => undefined);
  await createOrganization({ name: 'oss-org', display_name: '', description: '', icon: '' }).catch(
    () => undefined,
  );
  await setDeployment({ premium: true });

  await step('logout', () => logout());
  setSessionToken(undefined);

  // The same client as the other roles: what each one's pages read, what they may change, and Coder's
  // refusals (403/404 bodies) where they may not.
  await signIn('admin');
  const shared = (await fetchWorkspaces({ ...page, filter: 'owner:alice' })).workspaces[0];
  const bobUser = await fetchUser('bob');
  const carol = await fetchUser('carol');
  if (shared) await patchWorkspaceAcl(shared.id, { user_roles: { [bobUser.id]: 'use' } });
  for (const username of ['member', 'alice', 'bob', 'useradmin', 'orgadmin']) {
    await signIn(username);
    const as = (name: string) => `${username}: ${name}`;
    await step(as('me'), () => fetchMe());
    await step(as('site authcheck'), () => authcheck(siteChecks));
    const mine = (await step(as('my organizations'), () => fetchUserOrganizations('me'))) ?? [];
    for (const o of mine) {
      await step(as('org authcheck'), () => qc.fetchQuery(authcheckQueries.org(o.id)));
      await step(as('org'), () => fetchOrganization(o.name));
      await step(as('members'), () => fetchMembers(o.id, page));
      await step(as('groups'), () => fetchOrgGroups(o.id));
      await step(as('org roles'), () => fetchOrgRoles(o.id));
      await step(as('sharing settings'), () => fetchSharingSettings(o.id));
    }
    await step(as('my workspaces'), () => fetchWorkspaces({ ...page, filter: 'owner:me' }));
    await step(as('shared with me'), () => fetchWorkspaces({ ...page, filter: 'shared_with_user:me' }));
    await step(as('my groups'), () => fetchUserGroups('me'));
    await step(as('audit log'), () => fetchAuditLogs({ ...page, filter: '' }));
    await step(as('templates'), () => fetchTemplates(''));
    // Site-wide users: Coder lets members read users too; a refusal would be a 403 body, checked all the same.
    await fetchUsers({ ...page, filter: '' }).catch(() => undefined);
    if (shared) {
      await fetchWorkspace(shared.id).catch(() => undefined);
      await fetchWorkspaceAcl(shared.id).catch(() => undefined);
    }
    // Writes a member is refused and an admin of users (and groups, as Coder's user-admin role) is allowed.
    {
      const suspended = await suspendUser(carol.id).then(
        () => true,
        () => false,
      );
      refusals.push(`${username} suspend: ${suspended ? 'allowed' : 'refused'}`);
      if (suspended) await step(as('activate'), () => activateUser(carol.id));
    }
    const org = mine.find((o) => o.is_default);
    if (org) {
      const group = await createGroup(org.id, {
        name: `contract-${username}`,
        display_name: '',
        avatar_url: '',
        quota_allowance: 0,
      }).catch(() => undefined);
      refusals.push(`${username} create group: ${group ? 'allowed' : 'refused'}`);
      if (group) await step(as('delete group'), () => deleteGroup(group.id));
    }
    if (org) {
      // Reading IdP sync settings is for those who may change them (and custom roles); refusals are 403 bodies.
      await fetchGroupSyncSettings(org.id).catch(() => undefined);
      await fetchOrgClaimFields(org.id).catch(() => undefined);
      const synced = await patchRoleSyncConfig(org.id, { field: 'roles' }).then(
        () => true,
        () => false,
      );
      refusals.push(`${username} edit role sync: ${synced ? 'allowed' : 'refused'}`);
    }
    await fetchOrganizationSyncSettings().catch(() => undefined);
    if (shared && bobUser) {
      const changed = await patchWorkspaceAcl(shared.id, { user_roles: { [bobUser.id]: 'admin' } }).then(
        () => true,
        () => false,
      );
      refusals.push(`${username} re-share alice's workspace: ${changed ? 'allowed' : 'refused'}`);
    }
    await step(as('logout'), () => logout());
    setSessionToken(undefined);
  }
}

/** What each role's writes came to (the mock's permission model, as Coder's roles say). */
const refusals: string[] = [];

let exchanges: Exchange[] = [];
beforeAll(async () => {
  const rec = recordTraffic();
  try {
    await scenario();
  } finally {
    exchanges = await rec.stop();
  }
});
afterAll(() => qc.clear());

describe('traffic between the client and the mock', () => {
  it('the scenario ran without API or parse errors', () => {
    expect(exchanges.length).toBeGreaterThan(20);
    expect(stepErrors).toEqual([]);
  });

  it("other roles are refused what Coder refuses them, with Coder's error bodies", () => {
    expect(refusals).toEqual([
      'member suspend: refused',
      'member create group: refused',
      'member edit role sync: refused',
      "member re-share alice's workspace: refused",
      'alice suspend: refused',
      'alice create group: refused',
      'alice edit role sync: refused',
      "alice re-share alice's workspace: allowed",
      'bob suspend: refused',
      'bob create group: refused',
      'bob edit role sync: refused',
      "bob re-share alice's workspace: refused",
      'useradmin suspend: allowed',
      'useradmin create group: allowed',
      'useradmin edit role sync: allowed',
      "useradmin re-share alice's workspace: refused",
      'orgadmin suspend: refused',
      'orgadmin create group: allowed',
      'orgadmin edit role sync: allowed',
      "orgadmin re-share alice's workspace: allowed",
    ]);
    const roles = new Set(
      exchanges.filter((x) => x.status === 403 || x.status === 404).map((x) => x.pathname),
    );
    expect(roles.size).toBeGreaterThan(3);
  });

  it('every request body and every response matches the document', () => {
    const problems = [...new Set(exchanges.flatMap((x) => exchangeProblems(contract, x)))];
    expect(problems).toEqual([]);
  });

  it('every endpoint the client calls was exercised (add a step above for a new one)', () => {
    const seen = new Set(
      exchanges.map((x) => {
        const m = findOperation(contract.doc, x.method, x.pathname);
        return m ? `${x.method} ${m.template}` : `${x.method} ${x.pathname}`;
      }),
    );
    const missing = extractClientEndpoints()
      .endpoints.map((e) => {
        const m = findOperation(contract.doc, e.method, e.path);
        return { key: m ? `${e.method} ${m.template}` : `${e.method} ${e.path}`, at: e.at };
      })
      .filter((e) => !seen.has(e.key))
      .map((e) => `${e.key} (${e.at})`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('the zod schemas the client parses responses with agree with the document', () => {
    const problems = new Set<string>();
    const compared = new Set<unknown>();
    for (const x of exchanges) {
      const schema = parsedWith.get(`${x.method} ${x.pathname}`);
      const m = findOperation(contract.doc, x.method, x.pathname);
      const documented = m?.operation?.responses[String(x.status)]?.schema;
      if (!schema || !m || !documented || x.status >= 300) continue;
      compared.add(schema);
      for (const p of compareZod(contract.zodDoc, schema, documented))
        problems.add(`${x.method} ${m.template} ${x.status}: ${p}`);
      for (const p of strictObjects(schema)) problems.add(`${x.method} ${m.template}: ${p}`);
    }
    expect([...problems]).toEqual([]);
    expect(compared.size).toBeGreaterThan(20);
  });
});
