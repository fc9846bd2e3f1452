/**
 * Where Coder's OpenAPI document and the real server disagree, the dashboard (and its mock) follow the
 * server. Every such exception lives in this one list, with its reason stated here (what coderd's handler
 * or codersdk type does); nothing else in the contract tests relaxes the document.
 *
 * Each entry is applied as a patch to the document before validation, and must still apply: when a later
 * Coder document fixes the difference, the entry turns stale and the contract suite asks for its removal.
 * An entry that narrows what the document allows (`narrows`) is applied to check the mock, never to check
 * the client's zod schemas: those must accept everything the unpatched document allows.
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
    /** A status the server answers that the document does not list at all (`null`: no body). */
    | { kind: 'extra-response'; status: number; schema: JsonSchema | null }
    | { kind: 'enum'; definition: string; property?: string; add?: string[]; remove?: string[] }
    | { kind: 'nullable'; definition: string; properties: string[] }
    | { kind: 'allow-empty'; definition: string; properties: string[] }
    | { kind: 'optional-query'; names: string[] }
    | { kind: 'extra-query'; names: string[] }
    /** Formats ajv has no check for: accepted as plain strings/numbers. */
    | { kind: 'format'; names: string[] }
    /** A path parameter the server takes in more forms than the document's format says. */
    | { kind: 'path-format'; name: string; format: string }
    /** A definition the server encodes otherwise (a Go type with its own JSON marshalling): `from` → `to`. */
    | { kind: 'definition'; definition: string; from: JsonSchema; to: JsonSchema };
  /** Narrows what the document allows (see the header): not applied when checking the client's zod schemas. */
  narrows?: boolean;
};

const ref = (name: string): JsonSchema => ({ $ref: `#/definitions/codersdk.${name}` });

