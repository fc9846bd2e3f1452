import { DAY_MS, NS_PER_MS, type ApiKey, type TokenScope } from '../../api/apiKeys';
import { plural } from '../../lib/plural';

export const scopeText: Record<TokenScope, string> = {
  'coder:all': 'Full access',
  'coder:application_connect': 'Workspace apps only',
};

/** A token's scope as people read it; unknown scopes show as sent. */
export function scopeLabel(k: Pick<ApiKey, 'scope' | 'scopes'>): string {
  const scopes = k.scopes.length ? k.scopes : k.scope ? [`coder:${k.scope}`] : [];
  return scopes.map((s) => (s in scopeText ? scopeText[s as TokenScope] : s)).join(', ') || '—';
}

const LIFETIMES = [1, 7, 30, 60, 90, 365];

/** Lifetimes (days) the deployment allows: up to `max_token_lifetime` (ns; 0 = no limit). */
export function lifetimeOptions(maxNs: number): number[] {
  const maxDays = maxNs > 0 ? maxNs / NS_PER_MS / DAY_MS : Infinity;
  const fit = LIFETIMES.filter((d) => d <= maxDays);
  return fit.length ? fit : [Math.max(1, Math.floor(maxDays))];
}

export const lifetimeLabel = (days: number) => (days === 365 ? '1 year' : plural(days, 'day'));
