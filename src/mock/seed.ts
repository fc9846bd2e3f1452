/**
 * Deterministic seed: a fixed faker seed gives the same ids, names and memberships on every run;
 * timestamps are offsets from the moment the seed runs, so "last seen" and dormancy stay meaningful.
 */
import { seedAuditLogs } from './seedAudit';
import { Faker, en } from '@faker-js/faker';
import { demoAccounts } from '../lib/demoAccounts';
import { DEMO_PASSWORD_HASH } from './secrets';
import { seedIdpSync } from './seedIdp';
import { makePlausible } from './seedPlausible';
import type {
  AclRole,
  BuildRow,
  GroupRow,
  MemberRow,
  OrganizationRow,
  Tables,
  TemplateRow,
  UserRow,
  WorkspaceRow,
} from './db';

export type SeedScale = 'default' | 'large';
type Sizes = {
  users: number;
  extraOrgs: number;
  groupsPerExtraOrg: number;
  workspaces: number;
  sharedWorkspaces: number;
  bigGroups: number;
};
const SIZES: Record<SeedScale, Sizes> = {
  default: {
    users: 110,
    extraOrgs: 0,
    groupsPerExtraOrg: 0,
    workspaces: 190,
    sharedWorkspaces: 14,
    bigGroups: 0,
  },
  large: {
    users: 10_000,
    extraOrgs: 47,
    groupsPerExtraOrg: 6,
    workspaces: 2_000,
    sharedWorkspaces: 500,
    bigGroups: 4,
  },
};

const DAY = 24 * 3600 * 1000;
export const DEFAULT_ORG_ID = '0b8e2f52-1d6c-4c8e-9a57-5c3d51e0a001';

