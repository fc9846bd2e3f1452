import type { SitePermissions } from '../../api/authcheck';
import type { GroupSummary } from '../../api/groups';
import type { Organization } from '../../api/organizations';
import type { User } from '../../api/users';
import type { Workspace } from '../../api/workspaces';
import { paths } from '../../lib/paths';
import { statusActionApplies } from '../../lib/userRules';

export type PaletteSection = 'Actions' | 'Pages' | 'Users' | 'Workspaces' | 'Organizations' | 'Groups';
export type PaletteIcon = 'action' | 'page' | 'user' | 'workspace' | 'organization' | 'group' | 'keyboard';

/** One row of the palette. Choosing it goes `to` a URL, puts `complete` in the box, or runs `run`. */
export type PaletteOption = {
  key: string;
  section: PaletteSection;
  icon: PaletteIcon;
  label: string;
  detail?: string;
  to?: string;
  complete?: string;
  run?: 'shortcuts';
};

/** A page the signed-in user may open (the side navigation's entries, and Account). */
export type PalettePage = { label: string; to: string };

/** Words that start an action on one user or workspace: `suspend alice`, `share staging`. */
export const verbs = [
  { verb: 'suspend', hint: 'Suspend a user…', target: 'users' },
  { verb: 'activate', hint: 'Activate a user…', target: 'users' },
  { verb: 'delete', hint: 'Delete a user…', target: 'users' },
  { verb: 'share', hint: 'Share a workspace…', target: 'workspaces' },
] as const;
export type Verb = (typeof verbs)[number]['verb'];

/** Which verbs the signed-in user may use (from authcheck; sharing is checked per workspace). */
export function allowedVerbs(perms: SitePermissions | undefined): Verb[] {
  return verbs
    .filter(({ verb }) =>
      verb === 'share' ? true : verb === 'delete' ? perms?.deleteUsers : perms?.updateUsers,
    )
    .map((v) => v.verb);
}

/** `suspend alice` → `{ verb: 'suspend', rest: 'alice' }` (the verb needs a space after it). */
export function parseQuery(text: string, allowed: readonly Verb[]): { verb?: Verb; rest: string } {
  const m = /^(\S+)\s+(.*)$/s.exec(text.trimStart());
  const word = m?.[1]?.toLowerCase();
  const verb = allowed.find((v) => v === word);
  return verb ? { verb, rest: (m?.[2] ?? '').trim() } : { rest: text.trim() };
}

const has = (haystack: string | undefined, needle: string) =>
  Boolean(haystack) && haystack!.toLowerCase().includes(needle);

/** Actions without a subject (create, shortcuts) and the verbs' hints, matching `text` (all when empty). */
export function staticOptions(
  text: string,
  perms: SitePermissions | undefined,
  allowed: readonly Verb[],
): PaletteOption[] {
  const t = text.trim().toLowerCase();
  const out: PaletteOption[] = [];
  if (perms?.createUser)
    out.push({
      key: 'create-user',
      section: 'Actions',
      icon: 'action',
      label: 'Create user',
      to: paths.dialog(paths.users(), 'create-user'),
    });
  out.push({
    key: 'create-workspace',
    section: 'Actions',
    icon: 'action',
    label: 'Create workspace',
    to: paths.dialog(paths.workspaces(), 'create-workspace'),
  });
  for (const v of verbs)
    if (allowed.includes(v.verb))
      out.push({
        key: `verb-${v.verb}`,
        section: 'Actions',
        icon: 'action',
        label: v.hint,
        detail: `Type “${v.verb} ” and a name`,
        complete: `${v.verb} `,
      });
  out.push({
    key: 'shortcuts',
    section: 'Actions',
    icon: 'keyboard',
    label: 'Keyboard shortcuts',
    run: 'shortcuts',
  });
  return t
    ? out.filter((o) => has(o.label, t) || (o.complete !== undefined && o.complete.startsWith(t)))
    : out;
}

export function pageOptions(text: string, pages: readonly PalettePage[]): PaletteOption[] {
  const t = text.trim().toLowerCase();
  return pages
    .filter((p) => !t || has(p.label, t))
    .map((p) => ({ key: `page-${p.to}`, section: 'Pages', icon: 'page', label: p.label, to: p.to }));
}

/** "Suspend alice…" and the like, for the users a search found, where the action applies. */
export function userActionOptions(verb: Verb, users: readonly User[], meId: string | undefined) {
  if (verb === 'share') return [];
  const title = verb[0]!.toUpperCase() + verb.slice(1);
  return users
    .filter((u) => statusActionApplies(verb, u, meId))
    .map((u): PaletteOption => ({
      key: `${verb}-${u.id}`,
      section: 'Actions',
      icon: 'user',
      label: `${title} ${u.username}…`,
      detail: u.name || u.email || undefined,
      to: paths.dialog(paths.user(u.username), verb),
    }));
}

/** "Share staging-env…" for the workspaces found that the caller may share (`shareable`, by id). */
export function shareOptions(workspaces: readonly Workspace[], shareable: Record<string, boolean>) {
  return workspaces
    .filter((w) => shareable[w.id])
    .map((w): PaletteOption => ({
      key: `share-${w.id}`,
      section: 'Actions',
      icon: 'workspace',
      label: `Share ${w.name}…`,
      detail: `${w.owner_name}’s workspace`,
      to: paths.dialog(paths.workspace(w.owner_name, w.name), 'share'),
    }));
}

export const userOptions = (users: readonly User[]): PaletteOption[] =>
  users.map((u) => ({
    key: `user-${u.id}`,
    section: 'Users',
    icon: 'user',
    label: u.username,
    detail: [u.name, u.email].filter(Boolean).join(' · ') || undefined,
    to: paths.user(u.username),
  }));

export const workspaceOptions = (workspaces: readonly Workspace[]): PaletteOption[] =>
  workspaces.map((w) => ({
    key: `workspace-${w.id}`,
    section: 'Workspaces',
    icon: 'workspace',
    label: w.name,
    detail: `${w.owner_name}’s workspace`,
    to: paths.workspace(w.owner_name, w.name),
  }));

/** Organizations whose name or display name contains `text` (Coder lists them all; none is searched). */
export function organizationOptions(text: string, orgs: readonly Organization[], limit: number) {
  const t = text.trim().toLowerCase();
  if (!t) return [];
  return orgs
    .filter((o) => has(o.name, t) || has(o.display_name, t))
    .slice(0, limit)
    .map((o): PaletteOption => ({
      key: `org-${o.id}`,
      section: 'Organizations',
      icon: 'organization',
      label: o.display_name || o.name,
      detail: o.display_name && o.display_name !== o.name ? o.name : undefined,
      to: paths.organization(o.name),
    }));
}

/** Groups whose name or display name contains `text`. */
export function groupOptions(text: string, groups: readonly GroupSummary[], limit: number) {
  const t = text.trim().toLowerCase();
  if (!t) return [];
  return groups
    .filter((g) => has(g.name, t) || has(g.display_name, t))
    .slice(0, limit)
    .map((g): PaletteOption => ({
      key: `group-${g.id}`,
      section: 'Groups',
      icon: 'group',
      label: g.display_name || g.name,
      detail: `Group in ${g.organization_display_name || g.organization_name || 'an organization'}`,
      to: paths.group(g.organization_name || g.organization_id, g.name),
    }));
}
