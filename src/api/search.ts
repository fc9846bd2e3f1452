import { queryOptions, skipToken } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { http, isApiError } from '../lib/http';
import { authcheck, authcheckKeys, workspaceChecks } from './authcheck';
import { groupKeys, groupSummarySchema, type GroupSummary } from './groups';
import { fetchUsers, userKeys } from './users';
import { fetchWorkspaces, workspaceKeys, type Workspace } from './workspaces';

/**
 * Site-wide search (the command palette): a few rows of each kind, found by the server with the same
 * endpoints and grammar the list pages use. Only the palette's lazy chunk imports this module.
 */
export const SEARCH_LIMIT = 5;

/**
 * Typed text as one free-text term of Coder's search grammar: a `:` would start a `key:value` filter (an
 * unknown key is a 400) and quotes group words, so both become spaces. Workspaces read a bare `owner/name`
 * (one slash; two are a 400): with more than one, slashes become spaces too.
 */
export function freeText(text: string, kind: 'users' | 'workspaces'): string {
  let out = text.replace(/[:"]/g, ' ');
  if (kind === 'users' || (out.match(/\//g)?.length ?? 0) > 1) out = out.replace(/\//g, ' ');
  return out.replace(/\s+/g, ' ').trim();
}

/** Every group the caller may read, without member lists; none where groups are not entitled (403). */
async function fetchGroupSummaries(signal?: AbortSignal): Promise<GroupSummary[]> {
  try {
    return await http('/api/v2/groups', { signal, schema: z.array(groupSummarySchema) });
  } catch (e) {
    if (isApiError(e) && e.status === 403) return [];
    throw e;
  }
}

const page = (filter: string) => ({ filter, page: 1, pageSize: SEARCH_LIMIT });

export const searchQueries = {
  /**
   * Users whose username or email contains `text`; skipped when nothing is left to search. Kept under the
   * users' list keys, so every change to users refreshes it.
   */
  users: (text: string) => {
    const term = freeText(text, 'users');
    return queryOptions({
      queryKey: [...userKeys.lists(), 'search', term] as const,
      queryFn: term ? ({ signal }) => fetchUsers(page(term), signal) : skipToken,
    });
  },
  /** Workspaces whose name (or `owner/name`) matches `text`; skipped when nothing is left to search. */
  workspaces: (text: string) => {
    const term = freeText(text, 'workspaces');
    return queryOptions({
      queryKey: [...workspaceKeys.lists(), 'search', term] as const,
      queryFn: term ? ({ signal }) => fetchWorkspaces(page(term), signal) : skipToken,
    });
  },
  /**
   * Coder's groups endpoint has no text search: every readable group is fetched once (members skipped in
   * parsing) and matched here. Skipped for those who may not see groups.
   */
  groups: (enabled: boolean) =>
    queryOptions({
      queryKey: [...groupKeys.all, 'summaries'] as const,
      queryFn: enabled ? ({ signal }) => fetchGroupSummaries(signal) : skipToken,
      staleTime: 60_000,
    }),
  /** Which of `workspaces` the caller may share, in one authcheck (keyed by workspace id). */
  shareable: (workspaces: Pick<Workspace, 'id' | 'owner_id' | 'organization_id'>[]) =>
    queryOptions({
      queryKey: [...authcheckKeys.all, 'share', workspaces.map((w) => w.id)] as const,
      queryFn: workspaces.length
        ? ({ signal }) =>
            authcheck(
              Object.fromEntries(workspaces.map((w) => [w.id, workspaceChecks(w).shareWorkspace])),
              signal,
            )
        : skipToken,
      staleTime: 30_000,
    }),
};
