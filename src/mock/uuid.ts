/** Go's `uuid.Parse` (google/uuid) for query parameters: the canonical form, braces, `urn:uuid:` or 32 hex digits. */
const HEX32 = /^[0-9a-f]{32}$/i;

/** The canonical lower-case uuid, or Go's error text. */
export function parseUuid(raw: string): { id: string } | { error: string } {
  let s = raw;
  if (s.length === 45 && s.toLowerCase().startsWith('urn:uuid:')) s = s.slice(9);
  else if (s.length === 38 && s.startsWith('{') && s.endsWith('}')) s = s.slice(1, -1);
  if (s.length === 36) {
    const parts = s.split('-');
    const ok = parts.length === 5 && [8, 4, 4, 4, 12].every((n, i) => parts[i]?.length === n);
    s = ok ? parts.join('') : '';
  } else if (s.length !== 32) {
    return { error: `invalid UUID length: ${raw.length}` };
  }
  if (!HEX32.test(s)) return { error: 'invalid UUID format' };
  const h = s.toLowerCase();
  return { id: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}` };
}
