/**
 * Where Coder's OpenAPI document and the real server disagree, the dashboard (and its mock) follow the
 * server. Every such exception lives in this one list, with the reason; nothing else in the contract tests
 * relaxes the document. Section numbers (§) refer to ../shared/coder-api/DIGEST.md.
 *
 * Each entry is applied as a patch to the document before validation, and must still apply: when a later
 * Coder document fixes the difference, the entry turns stale and the contract suite asks for its removal.
 */
import type { HttpMethod, JsonSchema, SwaggerDoc, SwaggerOperation } from './swagger';

export type KnownDifference = {
  /** `METHOD /api/v2/...` as in the document, or the definition the difference is about. */
  endpoint: string;
  /** What the document says vs what the server does. */
  differs: string;
  /** Why we follow the server, with the digest reference. */
  reason: string;
  fix:
    | { kind: 'status'; from: number; to: number }
    | { kind: 'response'; status: number; schema: JsonSchema | null }
    | { kind: 'enum'; definition: string; property?: string; add?: string[]; remove?: string[] }
    | { kind: 'nullable'; definition: string; properties: string[] }
    | { kind: 'allow-empty'; definition: string; properties: string[] }
    | { kind: 'optional-query'; names: string[] }
    | { kind: 'extra-query'; names: string[] };
};

const ref = (name: string): JsonSchema => ({ $ref: `#/definitions/codersdk.${name}` });