export const KNOWN_DIFFERENCES: readonly KnownDifference[] = [
  {
    endpoint: 'GET /api/v2/organizations/{organization}/paginated-members',
    differs: 'document: an array of PaginatedMembersResponse; server: one {members, count} object',
    reason:
      'coderd paginatedMembers writes one codersdk.PaginatedMembersResponse{Members, Count}; the swagger annotation says {array}.',
    fix: { kind: 'response', status: 200, schema: ref('PaginatedMembersResponse') },
  },
  ...['User', 'ReducedUser', 'OrganizationMemberWithUserData'].map((definition): KnownDifference => ({
    endpoint: `codersdk.${definition}`,
    differs: 'document: status enum [active, suspended]; server: also "dormant"',
    reason:
      'codersdk.UserStatus has UserStatusDormant ("dormant"): users unseen for 90 days are marked dormant, and a user created without a status starts dormant; the property\'s enum annotation lists only two.',
    fix: { kind: 'enum', definition: `codersdk.${definition}`, property: 'status', add: ['dormant'] },
  })),
  {
    endpoint: 'POST /api/v2/organizations/{organization}/members/{user}/workspaces',
    differs: 'document: 200; server: 201 Created',
    reason: 'coderd postWorkspacesByOrganization writes http.StatusCreated; the annotation says 200.',
    fix: { kind: 'status', from: 200, to: 201 },
  },
  {
    endpoint: 'POST /api/v2/users/{user}/workspaces',
    differs: 'document: 200; server: 201 Created',
    reason:
      'coderd postUserWorkspaces shares createWorkspace, which writes http.StatusCreated; the annotation says 200.',
    fix: { kind: 'status', from: 200, to: 201 },
  },
  {
    endpoint: 'POST /api/v2/workspaces/{workspace}/builds',
    differs: 'document: 200; server: 201 Created',
    reason:
      'coderd postWorkspaceBuilds writes http.StatusCreated with the new codersdk.WorkspaceBuild; the annotation says 200.',
    fix: { kind: 'status', from: 200, to: 201 },
  },
  {
    endpoint: 'POST /api/v2/organizations/{organization}/members/roles',
    differs: 'document: an array of Role; server: the single created Role',
    reason:
      'coderd postOrgRoles writes the one inserted role (db2sdk.Role), not a list; the annotation says {array}.',
    fix: { kind: 'response', status: 200, schema: ref('Role') },
  },
  {
    endpoint: 'PUT /api/v2/organizations/{organization}/members/roles',
    differs: 'document: an array of Role; server: the single updated Role',
    reason:
      'coderd putOrgRoles writes the one updated role (db2sdk.Role), as create does; the annotation says {array}.',
    fix: { kind: 'response', status: 200, schema: ref('Role') },
  },
  {
    endpoint: 'DELETE /api/v2/organizations/{organization}/members/roles/{roleName}',
    differs: 'document: 200 with an array of Role; server: 204 No Content',
    reason:
      'coderd deleteOrgRole ends with rw.WriteHeader(http.StatusNoContent); the annotation says 200 with roles.',
    fix: { kind: 'status', from: 200, to: 204 },
  },
  {
    endpoint: 'GET /api/v2/users/{user}/roles',
    differs: 'document: User; server: UserRoles {roles: string[], organization_roles: {[orgId]: string[]}}',
    reason:
      'coderd userRoles writes codersdk.UserRoles{Roles, OrganizationRoles}; the annotation names User, and the document has no UserRoles definition.',
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
    reason:
      'coderd deleteUser writes codersdk.Response{Message: "User has been deleted!"}; the annotation lists no body.',
    fix: { kind: 'response', status: 200, schema: ref('Response') },
  },
  {
    endpoint: 'DELETE /api/v2/groups/{group}',
    differs: 'document: 200 with a Group; server: 200 with Response {message: "Successfully deleted group!"}',
    reason:
      'coderd deleteGroup writes codersdk.Response{Message: "Successfully deleted group!"}; the annotation says Group.',
    fix: { kind: 'response', status: 200, schema: ref('Response') },
  },
  {
    endpoint: 'codersdk.ProvisionerJob',
    differs:
      'document: status enum without "unknown" (narrower than codersdk.ProvisionerJobStatus); server type: includes it',
    reason:
      'codersdk.ProvisionerJobStatus includes ProvisionerJobUnknown ("unknown", a job in no known state); the field annotation omits it.',
    fix: { kind: 'enum', definition: 'codersdk.ProvisionerJob', property: 'status', add: ['unknown'] },
  },
  {
    endpoint: 'codersdk.WorkspaceBuild',
    differs:
      'document: reason enum [initiator, autostart, autostop]; server: any BuildReason (dashboard, cli, …)',
    reason:
      'codersdk.BuildReason has these values too, and a build created with reason "dashboard" (as Coder\'s dashboard does) reports it; the annotation lists three.',
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
      'WorkspaceRole "" (WorkspaceRoleDeleted) is what an UpdateWorkspaceACL request sends to remove someone; the actors a server lists hold admin or use. The mock never sends ""; the client still accepts it.',
    fix: { kind: 'enum', definition: 'codersdk.SharedWorkspaceActor', property: 'roles', remove: [''] },
    narrows: true,
  },
  {
    endpoint: 'codersdk.AuthorizationCheck',
    differs:
      'document: action is one of create/read/update/delete; server: any RBAC action (assign, share, …)',
    reason:
      'coderd checkAuthorization takes any policy.Action (assign, share, …); the annotation enumerates four. The dashboard asks assign and share.',
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
    reason:
      'policy.WildcardSymbol "*" is an action in built-in roles\' permissions (owner holds "*" on "*").',
    fix: { kind: 'enum', definition: 'codersdk.RBACAction', add: ['*'] },
  },
  ...['User', 'ReducedUser', 'CreateUserRequestWithOrgs'].map((definition): KnownDifference => ({
    endpoint: `codersdk.${definition}`,
    differs: 'document: email has format "email"; server: "" for service accounts',
    reason:
      'A service account has no email: the server stores and returns "", and create refuses a service account with an email.',
    fix: { kind: 'allow-empty', definition: `codersdk.${definition}`, properties: ['email'] },
  })),
  ...['Group', 'WorkspaceGroup'].map((definition): KnownDifference => ({
    endpoint: `codersdk.${definition}`,
    differs: 'document: avatar_url has format "uri"; server: "" when no avatar is set (no omitempty)',
    reason: 'codersdk.Group.AvatarURL is a plain string without omitempty, sent as "" when unset.',
    fix: { kind: 'allow-empty', definition: `codersdk.${definition}`, properties: ['avatar_url'] },
  })),
  {
    endpoint: 'codersdk.Workspace',
    differs: 'document: plain string/object; server: null when unset (Go pointers without omitempty)',
    reason: 'These are Go pointers without omitempty in codersdk.Workspace, sent as null when unset.',
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
    reason:
      "UserStatus is a *codersdk.UserStatus; null (as Coder's dashboard sends) lets the server choose (dormant until first sign-in).",
    fix: { kind: 'nullable', definition: 'codersdk.CreateUserRequestWithOrgs', properties: ['user_status'] },
  },
  {
    endpoint: 'regexp.Regexp',
    differs: 'document: an object; server: the pattern as a string',
    reason:
      "Go's *regexp.Regexp implements encoding.TextMarshaler: GroupSyncSettings.regex_filter is sent and read as the pattern's text (swaggo cannot see that).",
    fix: {
      kind: 'definition',
      definition: 'regexp.Regexp',
      from: { type: 'object' },
      to: { type: 'string' },
    },
  },
  {
    endpoint: 'codersdk.GroupSyncSettings',
    differs:
      'document: object/map fields; server: null when unset (Go nil pointer and nil maps, no omitempty)',
    reason:
      'regex_filter is a *regexp.Regexp (nil = no filter), mapping and legacy_group_name_mapping are Go maps without omitempty: an organization never configured answers them as null.',
    fix: {
      kind: 'nullable',
      definition: 'codersdk.GroupSyncSettings',
      properties: ['regex_filter', 'mapping', 'legacy_group_name_mapping'],
    },
  },
  {
    endpoint: 'codersdk.PatchGroupIDPSyncConfigRequest',
    differs: 'document: regex_filter is a regexp; server: null accepted (no filter)',
    reason:
      "RegexFilter is a *regexp.Regexp: null (as Coder's dashboard sends for an empty filter) clears it.",
    fix: {
      kind: 'nullable',
      definition: 'codersdk.PatchGroupIDPSyncConfigRequest',
      properties: ['regex_filter'],
    },
  },
  ...['RoleSyncSettings', 'OrganizationSyncSettings'].map((definition): KnownDifference => ({
    endpoint: `codersdk.${definition}`,
    differs: 'document: mapping is an object; server: null when never set (Go nil map, no omitempty)',
    reason: `codersdk.${definition}.Mapping is a Go map without omitempty, sent as null until a mapping is saved.`,
    fix: { kind: 'nullable', definition: `codersdk.${definition}`, properties: ['mapping'] },
  })),
  {
    endpoint: 'GET /api/v2/groups',
    differs: 'document: organization, has_member, group_ids are required; server: all optional',
    reason: 'coderd groups reads each filter with a default of none; the annotation marks them required.',
    fix: { kind: 'optional-query', names: ['organization', 'has_member', 'group_ids'] },
  },
  {
    endpoint: 'GET /api/v2/organizations/{organization}',
    differs: "document: {organization} is a UUID; server: a UUID or the organization's name",
    reason:
      'httpmw.ExtractOrganizationParam parses the parameter as a UUID and otherwise looks the organization up by name; the dashboard opens /organizations/<name> pages by name.',
    fix: { kind: 'path-format', name: 'organization', format: 'uuid' },
  },
  {
    endpoint: 'format string',
    differs: 'document: `format: "string"` (on the {keyid} path parameter); JSON Schema has no such format',
    reason:
      'swaggo copies the Go type into `format`; a key id is any string (an API key id such as "5sBWIIbyHZ"), so there is nothing to check.',
    fix: { kind: 'format', names: ['string'] },
  },
  {
    endpoint: 'format url',
    differs:
      'document: codersdk.Template.organization_name has `format: "url"`; server: an organization name',
    reason:
      'codersdk.Template tags OrganizationName with format:"url", but the value is the organization\'s name ("coder"), never a URL.',
    fix: { kind: 'format', names: ['url'] },
  },
  {
    endpoint: 'GET /api/v2/templates',
    differs: 'document: no query parameters; server: accepts the `q` search',
    reason: 'coderd fetchTemplates parses q with searchquery.Templates; the annotation lists no parameters.',
    fix: { kind: 'extra-query', names: ['q'] },
  },
  {
    endpoint: 'GET /api/v2/organizations/{organization}/templates',
    differs:
      'document: no query parameters (its description says to pass `deprecated:true` in the search query); server: accepts the `q` search',
    reason:
      'coderd templatesByOrganization is fetchTemplates with the organization fixed: it parses q with searchquery.Templates, and leaves deprecated templates out unless q names deprecated.',
    fix: { kind: 'extra-query', names: ['q'] },
  },
  {
    endpoint: 'PATCH /api/v2/templates/{template}',
    differs: 'document: 200 only; server: also 304 Not Modified, without a body, when nothing changed',
    reason:
      'coderd patchTemplateMeta answers rw.WriteHeader(http.StatusNotModified) when the update left the template as it was (updated.UpdatedAt is zero).',
    fix: { kind: 'extra-response', status: 304, schema: null },
  },
];

