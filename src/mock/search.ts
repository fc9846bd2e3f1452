/**
 * Coder's search-query grammar (`coderd/searchquery`): lower-cased, space separated, double quotes keep
 * a value together, `key:value` filters, and every bare word joined into one free-text term.
 */
import type { Validation } from './responses';
import { parseUuid } from './uuid';

/** A key's type; an array is a list of allowed values (Coder's `ParseEnum` over a comma list). */
export type KeyKind = 'string' | 'list' | 'bool' | 'time' | 'int' | 'uuids' | readonly string[];
export type ParsedQuery = { text: string; values: Map<string, string[]> };

function splitOutsideQuotes(s: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (ch === sep && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const unquote = (s: string) => s.replaceAll('"', '');

export function tokenize(q: string): { tokens: ParsedQuery; errors: Validation[] } {
  const errors: Validation[] = [];
  const values = new Map<string, string[]>();
  const text: string[] = [];
  for (const element of splitOutsideQuotes(q.toLowerCase(), ' ')) {
    if (!element) continue;
    const parts = splitOutsideQuotes(element, ':');
    if (parts.length === 1) {
      text.push(unquote(element));
      continue;
    }
    if (parts.length > 2) {
      errors.push({ field: 'q', detail: `Query element "${element}" can only contain 1 ':'` });
      continue;
    }
    const [key = '', value = ''] = parts;
    if (!key || !value) {
      errors.push({ field: 'q', detail: `Query element "${element}" cannot start or end with ':'` });
      continue;
    }
    values.set(key, [...(values.get(key) ?? []), unquote(value)]);
  }
  return { tokens: { text: text.join(' '), values }, errors };
}

export type TypedQuery = {
  text: string;
  string(key: string): string | undefined;
  list(key: string): string[];
  bool(key: string): boolean | undefined;
  time(key: string): number | undefined;
  int(key: string): number | undefined;
};

const RFC3339 = /^\d{4}-\d{2}-\d{2}t\d{2}:\d{2}:\d{2}(\.\d+)?(z|[+-]\d{2}:\d{2})$/;

/** Parses `q` against the keys an endpoint supports; unknown keys and bad values become validations. */
export function parseQuery(
  q: string,
  spec: Record<string, KeyKind>,
): { query: TypedQuery; errors: Validation[] } {
  const { tokens, errors } = tokenize(q);
  const strings = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const bools = new Map<string, boolean>();
  const times = new Map<string, number>();
  const ints = new Map<string, number>();
  for (const [key, vals] of tokens.values) {
    const kind = spec[key];
    if (!kind) {
      errors.push({ field: key, detail: `"${key}" is not a valid query param` });
      continue;
    }
    if (kind === 'list' || kind === 'uuids' || Array.isArray(kind)) {
      const terms = vals.flatMap((v) => v.split(','));
      const problems: string[] = [];
      const out: string[] = [];
      for (const term of terms) {
        if (kind === 'uuids') {
          const r = parseUuid(term.trim());
          if ('error' in r) problems.push(r.error);
          else out.push(r.id);
        } else if (kind !== 'list' && !kind.includes(term)) problems.push(`"${term}" is not a valid value`);
        else if (term) out.push(term);
      }
      if (problems.length)
        errors.push({
          field: key,
          detail: `Query param "${key}" has invalid values: ${problems.join('\n')}`,
        });
      else lists.set(key, out);
      continue;
    }
    if (vals.length > 1) {
      errors.push({
        field: key,
        detail: `Query param "${key}" provided more than once, found ${vals.length} times. Only provide 1 instance of this query param.`,
      });
      continue;
    }
    const v = vals[0] ?? '';
    if (kind === 'string') strings.set(key, v);
    else if (kind === 'bool') {
      if (v === 'true' || v === 'false') bools.set(key, v === 'true');
      else
        errors.push({
          field: key,
          detail: `Query param "${key}" must be a valid boolean: strconv.ParseBool: parsing "${v}": invalid syntax`,
        });
    } else if (kind === 'time') {
      const t = Date.parse(v.toUpperCase());
      if (RFC3339.test(v) && !Number.isNaN(t)) times.set(key, t);
      else
        errors.push({
          field: key,
          detail: `Query param "${key}" must be a valid date format (2006-01-02T15:04:05.999999999Z07:00): parsing time "${v}" as "2006-01-02T15:04:05.999999999Z07:00": cannot parse "${v}"`,
        });
    } else if (kind === 'int') {
      const n = Number(v);
      if (Number.isInteger(n)) ints.set(key, n);
      else errors.push({ field: key, detail: `Query param "${key}" must be a valid integer: ${v}` });
    }
  }
  return {
    errors,
    query: {
      text: tokens.text,
      string: (k) => strings.get(k),
      list: (k) => lists.get(k) ?? [],
      bool: (k) => bools.get(k),
      time: (k) => times.get(k),
      int: (k) => ints.get(k),
    },
  };
}
