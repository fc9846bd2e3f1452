import type { BulkBuildKind } from '../../api/workspaceRuns';
import { plural } from '../../lib/plural';

export type BuildKind = BulkBuildKind;

/** What a build run's banner says: progress with Cancel while requests are sent, then the builds' outcome. */
export type BuildNotice = {
  severity: 'info' | 'success' | 'error';
  text: string;
  /** Requests are still being sent: Cancel stops those not sent yet. */
  cancellable?: boolean;
};

/** A run whose builds the banner follows: each workspace and the build number it queued. */
export type Tracked = {
  kind: BuildKind;
  /** Every workspace asked, by name (for a single one, the banner names it). */
  names: string[];
  items: { id: string; name: string; build: number }[];
  failed: string[];
};

export const VERB: Record<BuildKind, string> = {
  start: 'Starting',
  stop: 'Stopping',
  restart: 'Restarting',
  delete: 'Deleting',
  update: 'Updating',
};
export const DONE: Record<BuildKind, string> = {
  start: 'started',
  stop: 'stopped',
  restart: 'restarted',
  delete: 'deleted',
  update: 'updated',
};
export const label = (n: number) => plural(n, 'workspace');
