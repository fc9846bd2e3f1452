import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useRestartWorkspace, useWorkspaceBuild } from '../../api/workspaceMutations';
import { isBuildActive, workspacesQueries, type Workspace } from '../../api/workspaces';
import { errorMessage } from '../../lib/http';
import { plural } from '../../lib/plural';

export type BuildKind = 'start' | 'stop' | 'restart' | 'delete' | 'update';
export type BuildNotice = { severity: 'info' | 'success' | 'error'; text: string };

const VERB: Record<BuildKind, string> = {
  start: 'Starting',
  stop: 'Stopping',
  restart: 'Restarting',
  delete: 'Deleting',
  update: 'Updating',
};
const DONE: Record<BuildKind, string> = {
  start: 'started',
  stop: 'stopped',
  restart: 'restarted',
  delete: 'deleted',
  update: 'updated',
};
const label = (n: number) => plural(n, 'workspace');

/** A run whose builds the banner follows: each workspace and the build number it queued. */
type Tracked = {
  kind: BuildKind;
  /** Every workspace asked, by name (for a single one, the banner names it). */
  names: string[];
  items: { id: string; name: string; build: number }[];
  failed: string[];
};

/** The banner for a run, from the current state of the workspaces it follows. */
function describe(t: Tracked, current: (i: number) => Workspace | undefined): BuildNotice {
  const { kind, items } = t;
  const failed = [...t.failed];
  let pending = 0;
  let ok = 0;
  if (kind !== 'delete') {
    items.forEach((it, i) => {
      const b = current(i)?.latest_build;
      if (!b || b.build_number < it.build || isBuildActive(b)) pending++;
      else if (b.job.status === 'failed' || b.job.status === 'canceled') {
        failed.push(`${it.name}: ${b.job.error || `the build was ${b.job.status}`}`);
      } else ok++;
    });
  }
  const single = t.names.length === 1 ? t.names[0] : undefined;
  const failure = failed.length ? `Failed: ${failed.join('; ')}` : '';
  if (kind === 'delete' || pending) {
    const going = items.length
      ? `${VERB[kind]} ${single ?? label(kind === 'delete' ? items.length : pending)}…`
      : '';
    return { severity: failed.length ? 'error' : 'info', text: [going, failure].filter(Boolean).join(' ') };
  }
  if (failed.length) {
    if (single)
      return {
        severity: 'error',
        text: `${VERB[kind]} ${single} failed: ${failed.join('; ').replace(/^[^:]*: /, '')}`,
      };
    return {
      severity: 'error',
      text: [ok ? `${label(ok)} ${DONE[kind]}.` : '', failure].filter(Boolean).join(' '),
    };
  }
  return { severity: 'success', text: `${single ?? label(ok)} ${DONE[kind]}.` };
}

/**
 * Runs one transition over one or many workspaces. The banner follows the builds' real outcome: it says
 * "Starting…" while they run, then that they started, or that they failed and why (the job's error).
 * Request failures are named per workspace, never thrown away.
 */
export function useRunBuilds() {
  const build = useWorkspaceBuild();
  const restart = useRestartWorkspace();
  const [tracked, setTracked] = useState<Tracked>();
  const live = useQueries({
    queries: (tracked?.kind === 'delete' ? [] : (tracked?.items ?? [])).map((it) =>
      workspacesQueries.byId(it.id, it.build),
    ),
  });

  const one = async (kind: BuildKind, ws: Workspace): Promise<number> =>
    kind === 'restart'
      ? (await restart.mutateAsync(ws)).latest_build.build_number
      : kind === 'update'
        ? // Coder's Update: a start build on the template's active version.
          (
            await build.mutateAsync({
              ws,
              transition: 'start',
              templateVersionId: ws.template_active_version_id,
            })
          ).build_number
        : (await build.mutateAsync({ ws, transition: kind })).build_number;

  /** Resolves when every request is answered (restart: once the stop is done and the start is queued). */
  const run = async (kind: BuildKind, workspaces: Workspace[]) => {
    const results = await Promise.allSettled(workspaces.map((w) => one(kind, w)));
    const failed: string[] = [];
    const items: Tracked['items'] = [];
    results.forEach((r, i) => {
      const w = workspaces[i];
      if (!w) return;
      if (r.status === 'rejected') failed.push(`${w.owner_name}/${w.name}: ${errorMessage(r.reason)}`);
      else items.push({ id: w.id, name: w.name, build: r.value });
    });
    setTracked({ kind, names: workspaces.map((w) => w.name), items, failed });
    if (failed.length && kind === 'delete' && items.length === 0) throw new Error(failed.join('; '));
  };

  const notice = tracked && describe(tracked, (i) => live[i]?.data);
  return {
    run,
    notice,
    clearNotice: () => setTracked(undefined),
    pending: build.isPending || restart.isPending,
  };
}