/** Whether an entry narrows what the document allows (see the header). */
export const narrowsDocument = (d: KnownDifference) =>
  Boolean(d.narrows || (d.fix.kind === 'enum' && d.fix.remove?.length));

/** The formats the known differences accept without a check. */
export const unconstrainedFormats = (list: readonly KnownDifference[]) =>
  list.flatMap((d) => (d.fix.kind === 'format' ? d.fix.names : []));

/** Every `format` value the document uses. */
function formatsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => formatsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as JsonSchema)) {
      if (k === 'format' && typeof v === 'string') out.add(v);
      else formatsIn(v, out);
    }
  }
  return out;
}

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
      case 'extra-response': {
        const op = operationOf(doc, d.endpoint);
        if (op.responses[String(f.status)]) throw stale(d, `the document already has a ${f.status} response`);
        op.responses[String(f.status)] = f.schema
          ? { description: 'known difference', schema: f.schema }
          : { description: 'known difference' };
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
      case 'path-format': {
        const p = operationOf(doc, d.endpoint).parameters?.find((x) => x.in === 'path' && x.name === f.name);
        if (!p) throw stale(d, `the operation has no path parameter {${f.name}}`);
        if (p.format !== f.format) throw stale(d, `{${f.name}} is not format ${f.format} in the document`);
        delete p.format;
        break;
      }
      case 'format': {
        const used = formatsIn(doc);
        for (const name of f.names)
          if (!used.has(name)) throw stale(d, `the document uses no format "${name}"`);
        break;
      }
      case 'definition': {
        const def = doc.definitions[f.definition];
        if (!def) throw stale(d, `the document has no definition ${f.definition}`);
        if (JSON.stringify(def) !== JSON.stringify(f.from))
          throw stale(d, `${f.definition} is no longer ${JSON.stringify(f.from)}`);
        doc.definitions[f.definition] = structuredClone(f.to);
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
