/**
 * "Shared with <user>": Coder's search has no such term. `shared_with_user:` matches only a workspace's
 * user ACL and `shared_with_group:` one group's ACL (DIGEST §11.18), and terms are ANDed. So the
 * dashboard's own `shared_with:<user>` term is answered by one `shared_with_user:<user>` query plus one
 * `shared_with_group:<id>` query per group the user is in (`GET /groups?has_member=`), merged here. It
 * speaks only Coder's grammar, so it works against a real deployment as it does against the mock.
 */
import { queryOptions, skipToken, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { formatTerms, parseTerms } from '../lib/filterQuery';
import { http, isApiError } from '../lib/http';
import { walkDone } from '../lib/listState';
import { groupSummarySchema, type GroupSummary } from './groups';
import {
  isBuildActive,
  workspaceKeys,
  workspacesQueries,
  workspacesResponseSchema,
  type Workspace,
  type WorkspacesResponse,
} from './workspaces';

export const SHARED_WITH = 'shared_with';

/** The user a `shared_with:<user>` term names, and the rest of the filter. */
export function splitSharedWith(filter: string): { user: string; rest: string } | undefined {
  const terms = parseTerms(filter);
  const term = terms.find((t) => t.key === SHARED_WITH);
  if (!term?.value) return undefined;
  return { user: term.value, rest: formatTerms(terms.filter((t) => t.key !== SHARED_WITH)) };
}

/** How a workspace reaches the user: directly, through these groups, or both. */
export type ShareVia = { direct: boolean; groups: string[] };
/** "shared directly", "via group Frontend", or both. */
export function describeVia(via: ShareVia): string {
  const parts = [
    ...(via.direct ? ['shared directly'] : []),
    ...(via.groups.length ? [`via group ${via.groups.join(', ')}`] : []),
  ];
  return parts.join(' and ');
}

export type SharedWorkspacesResponse = {
  workspaces: Workspace[];
  count: number;
  via: Record<string, ShareVia>;
};

const PAGE = 100;

/** Every workspace matching `q` (Coder pages with limit/offset; shares are few, pages are big). */
async function fetchAll(q: string, signal?: AbortSignal): Promise<Workspace[]> {
  const out: Workspace[] = [];
  for (;;) {
    const r = await http('/api/v2/workspaces', {
      query: { q, limit: PAGE, offset: out.length },
      signal,
      schema: workspacesResponseSchema,
    });
    out.push(...r.workspaces);
    if (walkDone(out.length, r.workspaces.length, PAGE, r.count)) return out;
  }
}

/** The user's groups; none when groups are unavailable (an OSS deployment answers 403). */
async function groupsOf(user: string, signal?: AbortSignal): Promise<GroupSummary[]> {
  try {
    return await http('/api/v2/groups', {
      query: { has_member: user },
      signal,
      schema: z.array(groupSummarySchema),
    });
  } catch (e) {
    if (isApiError(e) && e.status === 403) return [];
    throw e;
  }
}

const isRunning = (w: Workspace) =>
  w.latest_build.transition === 'start' && w.latest_build.job.status === 'succeeded';
/** Coder's list order: running first, then owner, then name. */
const coderOrder = (a: Workspace, b: Workspace) =>
  Number(isRunning(b)) - Number(isRunning(a)) ||
  a.owner_name.localeCompare(b.owner_name) ||
  a.name.localeCompare(b.name);

export async function fetchSharedWith(
  user: string,
  rest: string,
  signal?: AbortSignal,
): Promise<Omit<SharedWorkspacesResponse, 'count'>> {
  const and = (term: string) => [term, rest].filter(Boolean).join(' ');
  const groups = await groupsOf(user, signal);
  const [direct, ...viaGroups] = await Promise.all([
    fetchAll(and(`shared_with_user:${user}`), signal),
    ...groups.map((g) => fetchAll(and(`shared_with_group:${g.id}`), signal)),
  ]);
  const byId = new Map<string, Workspace>();
  const via: Record<string, ShareVia> = {};
  const reach = (w: Workspace) => {
    byId.set(w.id, w);
    return (via[w.id] ??= { direct: false, groups: [] });
  };
  for (const w of direct ?? []) reach(w).direct = true;
  groups.forEach((g, i) => {
    for (const w of viaGroups[i] ?? []) reach(w).groups.push(g.display_name || g.name);
  });
  return { workspaces: [...byId.values()].sort(coderOrder), via };
}

export const sharedWorkspaceKeys = {
  all: (user: string | undefined, rest: string) =>
    [...workspaceKeys.lists(), SHARED_WITH, user, rest] as const,
};

export const sharedWorkspacesQueries = {
  /** Every workspace shared with the user the filter's `shared_with:` names, merged. */
  /** Skipped (`skipToken`) when the filter names no `shared_with:` user. */
  all: (user: string | undefined, rest: string) =>
    queryOptions({
      queryKey: sharedWorkspaceKeys.all(user, rest),
      queryFn: user ? ({ signal }) => fetchSharedWith(user, rest, signal) : skipToken,
      refetchInterval: (q) =>
        q.state.data?.workspaces.some((w) => isBuildActive(w.latest_build)) ? 1000 : false,
    }),
};

/** One page of a merged result, shaped like Coder's `WorkspacesResponse`. */
export function pageOf(
  all: Omit<SharedWorkspacesResponse, 'count'>,
  p: { page: number; pageSize: number },
): SharedWorkspacesResponse {
  const start = (p.page - 1) * p.pageSize;
  return {
    workspaces: all.workspaces.slice(start, start + p.pageSize),
    count: all.workspaces.length,
    via: all.via,
  };
}

/** A page of the workspaces list, and for a `shared_with:` filter how each workspace reaches the user. */
export type WorkspacesPage = WorkspacesResponse & { via?: Record<string, ShareVia> };

/**
 * The query for one page of the workspaces list: Coder's search, or for `shared_with:<user>` (which Coder
 * cannot search) the merged result of several searches, paged here. The two have different cached shapes
 * (a page; everything merged) and one shape after `select`, which is what the list reads.
 */
export function workspacesPageQuery(p: {
  filter: string;
  page: number;
  pageSize: number;
}): UseQueryOptions<unknown, Error, WorkspacesPage, QueryKey> {
  const shared = splitSharedWith(p.filter);
  const options = shared
    ? { ...sharedWorkspacesQueries.all(shared.user, shared.rest), select: (all: Merged) => pageOf(all, p) }
    : workspacesQueries.list(p);
  // Only the cached shape differs between the two, and nothing outside reads it through this type.
  return options as UseQueryOptions<unknown, Error, WorkspacesPage, QueryKey>;
}

type Merged = Omit<SharedWorkspacesResponse, 'count'>;
