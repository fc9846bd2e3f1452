import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useDebounce } from 'use-debounce';
import { authQueries } from '../../api/auth';
import type { SitePermissions } from '../../api/authcheck';
import { organizationsQueries } from '../../api/organizations';
import { SEARCH_LIMIT, searchQueries } from '../../api/search';
import { errorMessage } from '../../lib/http';
import {
  allowedVerbs,
  groupOptions,
  organizationOptions,
  pageOptions,
  parseQuery,
  shareOptions,
  staticOptions,
  userActionOptions,
  userOptions,
  workspaceOptions,
  type PaletteOption,
  type PalettePage,
} from './paletteOptions';

export type PaletteContext = {
  pages: readonly PalettePage[];
  perms: SitePermissions | undefined;
  /** The Groups section is searched only for those who may see groups. */
  canSeeGroups: boolean;
};

export type PaletteResults = {
  options: PaletteOption[];
  /** Still waiting for a server search of the current text. */
  searching: boolean;
  /** Why a section could not be searched (shown in place of its rows). */
  errors: string[];
  /** A verb was typed without a name yet: what to type next. */
  prompt?: string;
};

export const SEARCH_DEBOUNCE_MS = 200;

/**
 * What the palette offers for `text`. Pages and actions without a subject match at once, in the browser;
 * users and workspaces are searched on the server once the text settles (one request per settled text,
 * aborted if the text moves on), organizations and groups are matched in their (cached) lists. Results are
 * shown only for the text in the box, never an older search's.
 */
export function usePaletteResults(text: string, ctx: PaletteContext): PaletteResults {
  const [settled] = useDebounce(text, SEARCH_DEBOUNCE_MS);
  const current = settled === text;
  const me = useQuery(authQueries.me()).data;
  const allowed = allowedVerbs(ctx.perms);
  const now = parseQuery(text, allowed);
  const q = parseQuery(settled, allowed);

  const userTerm = q.verb ? (q.verb === 'share' ? '' : q.rest) : ctx.perms?.viewAllUsers ? q.rest : '';
  const workspaceTerm = !q.verb || q.verb === 'share' ? q.rest : '';
  const local = !q.verb && q.rest !== '';
  const users = useQuery(searchQueries.users(userTerm));
  const workspaces = useQuery(searchQueries.workspaces(workspaceTerm));
  const shareCandidates = q.verb === 'share' ? (workspaces.data?.workspaces ?? []) : [];
  const shareable = useQuery(searchQueries.shareable(shareCandidates));
  const orgs = useQuery({ ...organizationsQueries.list(), enabled: local });
  const groups = useQuery(searchQueries.groups(local && ctx.canSeeGroups));

  const state = { searching: false, errors: [] as string[] };
  /** A section's rows, once its answer is for the current text. */
  const rows = <D, R>(needed: boolean, query: UseQueryResult<D>, what: string, pick: (d: D) => R[]): R[] => {
    if (!needed) return [];
    if (!current) {
      state.searching = true;
      return [];
    }
    if (query.data !== undefined) return pick(query.data);
    // Skipped (nothing left to search once the grammar's `:` and quotes are dropped).
    if (query.isPending && query.fetchStatus === 'idle') return [];
    if (query.isError)
      state.errors.push(`Could not search ${what}: ${errorMessage(query.error, 'unknown error')}`);
    else state.searching = true;
    return [];
  };

  if (now.verb) {
    if (!now.rest) return { options: [], searching: false, errors: [], prompt: promptFor(now.verb) };
    const found =
      now.verb === 'share'
        ? shareOptions(
            rows(true, workspaces, 'workspaces', (d) => d.workspaces),
            rows(shareCandidates.length > 0, shareable, 'permissions', (d) => [d])[0] ?? {},
          )
        : userActionOptions(
            now.verb,
            rows(true, users, 'users', (d) => d.users),
            me?.id,
          );
    return { options: found, ...state };
  }

  const options = [...staticOptions(text, ctx.perms, allowed), ...pageOptions(text, ctx.pages)];
  if (now.rest) {
    options.push(
      ...userOptions(rows(!!ctx.perms?.viewAllUsers, users, 'users', (d) => d.users)),
      ...workspaceOptions(rows(true, workspaces, 'workspaces', (d) => d.workspaces)),
      ...rows(true, orgs, 'organizations', (d) => organizationOptions(now.rest, d, SEARCH_LIMIT)),
      ...rows(ctx.canSeeGroups, groups, 'groups', (d) => groupOptions(now.rest, d, SEARCH_LIMIT)),
    );
  }
  return { options, ...state };
}

function promptFor(verb: string) {
  return verb === 'share'
    ? 'Type a workspace name to share.'
    : `Type a username or email to find whom to ${verb}.`;
}
