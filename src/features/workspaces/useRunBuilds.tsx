import { Suspense, useRef, useState } from 'react';
import { useBulkBuilds } from '../../api/workspaceMutations';
import type { Workspace } from '../../api/workspaces';
import type { BulkResult } from '../../lib/bulk';
import { errorMessage } from '../../lib/http';
import { lazyNamed } from '../../lib/lazyNamed';
import { BuildNoticeAlert } from './BuildNoticeAlert';
import { DONE, VERB, label, type BuildKind, type Tracked } from './buildRun';

// What follows the queued builds (a query per workspace) loads when a run starts, not with the page.
const loadOutcome = () => import('./BuildOutcome');
const BuildOutcome = lazyNamed(loadOutcome, 'BuildOutcome');

/**
 * Runs one transition over one or many workspaces (api's useBulkBuilds: 4 at a time, one invalidation at
 * the end), and gives its banner (`notice`). While requests are sent the banner counts them and offers
 * Cancel, which stops those not yet sent. Then it follows the builds' real outcome (BuildOutcome). Request
 * failures are named per workspace, never thrown away.
 */
export function useRunBuilds() {
  const bulk = useBulkBuilds();
  const [tracked, setTracked] = useState<Tracked>();
  const [sending, setSending] = useState<{ kind: BuildKind; done: number; total: number; name?: string }>();
  const abort = useRef<AbortController>(undefined);

  /** Resolves when every request is answered (restart: once the stop is done and the start is queued). */
  const run = async (kind: BuildKind, workspaces: Workspace[]) => {
    void loadOutcome();
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

  const clear = () => setTracked(undefined);
  const notice = sending ? (
    <BuildNoticeAlert
      notice={{
        severity: 'info',
        text:
          sending.total === 1 && sending.name
            ? `${VERB[sending.kind]} ${sending.name}…`
            : `${VERB[sending.kind]} ${label(sending.total)}… ${sending.done} of ${sending.total} done.`,
        cancellable: true,
      }}
      onCancel={() => abort.current?.abort()}
    />
  ) : tracked ? (
    <Suspense fallback={null}>
      <BuildOutcome run={tracked} onDismiss={clear} />
    </Suspense>
  ) : null;
  return { run, notice, pending: bulk.isPending };
}
