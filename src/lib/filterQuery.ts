/**
 * Client-side view of Coder's search-query text, for the filter builder: the text stays the source of
 * truth and these helpers read and rewrite its terms (quotes respected), so typing and clicking agree.
 */
export type Term = { key?: string; value: string };

export function splitTerms(q: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of q) {
    if (ch === '"') quoted = !quoted;
    if (ch === ' ' && !quoted) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

export function parseTerms(q: string): Term[] {
  return splitTerms(q).map((raw) => {
    const i = raw.indexOf(':');
    if (i <= 0 || raw.startsWith('"')) return { value: raw.replaceAll('"', '') };
    return { key: raw.slice(0, i).toLowerCase(), value: raw.slice(i + 1).replaceAll('"', '') };
  });
}

/** Spaces and colons (timestamps) only survive Coder's tokenizer inside quotes. */
const quote = (v: string) => (/[\s:]/.test(v) ? `"${v}"` : v);
export const formatTerm = (t: Term) => (t.key ? `${t.key}:${quote(t.value)}` : quote(t.value));
export const formatTerms = (terms: Term[]) => terms.map(formatTerm).join(' ');

/** The value of a single-valued key, if present. */
export function termValue(q: string, key: string): string | undefined {
  return parseTerms(q).find((t) => t.key === key)?.value;
}

/** Replaces every `key:` term with `key:value`, or removes them when value is undefined/empty. */
export function setTerm(q: string, key: string, value: string | undefined): string {
  const terms = parseTerms(q).filter((t) => t.key !== key);
  if (value) terms.push({ key, value });
  return formatTerms(terms);
}

export function addTerm(q: string, term: Term): string {
  return formatTerms([...parseTerms(q), term]);
}

export function removeTermAt(q: string, index: number): string {
  return formatTerms(parseTerms(q).filter((_, i) => i !== index));
}
