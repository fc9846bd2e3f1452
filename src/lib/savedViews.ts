import { z } from 'zod/mini';
// zod's settings (English messages; no `new Function`, which the Content-Security-Policy forbids) are
// made in http.ts: parse nothing before they are.
import './http';
import { PAGE_SIZES } from './listState';
import type { ViewsOwner } from './viewsOwner';

/**
 * Saved views (issue #17 §2): a named filter and page size of a list. Coder has no API for them, so they
 * live in this browser's localStorage, one entry per deployment and user (`storageKey`). Nothing secret
 * is stored: names, filter text and page sizes. What is read back is parsed, never trusted: a corrupt or
 * older entry reads as no views, and a single bad view is dropped rather than the whole list.
 */
export const VIEW_SCOPES = ['users', 'workspaces', 'audit'] as const;
export type ViewScope = (typeof VIEW_SCOPES)[number];
/** What a scope's views are views of, in a sentence. */
export const scopeNoun: Record<ViewScope, string> = {
  users: 'users',
  workspaces: 'workspaces',
  audit: 'the audit log',
};

export const MAX_VIEWS = 50;
export const MAX_NAME = 60;
const MAX_FILTER = 1000;

const pageSizeSchema = z.number().check(
  z.refine((n) => PAGE_SIZES.includes(n), {
    message: `The page size must be ${PAGE_SIZES.slice(0, -1).join(', ')} or ${PAGE_SIZES.at(-1)}.`,
  }),
);
const nameSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'A view needs a name.'),
    z.maxLength(MAX_NAME, `A name has at most ${MAX_NAME} characters.`),
  );
const filterSchema = z
  .string()
  .check(z.maxLength(MAX_FILTER, `A filter has at most ${MAX_FILTER} characters.`));

export const savedViewSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: nameSchema,
  filter: filterSchema,
  pageSize: pageSizeSchema,
});
export type SavedView = z.infer<typeof savedViewSchema>;

/** Views of one list, each parsed on its own: a bad one is dropped, the others kept. */
const storedViewsSchema = z.pipe(
  z.catch(z.array(z.unknown()), []),
  z.transform((xs) =>
    xs.flatMap((x) => {
      const r = savedViewSchema.safeParse(x);
      return r.success ? [r.data] : [];
    }),
  ),
);

const storedSchema = z.object({
  version: z.literal(1),
  views: z.object({
    users: z._default(storedViewsSchema, []),
    workspaces: z._default(storedViewsSchema, []),
    audit: z._default(storedViewsSchema, []),
  }),
});
export type StoredViews = z.infer<typeof storedSchema>['views'];

export const emptyViews = (): StoredViews => ({ users: [], workspaces: [], audit: [] });

export const storageKey = (o: ViewsOwner) =>
  `coder-admin:saved-views:v1:${encodeURIComponent(o.deployment)}:${encodeURIComponent(o.userId)}`;

/** Parses stored text; anything unreadable (not JSON, another shape, an older version) reads as no views. */
export function parseStored(raw: string | null): StoredViews {
  if (raw === null) return emptyViews();
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return emptyViews();
  }
  const r = storedSchema.safeParse(json);
  return r.success ? r.data.views : emptyViews();
}

export const serializeStored = (views: StoredViews) => JSON.stringify({ version: 1, views });

/** Why a name cannot be used for a view among `views` (apart from the view `exceptId`), if it cannot. */
export function nameProblem(name: string, views: SavedView[], exceptId?: string): string | undefined {
  const r = nameSchema.safeParse(name);
  if (!r.success) return r.error.issues[0]?.message;
  const taken = views.find((v) => v.id !== exceptId && v.name.toLowerCase() === r.data.toLowerCase());
  return taken ? `You already have a view named “${taken.name}”.` : undefined;
}

/** `?filter=…&pageSize=…`: the search that opens a view (the page is 1). */
export const viewSearch = (v: Pick<SavedView, 'filter' | 'pageSize'>) =>
  `?${new URLSearchParams({ filter: v.filter, pageSize: String(v.pageSize) })}`;

export const newViewId = () => `v-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

// ---------------------------------------------------------------- export and import

const EXPORT_FORMAT = 'coder-admin-saved-views';

export function exportViews(scope: ViewScope, views: SavedView[]): string {
  const file = {
    format: EXPORT_FORMAT,
    version: 1,
    scope,
    views: views.map(({ name, filter, pageSize }) => ({ name, filter, pageSize })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const NOT_VIEWS = 'This is not a file of saved views: choose one exported from “Manage views”.';
const importFileSchema = z.object(
  {
    format: z.literal(EXPORT_FORMAT, NOT_VIEWS),
    version: z.literal(1, 'This file was written by a newer version of the dashboard ("version" is not 1).'),
    scope: z.enum(VIEW_SCOPES, 'The file does not say which list its views belong to ("scope").'),
    views: z
      .array(
        z.object({ name: nameSchema, filter: filterSchema, pageSize: pageSizeSchema }),
        'The file lists no views ("views" is not a list).',
      )
      .check(z.maxLength(MAX_VIEWS, `A file holds at most ${MAX_VIEWS} views.`)),
  },
  NOT_VIEWS,
);
export type ImportedView = Omit<SavedView, 'id'>;

/** A zod issue in words, with where it is: `View 2, "pageSize": The page size must be …`. */
function issueText(issue: { path: PropertyKey[]; message: string }): string {
  const [top, index, field] = issue.path;
  if (top === 'views' && typeof index === 'number')
    return `View ${index + 1}${field === undefined ? '' : `, "${String(field)}"`}: ${issue.message}`;
  return issue.message;
}

/** Reads an exported file for `scope`: its views, or what is wrong with it, in words. */
export function parseImport(
  text: string,
  scope: ViewScope,
): { ok: true; views: ImportedView[] } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON: choose one exported from “Manage views”.' };
  }
  const r = importFileSchema.safeParse(json);
  if (!r.success) {
    const shown = r.error.issues.slice(0, 3).map(issueText);
    const more = r.error.issues.length - shown.length;
    return { ok: false, error: shown.join(' ') + (more > 0 ? ` (and ${more} more problems)` : '') };
  }
  if (r.data.scope !== scope)
    return {
      ok: false,
      error: `These are views of ${scopeNoun[r.data.scope]}; this list saves views of ${scopeNoun[scope]}.`,
    };
  return { ok: true, views: r.data.views };
}

/**
 * Adds imported views to `views`: one whose name is already taken (ignoring case) replaces that view's
 * filter and page size in place, the others are appended. Fails when the result would hold too many.
 */
export function mergeImport(
  views: SavedView[],
  imported: ImportedView[],
): { ok: true; views: SavedView[]; added: number; replaced: number } | { ok: false; error: string } {
  const next = [...views];
  let added = 0;
  let replaced = 0;
  for (const v of imported) {
    const i = next.findIndex((x) => x.name.toLowerCase() === v.name.toLowerCase());
    const same = next[i];
    if (same) {
      next[i] = { ...same, filter: v.filter, pageSize: v.pageSize };
      replaced++;
    } else {
      next.push({ id: newViewId(), ...v });
      added++;
    }
  }
  if (next.length > MAX_VIEWS)
    return { ok: false, error: `That would make ${next.length} views; a list keeps at most ${MAX_VIEWS}.` };
  return { ok: true, views: next, added, replaced };
}
