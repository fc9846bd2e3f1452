import { useQueries } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useBulkBuilds, type BulkBuildKind } from '../../api/workspaceMutations';
import { isBuildActive, workspacesQueries, type Workspace } from '../../api/workspaces';
import type { BulkResult } from '../../lib/bulk';
import { errorMessage } from '../../lib/http';
import { plural } from '../../lib/plural';

export type BuildKind = BulkBuildKind;
export type BuildNotice = {
  severity: 'info' | 'success' | 'error';
  text: string;
  /** Requests are still being sent: Cancel stops those not sent yet. */
  cancellable?: boolean;
};

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
 * Runs one transition over one or many workspaces (api's useBulkBuilds: 4 at a time, one invalidation at
 * the end). While requests are sent the banner counts them and offers Cancel, which stops those not yet
 * sent. Then it follows the builds' real outcome: "Starting…" while they run, then that they started, or
 * that they failed and why (the job's error). Request failures are named per workspace, never thrown away.
 */
export function useRunBuilds() {
  const bulk = useBulkBuilds();
  const [tracked, setTracked] = useState<Tracked>();
  const [sending, setSending] = useState<{ kind: BuildKind; done: number; total: number; name?: string }>();
  const abort = useRef<AbortController>(undefined);
  const live = useQueries({
    queries: (tracked?.kind === 'delete' ? [] : (tracked?.items ?? [])).map((it) =>
      workspacesQueries.byId(it.id, it.build),
    ),
  });

  /** Resolves when every request is answered (restart: once the stop is done and the start is queued). */
  const run = async (kind: BuildKind, workspaces: Workspace[]) => {
    const ctl = new AbortController();
    abort.current = ctl;
    setTracked(undefined);
    const name = workspaces[0]?.name;
    setSending({ kind, done: 0, total: workspaces.length, name });
    let results: BulkResult<Workspace, number>[];
    try {
      results = await bulk.mutateAsync({
        kind,
        workspaces,
        signal: ctl.signal,
        onProgress: (done) => setSending({ kind, done, total: workspaces.length, name }),
      });
    } finally {
      setSending(undefined);
    }
    const failed: string[] = [];
    const items: Tracked['items'] = [];
    for (const r of results) {
      const w = r.item;
      if (r.ok) items.push({ id: w.id, name: w.name, build: r.value });
      else if (!('cancelled' in r && r.cancelled))
        failed.push(`${w.owner_name}/${w.name}: ${errorMessage(r.error)}`);
    }
    const cancelled = results.filter((r) => !r.ok && r.cancelled).length;
    if (cancelled)
      failed.push(`${label(cancelled)} not ${DONE[kind]}: cancelled before the request was sent`);
    setTracked({ kind, names: workspaces.map((w) => w.name), items, failed });
    if (failed.length && kind === 'delete' && items.length === 0) throw new Error(failed.join('; '));
  };

  const notice: BuildNotice | undefined = sending
    ? {
        severity: 'info',
        text:
          sending.total === 1 && sending.name
            ? `${VERB[sending.kind]} ${sending.name}…`
            : `${VERB[sending.kind]} ${label(sending.total)}… ${sending.done} of ${sending.total} done.`,
        cancellable: true,
      }
    : tracked && describe(tracked, (i) => live[i]?.data);
  return {
    run,
    notice,
    clearNotice: () => setTracked(undefined),
    /** Stops the requests not yet sent. */
    cancel: () => abort.current?.abort(),
    pending: bulk.isPending,
  };
}