export const KNOWN_DIFFERENCES: readonly KnownDifference[] = [
  {
    endpoint: 'GET /api/v2/organizations/{organization}/paginated-members',
    differs: 'document: an array of PaginatedMembersResponse; server: one {members, count} object',
    reason: 'DIGEST §11.6 and §4.3: the handler writes a single PaginatedMembersResponse.',
    fix: { kind: 'response', status: 200, schema: ref('PaginatedMembersResponse') },
  },
  ...['User', 'ReducedUser', 'OrganizationMemberWithUserData'].map((definition): KnownDifference => ({
    endpoint: `codersdk.${definition}`,
    differs: 'document: status enum [active, suspended]; server: also "dormant"',
    reason:
      'DIGEST §11.8 and §3.6: codersdk.UserStatus includes dormant and new users start dormant (§11.7).',
    fix: { kind: 'enum', definition: `codersdk.${definition}`, property: 'status', add: ['dormant'] },
  })),
  {
    endpoint: 'POST /api/v2/organizations/{organization}/members/{user}/workspaces',
    differs: 'document: 200; server: 201 Created',
    reason: 'DIGEST §11.6 and §6.3: create workspace answers 201.',
    fix: { kind: 'status', from: 200, to: 201 },
  },
  {
    endpoint: 'POST /api/v2/users/{user}/workspaces',
    differs: 'document: 200; server: 201 Created',
    reason: 'DIGEST §6.3: create workspace (org inferred from template) answers 201.',
    fix: { kind: 'status', from: 200, to: 201 },
  },
  {
    endpoint: 'POST /api/v2/workspaces/{workspace}/builds',
    differs: 'document: 200; server: 201 Created',
    reason: 'DIGEST §11.6 and §6.3: create build answers 201.',
    fix: { kind: 'status', from: 200, to: 201 },
  },
  {
    endpoint: 'POST /api/v2/organizations/{organization}/members/roles',
    differs: 'document: an array of Role; server: the single created Role',
    reason: 'DIGEST §11.6 and §4.4.',
    fix: { kind: 'response', status: 200, schema: ref('Role') },
  },
  {
    endpoint: 'PUT /api/v2/organizations/{organization}/members/roles',
    differs: 'document: an array of Role; server: the single updated Role',
    reason: 'DIGEST §4.4: PUT shares the create handler\'s response ("200 Role").',
    fix: { kind: 'response', status: 200, schema: ref('Role') },
  },
  {
    endpoint: 'DELETE /api/v2/organizations/{organization}/members/roles/{roleName}',
    differs: 'document: 200 with an array of Role; server: 204 No Content',
    reason: 'DIGEST §11.6 and §4.4: delete custom role answers 204.',
    fix: { kind: 'status', from: 200, to: 204 },
  },
  {
    endpoint: 'GET /api/v2/users/{user}/roles',
    differs: 'document: User; server: UserRoles {roles: string[], organization_roles: {[orgId]: string[]}}',
    reason: 'DIGEST §11.6 and §3.2 (there is no UserRoles definition in the document).',
    fix: {
      kind: 'response',
      status: 200,
      schema: {
        type: 'object',
        required: ['roles', 'organization_roles'],
        properties: {
          roles: { type: 'array', items: { type: 'string' } },
          organization_roles: {
            type: 'object',
            additionalProperties: { type: 'array', items: { type: 'string' } },
          },
        },
      },
    },
  },
  {
    endpoint: 'DELETE /api/v2/users/{user}',
    differs: 'document: 200 without a body; server: 200 with Response {message}',
    reason: 'DIGEST §11.6 and §3.2.',
    fix: { kind: 'response', status: 200, schema: ref('Response') },
  },
  {
    endpoint: 'DELETE /api/v2/groups/{group}',
    differs: 'document: 200 with a Group; server: 200 with Response {message: "Successfully deleted group!"}',
    reason: 'DIGEST §5.2.',
    fix: { kind: 'response', status: 200, schema: ref('Response') },
  },
  {
    endpoint: 'codersdk.ProvisionerJob',
    differs:
      'document: status enum without "unknown" (narrower than codersdk.ProvisionerJobStatus); server type: includes it',
    reason:
      'DIGEST §6.2: ProvisionerJobStatus is pending|running|succeeded|canceling|canceled|failed|unknown; the UI tolerates all.',
    fix: { kind: 'enum', definition: 'codersdk.ProvisionerJob', property: 'status', add: ['unknown'] },
  },
  {
    endpoint: 'codersdk.WorkspaceBuild',
    differs:
      'document: reason enum [initiator, autostart, autostop]; server: any BuildReason (dashboard, cli, …)',
    reason:
      'DIGEST §6.2 (BuildReason values) and §6.3: the dashboard creates builds with reason "dashboard", which the build then reports.',
    fix: {
      kind: 'enum',
      definition: 'codersdk.WorkspaceBuild',
      property: 'reason',
      add: [
        'dormancy',
        'dashboard',
        'cli',
        'ssh_connection',
        'vscode_connection',
        'jetbrains_connection',
        'task_auto_pause',
        'task_manual_pause',
        'task_resume',
      ],
    },
  },
  {
    endpoint: 'codersdk.SharedWorkspaceActor',
    differs:
      'document: roles are WorkspaceRole incl. "" (the ACL removal marker); server: only "admin" | "use"',
    reason:
      'DIGEST §6.1 (`roles: ("admin"|"use")[]`) and §7.2: "" only appears in UpdateWorkspaceACL requests.',
    fix: { kind: 'enum', definition: 'codersdk.SharedWorkspaceActor', property: 'roles', remove: [''] },
  },
  {
    endpoint: 'codersdk.AuthorizationCheck',
    differs:
      'document: action is one of create/read/update/delete; server: any RBAC action (assign, share, …)',
    reason:
      'DIGEST §1.3: "any RBAC action string (e.g. assign, share) is accepted"; the dashboard asks assign/share.',
    fix: {
      kind: 'enum',
      definition: 'codersdk.AuthorizationCheck',
      property: 'action',
      add: [
        'assign',
        'unassign',
        'share',
        'use',
        'start',
        'stop',
        'ssh',
        'application_connect',
        'read_personal',
        'update_personal',
        'view_insights',
        'create_agent',
        'delete_agent',
        'update_agent',
      ],
    },
  },
  {
    endpoint: 'codersdk.RBACAction',
    differs: 'document: no wildcard action; server: built-in roles hold the "*" action (e.g. owner)',
    reason: 'DIGEST §4.5: "`*` is a wildcard"; role permissions list it as an action.',
    fix: { kind: 'enum', definition: 'codersdk.RBACAction', add: ['*'] },
  },
  ...['User', 'ReducedUser', 'CreateUserRequestWithOrgs'].map((definition): KnownDifference => ({
    endpoint: `codersdk.${definition}`,
    differs: 'document: email has format "email"; server: "" for service accounts',
    reason:
      'DIGEST §3.1 ("empty string for service accounts") and §9 (email must be empty when creating one).',
    fix: { kind: 'allow-empty', definition: `codersdk.${definition}`, properties: ['email'] },
  })),
  ...['Group', 'WorkspaceGroup'].map((definition): KnownDifference => ({
    endpoint: `codersdk.${definition}`,
    differs: 'document: avatar_url has format "uri"; server: "" when no avatar is set (no omitempty)',
    reason: 'DIGEST §5.1: avatar_url is a plain string field, always sent.',
    fix: { kind: 'allow-empty', definition: `codersdk.${definition}`, properties: ['avatar_url'] },
  })),
  {
    endpoint: 'codersdk.Workspace',
    differs: 'document: plain string/object; server: null when unset (Go pointers without omitempty)',
    reason:
      'DIGEST §6.1: dormant_at/deleting_at/next_start_at are "time?", latest_app_status is "object | null".',
    fix: {
      kind: 'nullable',
      definition: 'codersdk.Workspace',
      properties: ['dormant_at', 'deleting_at', 'next_start_at', 'latest_app_status'],
    },
  },
  {
    endpoint: 'codersdk.CreateUserRequestWithOrgs',
    differs:
      'document: user_status is a UserStatus string; server: null accepted (pointer, defaults to dormant)',
    reason: 'DIGEST §3.4: the dashboard sends `user_status: null` so new users start dormant.',
    fix: { kind: 'nullable', definition: 'codersdk.CreateUserRequestWithOrgs', properties: ['user_status'] },
  },
  {
    endpoint: 'GET /api/v2/groups',
    differs: 'document: organization, has_member, group_ids are required; server: all optional',
    reason: 'DIGEST §11.9 and §5.2.',
    fix: { kind: 'optional-query', names: ['organization', 'has_member', 'group_ids'] },
  },
  {
    endpoint: 'GET /api/v2/templates',
    differs: 'document: no query parameters; server: accepts the `q` search',
    reason: 'DIGEST §6.5: "q not listed in swagger".',
    fix: { kind: 'extra-query', names: ['q'] },
  },
];