export function createSeed(scale: SeedScale = 'default', now = Date.now()): Tables {
  const f = new Faker({ locale: [en] });
  f.seed(20260624);
  const size = SIZES[scale];
  const ago = (ms: number) => new Date(now - ms).toISOString();
  const uuid = () => f.string.uuid();

  // ---- organizations
  const org = (id: string, name: string, display_name: string, description: string, is_default = false) =>
    ({
      id,
      name,
      display_name,
      description,
      icon: '',
      is_default,
      created_at: ago(400 * DAY),
      updated_at: ago(30 * DAY),
      default_org_member_roles: ['organization-workspace-access'],
      shareable_workspace_owners: 'everyone',
    }) satisfies OrganizationRow;
  const organizations: OrganizationRow[] = [
    org(DEFAULT_ORG_ID, 'coder', 'Coder', 'The default organization.', true),
    org(uuid(), 'platform', 'Platform Engineering', 'Internal developer platform and shared infrastructure.'),
    org(uuid(), 'research', 'Research Lab', 'GPU workloads and notebooks.'),
  ];
  for (let i = 0; i < size.extraOrgs; i++) {
    const name = `${f.word.noun()}-${i + 1}`.toLowerCase().replace(/[^a-z0-9-]/g, '');
    organizations.push(org(uuid(), name, f.company.name().slice(0, 60), f.company.catchPhrase()));
  }
  const [coder, platform, research] = organizations as [OrganizationRow, OrganizationRow, OrganizationRow];

  // ---- users
  const users: UserRow[] = [];
  const mkUser = (u: Partial<UserRow> & Pick<UserRow, 'username'>): UserRow => {
    const created = f.number.int({ min: 30, max: 700 }) * DAY;
    const row: UserRow = {
      id: uuid(),
      name: '',
      email: `${u.username}@example.com`,
      avatar_url: '',
      created_at: ago(created),
      updated_at: ago(f.number.int({ min: 1, max: 20 }) * DAY),
      last_seen_at: ago(f.number.int({ min: 1, max: 3 * 24 * 60 }) * 60_000),
      status: 'active',
      login_type: 'password',
      is_service_account: false,
      hashed_password: DEMO_PASSWORD_HASH,
      roles: [],
      deleted: false,
      ...u,
    };
    users.push(row);
    return row;
  };
  const demo = new Map<string, UserRow>();
  const names: Record<string, string> = {
    admin: 'Ada Admin',
    useradmin: 'Uma Useradmin',
    templateadmin: 'Theo Templates',
    auditor: 'Audrey Auditor',
    orgadmin: 'Otto Orgadmin',
    member: 'Mel Member',
    alice: 'Alice Liddell',
    bob: 'Bob Builder',
    carol: 'Carol Danvers',
    suspended: 'Sam Suspended',
  };
  for (const a of demoAccounts) {
    demo.set(
      a.username,
      mkUser({
        username: a.username,
        email: a.email,
        name: names[a.username] ?? '',
        roles: [...a.roles],
        status: a.username === 'suspended' ? 'suspended' : 'active',
        created_at: ago(500 * DAY),
      }),
    );
  }
  const sre = mkUser({
    username: 'oncall-sre',
    email: '',
    name: 'On-call SRE (service account)',
    login_type: 'none',
    is_service_account: true,
    hashed_password: null,
    last_seen_at: null,
  });
  demo.set('oncall-sre', sre);
  mkUser({
    username: 'ci-bot',
    email: '',
    name: 'CI automation',
    login_type: 'none',
    is_service_account: true,
    hashed_password: null,
    last_seen_at: null,
  });

  const usedNames = new Set(users.map((u) => u.username));
  for (let i = 0; i < size.users; i++) {
    const first = f.person.firstName();
    const last = f.person.lastName();
    let username = `${first}${last.slice(0, 3)}`
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 28);
    while (usedNames.has(username))
      username = `${username.slice(0, 26)}${f.number.int({ min: 2, max: 999 })}`;
    usedNames.add(username);
    const roll = f.number.float({ min: 0, max: 1 });
    const loginType = f.helpers.weightedArrayElement([
      { weight: 70, value: 'password' as const },
      { weight: 18, value: 'oidc' as const },
      { weight: 10, value: 'github' as const },
      { weight: 2, value: 'none' as const },
    ]);
    const neverSeen = roll < 0.05;
    const longGone = roll >= 0.05 && roll < 0.2;
    mkUser({
      username,
      name: `${first} ${last}`,
      email: `${username}@${f.helpers.arrayElement(['example.com', 'corp.example.com', 'contractors.example.net'])}`,
      login_type: loginType,
      hashed_password: loginType === 'password' ? DEMO_PASSWORD_HASH : null,
      status: neverSeen ? 'dormant' : roll > 0.93 ? 'suspended' : 'active',
      last_seen_at: neverSeen
        ? null
        : longGone
          ? ago(f.number.int({ min: 95, max: 400 }) * DAY)
          : ago(f.number.int({ min: 5, max: 60 * 24 * 60 }) * 60_000),
      roles:
        roll > 0.985
          ? ['auditor']
          : roll > 0.975
            ? ['template-admin']
            : roll > 0.97
              ? ['user-admin']
              : roll > 0.968
                ? ['owner']
                : [],
      github_com_user_id: loginType === 'github' ? f.number.int({ min: 1000, max: 9_999_999 }) : undefined,
    });
  }

  // ---- memberships
  const members: MemberRow[] = [];
  const join = (o: OrganizationRow, u: UserRow, roles: string[] = []) =>
    members.push({
      organization_id: o.id,
      user_id: u.id,
      roles,
      created_at: u.created_at,
      updated_at: u.updated_at,
    });
  const byName = (n: string) => {
    const u = demo.get(n);
    if (!u) throw new Error(`seed: missing ${n}`);
    return u;
  };
  for (const u of users) join(coder, u, u.username === 'orgadmin' ? ['organization-admin'] : []);
  const randoms = users.filter((u) => !demo.has(u.username) && u.username !== 'ci-bot');
  const pick = (n: number) => f.helpers.arrayElements(randoms, Math.min(n, randoms.length));
  const platformMembers = new Set([...pick(Math.max(40, size.users * 0.3)), byName('alice'), byName('bob')]);
  for (const u of platformMembers) join(platform, u);
  join(platform, byName('orgadmin'), ['organization-user-admin']);
  const researchMembers = new Set([...pick(Math.max(25, size.users * 0.15)), byName('carol')]);
  for (const u of researchMembers) join(research, u);
  for (const o of organizations.slice(3))
    for (const u of pick(f.number.int({ min: 20, max: 400 }))) join(o, u);
  const membersOf = (o: OrganizationRow) =>
    members.filter((m) => m.organization_id === o.id).map((m) => m.user_id);

  // ---- groups (Everyone = org id)
  const groups: GroupRow[] = [];
  const grp = (
    o: OrganizationRow,
    name: string,
    display_name: string,
    ids: string[],
    extra: Partial<GroupRow> = {},
  ) => {
    const g: GroupRow = {
      id: uuid(),
      organization_id: o.id,
      name,
      display_name,
      avatar_url: '',
      quota_allowance: f.helpers.arrayElement([0, 0, 50, 100, 200]),
      source: 'user',
      member_ids: [...new Set(ids)],
      ...extra,
    };
    groups.push(g);
    return g;
  };
  for (const o of organizations) grp(o, 'Everyone', '', [], { id: o.id, quota_allowance: 0 });
  const coderIds = membersOf(coder);
  const some = (ids: string[], n: number) => f.helpers.arrayElements(ids, Math.min(n, ids.length));
  const sreGroup = grp(
    coder,
    'sre-oncall',
    'SRE on-call',
    [byName('bob').id, byName('member').id, ...some(coderIds, 6)],
    {
      source: 'oidc',
    },
  );
  grp(coder, 'frontend', 'Frontend', [byName('alice').id, ...some(coderIds, 12)]);
  grp(coder, 'backend', 'Backend', [byName('carol').id, ...some(coderIds, 15)]);
  grp(coder, 'data-science', 'Data Science', some(coderIds, 8));
  grp(coder, 'contractors', 'Contractors', some(coderIds, 5), { quota_allowance: 0 });
  grp(platform, 'platform-team', 'Platform team', [byName('alice').id, ...some(membersOf(platform), 10)]);
  grp(platform, 'reviewers', 'Reviewers', some(membersOf(platform), 6));
  grp(research, 'ml-team', 'ML team', [byName('carol').id, ...some(membersOf(research), 9)]);
  for (const o of organizations.slice(3)) {
    const ids = membersOf(o);
    for (let i = 0; i < size.groupsPerExtraOrg; i++)
      grp(o, `${f.word.adjective()}-team-${i}`, '', some(ids, 25));
  }
  for (let i = 0; i < size.bigGroups; i++) {
    grp(coder, `big-group-${i + 1}`, `Big group ${i + 1}`, some(coderIds, 1000 + i * 250));
  }

  // ---- templates
  const templates: TemplateRow[] = [];
  const tpl = (o: OrganizationRow, name: string, display_name: string, icon: string, description: string) => {
    const versions = Array.from({ length: f.number.int({ min: 1, max: 3 }) }, (_, i) => ({
      id: uuid(),
      name: `${f.word.adjective()}-${f.word.noun()}-${i + 1}`.toLowerCase(),
      created_at: ago((90 - i * 20) * DAY),
    }));
    const t: TemplateRow = {
      id: uuid(),
      organization_id: o.id,
      name,
      display_name,
      description,
      icon,
      active_version_id: versions[versions.length - 1]!.id,
      versions,
      created_at: ago(300 * DAY),
      updated_at: ago(10 * DAY),
      created_by_id: byName('templateadmin').id,
      deprecated: '',
    };
    templates.push(t);
    return t;
  };
  tpl(
    coder,
    'docker',
    'Docker Containers',
    '/icon/docker.svg',
    'Develop in a Docker container on the shared host.',
  );
  tpl(coder, 'kubernetes', 'Kubernetes (Deployment)', '/icon/k8s.svg', 'A pod in the dev cluster.');
  tpl(coder, 'aws-linux', 'AWS EC2 (Linux)', '/icon/aws.svg', 'A Linux VM on EC2.');
  const oncallTpl = tpl(
    coder,
    'oncall-toolbox',
    'On-call toolbox',
    '/icon/terminal.svg',
    'Runbooks, dashboards and CLIs.',
  );
  tpl(
    platform,
    'terraform-runner',
    'Terraform runner',
    '/icon/terraform.svg',
    'Plan and apply infrastructure.',
  );
  tpl(platform, 'k8s-platform', 'Platform Kubernetes', '/icon/k8s.svg', 'Platform team dev pods.');
  tpl(research, 'jupyter-gpu', 'Jupyter (GPU)', '/icon/jupyter.svg', 'Notebooks on a GPU node.');
  for (const o of organizations.slice(3))
    tpl(o, 'docker', 'Docker Containers', '/icon/docker.svg', 'Containers.');

  // ---- workspaces
  const workspaces: WorkspaceRow[] = [];
  const build = (
    n: number,
    transition: BuildRow['transition'],
    versionId: string,
    initiator: string,
    at: number,
    outcome: BuildRow['outcome'] = 'succeeded',
  ): BuildRow => ({
    id: uuid(),
    job_id: uuid(),
    build_number: n,
    transition,
    template_version_id: versionId,
    initiator_id: initiator,
    reason: 'initiator',
    created_at: ago(at),
    pending_ms: 1000,
    running_ms: 3000,
    outcome,
    error:
      outcome === 'failed'
        ? 'terraform apply: Error creating instance: InsufficientInstanceCapacity'
        : undefined,
  });
  const mkWorkspace = (
    owner: UserRow,
    o: OrganizationRow,
    t: TemplateRow,
    name: string,
    state: 'running' | 'stopped' | 'failed',
    extra: Partial<WorkspaceRow> = {},
  ) => {
    const created = f.number.int({ min: 5, max: 300 }) * DAY;
    const version = f.helpers.arrayElement(t.versions);
    const builds = [build(1, 'start', version.id, owner.id, created)];
    if (state !== 'running' || f.datatype.boolean()) {
      builds.push(
        build(
          2,
          state === 'failed' ? 'start' : 'stop',
          version.id,
          owner.id,
          f.number.int({ min: 1, max: 48 }) * 3600_000,
          state === 'failed' ? 'failed' : 'succeeded',
        ),
      );
    }
    if (state === 'running' && builds.length === 2) {
      builds.push(build(3, 'start', version.id, owner.id, f.number.int({ min: 10, max: 600 }) * 60_000));
    }
    const w: WorkspaceRow = {
      id: uuid(),
      name,
      owner_id: owner.id,
      organization_id: o.id,
      template_id: t.id,
      created_at: ago(created),
      updated_at: ago(DAY),
      last_used_at: ago(f.number.int({ min: 1, max: 60 * 24 * 20 }) * 60_000),
      autostart_schedule: f.datatype.boolean() ? 'CRON_TZ=UTC 30 8 * * 1-5' : undefined,
      ttl_ms: 8 * 3600_000,
      dormant_at: null,
      deleted: false,
      user_acl: {},
      group_acl: {},
      builds,
      ...extra,
    };
    workspaces.push(w);
    return w;
  };

  // Seed 000: the service account's long-lived, shared workspaces.
  mkWorkspace(sre, coder, oncallTpl, 'staging-env', 'running', {
    user_acl: { [byName('bob').id]: 'admin' },
    group_acl: { [groups.find((g) => g.name === 'frontend')!.id]: 'use' },
  });
  mkWorkspace(sre, coder, oncallTpl, 'incident-room', 'stopped', {
    group_acl: { [sreGroup.id]: 'use' },
    user_acl: { [byName('carol').id]: 'use' },
  });
  // The demo members' own workspaces.
  const dockerTpl = templates[0]!;
  mkWorkspace(byName('alice'), coder, dockerTpl, 'alice-dev', 'running');
  mkWorkspace(byName('alice'), coder, templates[1]!, 'alice-k8s', 'stopped', {
    user_acl: { [byName('bob').id]: 'use' },
  });
  mkWorkspace(byName('bob'), coder, dockerTpl, 'bob-dev', 'stopped', {
    fail_next_start: 'Error: quota exceeded for CPU',
  });
  mkWorkspace(
    byName('carol'),
    research,
    templates.find((t) => t.name === 'jupyter-gpu')!,
    'notebooks',
    'running',
  );
  mkWorkspace(byName('member'), coder, dockerTpl, 'member-dev', 'running');
  mkWorkspace(byName('member'), coder, templates[2]!, 'scratch', 'failed');
  mkWorkspace(byName('admin'), coder, dockerTpl, 'admin-box', 'running');

  const tplByOrg = new Map<string, TemplateRow[]>();
  for (const t of templates) tplByOrg.set(t.organization_id, [...(tplByOrg.get(t.organization_id) ?? []), t]);
  const active = users.filter((u) => !u.is_service_account && u.status !== 'suspended');
  const wsNames = [
    'dev',
    'main',
    'sandbox',
    'api',
    'web',
    'docs',
    'ml',
    'infra',
    'debug',
    'review',
    'perf',
    'spike',
  ];
  const taken = new Set(workspaces.map((w) => `${w.owner_id}/${w.name}`));
  const orgsOfUser = new Map<string, string[]>();
  for (const m of members)
    orgsOfUser.set(m.user_id, [...(orgsOfUser.get(m.user_id) ?? []), m.organization_id]);
  const orgById = new Map(organizations.map((o) => [o.id, o]));
  for (let i = 0; workspaces.length < size.workspaces && i < size.workspaces * 3; i++) {
    const owner = f.helpers.arrayElement(active);
    const o = orgById.get(f.helpers.arrayElement(orgsOfUser.get(owner.id) ?? [coder.id]));
    const ts = o && tplByOrg.get(o.id);
    if (!o || !ts) continue;
    const name = `${f.helpers.arrayElement(wsNames)}${f.datatype.boolean() ? `-${f.number.int({ min: 1, max: 99 })}` : ''}`;
    if (taken.has(`${owner.id}/${name}`)) continue;
    taken.add(`${owner.id}/${name}`);
    mkWorkspace(
      owner,
      o,
      f.helpers.arrayElement(ts),
      name,
      f.helpers.weightedArrayElement([
        { weight: 45, value: 'running' as const },
        { weight: 45, value: 'stopped' as const },
        { weight: 10, value: 'failed' as const },
      ]),
      { fail_next_start: f.number.int({ min: 0, max: 30 }) === 0 ? 'Error: image pull backoff' : undefined },
    );
  }
  // Random shares inside each workspace's organization.
  const shareable = workspaces.slice(9);
  for (const w of f.helpers.arrayElements(shareable, Math.min(size.sharedWorkspaces, shareable.length))) {
    const ids = membersOf(organizations.find((o) => o.id === w.organization_id)!).filter(
      (id) => id !== w.owner_id,
    );
    for (const id of some(ids, f.number.int({ min: 1, max: 3 }))) {
      w.user_acl[id] = f.helpers.arrayElement<AclRole>(['use', 'use', 'admin']);
    }
    if (f.datatype.boolean()) {
      const g = f.helpers.arrayElement(
        groups.filter((x) => x.organization_id === w.organization_id && x.id !== x.organization_id),
      );
      if (g) w.group_acl[g.id] = 'use';
    }
  }

  // Issue 18: two deprecated templates steering people elsewhere (one message with a link) and the
  // workspaces still on them. Made last, so the random draws above (and every id they give) stay the same.
  const deprecatedTpl = (t: TemplateRow, message: string) => {
    t.deprecated = message;
    return t;
  };
  const legacyTpl = deprecatedTpl(
    tpl(coder, 'centos7-legacy', 'CentOS 7 (legacy)', '/icon/terminal.svg', 'A CentOS 7 VM.'),
    'CentOS 7 is end of life. Create new workspaces from Docker Containers; migration guide: https://coder.com/docs/admin/templates/managing-templates',
  );
  const cpuNotebookTpl = deprecatedTpl(
    tpl(research, 'jupyter-cpu', 'Jupyter (CPU)', '/icon/jupyter.svg', 'Notebooks on a CPU node.'),
    'CPU notebooks are being retired: use Jupyter (GPU), which now has a small-GPU size.',
  );
  mkWorkspace(byName('alice'), coder, legacyTpl, 'legacy-box', 'stopped');
  mkWorkspace(byName('member'), coder, legacyTpl, 'old-vm', 'running');
  mkWorkspace(byName('carol'), research, cpuNotebookTpl, 'cpu-notebook', 'stopped');

  makePlausible(users, workspaces);
  const tables = {
    users,
    organizations,
    members,
    groups,
    customRoles: [
      {
        name: 'workspace-viewer',
        display_name: 'Workspace viewer',
        organization_id: coder.id,
        organization_permissions: [{ negate: false, resource_type: 'workspace', action: 'read' }],
      },
    ],
    templates,
    workspaces,
    sessions: [],
    deployment: {
      premium: true,
      disable_workspace_sharing: false,
      build_timing: { pending_ms: 1000, running_ms: 3000 },
      max_token_lifetime_ms: 90 * DAY,
      github_auth: true,
      oidc_auth: true,
    },
  };
  seedIdpSync(users, organizations, groups, tables.deployment);
  return { ...tables, auditLogs: seedAuditLogs(tables, now) };
}
