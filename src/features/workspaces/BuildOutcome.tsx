import { useQueries } from '@tanstack/react-query';
import { isBuildActive, workspacesQueries, type Workspace } from '../../api/workspaces';
import { BuildNoticeAlert } from './BuildNoticeAlert';
import { DONE, VERB, label, type BuildNotice, type Tracked } from './buildRun';

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
 * The banner once a run's requests are answered: it follows each queued build live ("Starting…" while they
 * run), then says that they started, or that they failed and why (the job's error).
 */
export function BuildOutcome({ run, onDismiss }: { run: Tracked; onDismiss: () => void }) {
  const live = useQueries({
    queries: (run.kind === 'delete' ? [] : run.items).map((it) => workspacesQueries.byId(it.id, it.build)),
  });
  return <BuildNoticeAlert notice={describe(run, (i) => live[i]?.data)} onDismiss={onDismiss} />;
}