function operationOf(doc: SwaggerDoc, endpoint: string): SwaggerOperation {
  const [method, key] = endpoint.split(' ') as [string, string];
  const op = doc.paths[key]?.[method.toLowerCase() as HttpMethod];
  if (!op) throw new Error(`Known difference for "${endpoint}": the document has no such operation.`);
  return op;
}

/**
 * Returns a patched copy of the document. Throws when an entry no longer applies (the document changed or
 * already agrees with the server): stale exceptions must be removed, not silently kept.
 */
export function applyKnownDifferences(original: SwaggerDoc, list: readonly KnownDifference[]): SwaggerDoc {
  const doc = structuredClone(original);
  const stale = (d: KnownDifference, why: string) =>
    new Error(
      `Known difference "${d.endpoint}" (${d.differs}) no longer applies: ${why}. Remove it from contract/knownDifferences.ts.`,
    );
  for (const d of list) {
    const f = d.fix;
    switch (f.kind) {
      case 'status': {
        const op = operationOf(doc, d.endpoint);
        const r = op.responses[String(f.from)];
        if (!r) throw stale(d, `the document has no ${f.from} response`);
        if (op.responses[String(f.to)]) throw stale(d, `the document already lists ${f.to}`);
        op.responses[String(f.to)] = f.to === 204 ? { description: 'No Content' } : r;
        delete op.responses[String(f.from)];
        break;
      }
      case 'response': {
        const op = operationOf(doc, d.endpoint);
        const r = op.responses[String(f.status)];
        if (!r) throw stale(d, `the document has no ${f.status} response`);
        if (JSON.stringify(r.schema ?? null) === JSON.stringify(f.schema)) {
          throw stale(d, 'the document already says this');
        }
        op.responses[String(f.status)] = f.schema
          ? { ...r, schema: f.schema }
          : { description: r.description };
        break;
      }
      case 'enum': {
        const def = doc.definitions[f.definition];
        const props = def?.properties as Record<string, JsonSchema> | undefined;
        let holder: JsonSchema | undefined = f.property ? props?.[f.property] : def;
        // An array property: the enum is on its items.
        if (holder?.type === 'array') holder = holder.items as JsonSchema;
        if (!holder) throw stale(d, `${f.definition}${f.property ? `.${f.property}` : ''} does not exist`);
        let values = holder.enum as unknown[] | undefined;
        if (!values && typeof holder.$ref === 'string') {
          values = doc.definitions[holder.$ref.replace('#/definitions/', '')]?.enum as unknown[] | undefined;
        }
        if (!values) throw stale(d, `${f.definition}${f.property ? `.${f.property}` : ''} has no enum`);
        const add = (f.add ?? []).filter((v) => !values.includes(v));
        const remove = (f.remove ?? []).filter((v) => values.includes(v));
        if (add.length + remove.length === 0) throw stale(d, 'the enum already says this');
        holder.enum = [...values.filter((v) => !remove.includes(v as string)), ...add];
        // JSON Schema ignores keys next to `$ref`: keep the reference as an allOf, as the document does elsewhere.
        if (typeof holder.$ref === 'string') {
          holder.allOf = [{ $ref: holder.$ref }];
          delete holder.$ref;
        }
        break;
      }
      case 'nullable':
      case 'allow-empty': {
        const props = doc.definitions[f.definition]?.properties as Record<string, JsonSchema> | undefined;
        for (const name of f.properties) {
          const prop = props?.[name];
          if (!prop || !props) throw stale(d, `${f.definition} has no property ${name}`);
          if (f.kind === 'nullable') {
            if (prop.type === 'null' || (Array.isArray(prop.type) && prop.type.includes('null'))) {
              throw stale(d, `${f.definition}.${name} already allows null`);
            }
            props[name] = { anyOf: [prop, { type: 'null' }] };
          } else {
            if (!prop.format) throw stale(d, `${f.definition}.${name} has no format`);
            props[name] = { anyOf: [prop, { type: 'string', maxLength: 0 }] };
          }
        }
        break;
      }
      case 'optional-query': {
        const op = operationOf(doc, d.endpoint);
        for (const name of f.names) {
          const p = op.parameters?.find((x) => x.in === 'query' && x.name === name);
          if (!p?.required) throw stale(d, `query parameter ${name} is not required in the document`);
          p.required = false;
        }
        break;
      }
      case 'extra-query': {
        const op = operationOf(doc, d.endpoint);
        for (const name of f.names) {
          if (op.parameters?.some((x) => x.in === 'query' && x.name === name)) {
            throw stale(d, `the document already lists query parameter ${name}`);
          }
          op.parameters = [...(op.parameters ?? []), { name, in: 'query', type: 'string' }];
        }
        break;
      }
    }
  }
  return doc;
}
