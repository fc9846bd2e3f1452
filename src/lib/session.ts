/**
 * Session token for token sign-in ("paste a session token") and for tests.
 * Password sign-in relies on the HttpOnly `coder_session_token` cookie the server sets;
 * a pasted token is kept for this browser tab only and sent as `Coder-Session-Token`.
 */
const KEY = 'coder-session-token';

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

export function getSessionToken(): string | undefined {
  return storage()?.getItem(KEY) ?? undefined;
}

export function setSessionToken(token: string | undefined): void {
  const s = storage();
  if (!s) return;
  if (token) s.setItem(KEY, token);
  else s.removeItem(KEY);
}
