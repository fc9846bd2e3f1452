/**
 * Just enough HCL (Terraform's native syntax) to write a configuration: quoted strings escaped so any text
 * stays a literal, identifiers for resource names, and a body renderer that lays attributes out as
 * `terraform fmt` does (the `=` of consecutive one-line attributes aligned).
 */

/** Characters written as `\u…` escapes: controls, format characters (bidi, zero-width), separators. */
const UNPRINTABLE = /^[\p{Cc}\p{Cf}\p{Co}\p{Zl}\p{Zp}\p{Zs}]$/u;

function codePointEscape(cp: number): string {
  return cp <= 0xffff
    ? `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`
    : `\\U${cp.toString(16).toUpperCase().padStart(8, '0')}`;
}

/**
 * A quoted HCL string whose value is exactly `s`: `\`, `"` and line breaks escaped, `${` and `%{` doubled
 * (`$${`, `%%{`) so they are never read as interpolation or a template directive, and invisible or
 * unprintable characters (and a lone UTF-16 surrogate, which has no UTF-8 form: U+FFFD) as `\u` escapes.
 * The same rules as hclwrite's `escapeQuotedStringLit`.
 */
export function hclString(s: string): string {
  const chars = Array.from(s);
  let out = '"';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    const cp = c.codePointAt(0) ?? 0;
    if (c === '\\') out += '\\\\';
    else if (c === '"') out += '\\"';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (c === '$' || c === '%') out += chars[i + 1] === '{' ? c + c : c;
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\uFFFD';
    else if (c !== ' ' && UNPRINTABLE.test(c)) out += codePointEscape(cp);
    else out += c;
  }
  return `${out}"`;
}

/** Text safe inside a `#` comment: nothing that would end the line or hide characters. */
export function commentText(s: string): string {
  return Array.from(s, (c) => {
    const cp = c.codePointAt(0) ?? 0;
    if (cp >= 0xd800 && cp <= 0xdfff) return '\uFFFD';
    return c !== ' ' && UNPRINTABLE.test(c) ? codePointEscape(cp) : c;
  }).join('');
}

/**
 * Unique Terraform names (the second label of a resource or data block): a letter or `_` first, then
 * letters, digits and `_` (Terraform also allows `-`, its style guide prefers `_`). Made from the object's
 * name, ASCII only; clashes get `_2`, `_3`, … in the
 * order names are asked for (callers ask in a sorted order, so the result is stable).
 */
export class Labels {
  private readonly taken = new Set<string>();

  take(raw: string, fallback: string): string {
    let base = raw
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 60);
    if (!base) base = fallback;
    if (/^[0-9]/.test(base)) base = `_${base}`;
    let label = base;
    for (let n = 2; this.taken.has(label); n++) label = `${base}_${n}`;
    this.taken.add(label);
    return label;
  }
}

/** A body item. Values are rendered expressions (`hclString(…)`, a reference, a number). */
export type BodyItem =
  | { kind: 'attr'; name: string; value: string }
  | { kind: 'list'; name: string; items: string[] }
  | { kind: 'map'; name: string; entries: { key: string; value: string; comment?: string }[] }
  | { kind: 'block'; type: string; labels: string[]; body: BodyItem[] }
  | { kind: 'comment'; text: string }
  | { kind: 'blank' };

export const attr = (name: string, value: string): BodyItem => ({ kind: 'attr', name, value });
export const comment = (text: string): BodyItem => ({ kind: 'comment', text });
export const blank: BodyItem = { kind: 'blank' };
export const block = (type: string, labels: string[], body: BodyItem[]): BodyItem => ({
  kind: 'block',
  type,
  labels,
  body,
});

const pad = (depth: number) => '  '.repeat(depth);
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** Width as `terraform fmt` counts it when aligning: in grapheme clusters. */
const width = (s: string) => {
  let n = 0;
  for (const _ of graphemes.segment(s)) n++;
  return n;
};
const padEnd = (s: string, to: number) => s + ' '.repeat(Math.max(0, to - width(s)));

/** A one-line list (`[a, b]`) when it fits, otherwise one item a line with a trailing comma. */
function listLines(name: string, items: string[], depth: number): string[] {
  if (items.length === 0) return [`${pad(depth)}${name} = []`];
  return [`${pad(depth)}${name} = [`, ...items.map((i) => `${pad(depth + 1)}${i},`), `${pad(depth)}]`];
}

function mapLines(name: string, entries: Extract<BodyItem, { kind: 'map' }>['entries'], depth: number) {
  if (entries.length === 0) return [`${pad(depth)}${name} = {}`];
  const lines = [`${pad(depth)}${name} = {`];
  // As in a body, `=` aligns over consecutive lines: a comment line ends the run.
  for (let i = 0; i < entries.length;) {
    let j = i + 1;
    while (j < entries.length && !entries[j]?.comment) j++;
    const run = entries.slice(i, j);
    const keyWidth = Math.max(...run.map((e) => width(e.key)));
    for (const e of run) {
      if (e.comment) lines.push(`${pad(depth + 1)}# ${commentText(e.comment)}`);
      lines.push(`${pad(depth + 1)}${padEnd(e.key, keyWidth)} = ${e.value}`);
    }
    i = j;
  }
  lines.push(`${pad(depth)}}`);
  return lines;
}

/** Renders body items at `depth`; consecutive one-line attributes have their `=` aligned. */
export function renderBody(items: BodyItem[], depth = 0): string[] {
  const lines: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!item) continue;
    switch (item.kind) {
      case 'attr': {
        let j = i;
        while (items[j]?.kind === 'attr') j++;
        const run = items.slice(i, j) as Extract<BodyItem, { kind: 'attr' }>[];
        const nameWidth = Math.max(...run.map((a) => width(a.name)));
        for (const a of run) lines.push(`${pad(depth)}${padEnd(a.name, nameWidth)} = ${a.value}`);
        i = j - 1;
        break;
      }
      case 'list':
        lines.push(...listLines(item.name, item.items, depth));
        break;
      case 'map':
        lines.push(...mapLines(item.name, item.entries, depth));
        break;
      case 'block': {
        const labels = item.labels.map((l) => ` ${hclString(l)}`).join('');
        lines.push(
          `${pad(depth)}${item.type}${labels} {`,
          ...renderBody(item.body, depth + 1),
          `${pad(depth)}}`,
        );
        break;
      }
      case 'comment':
        lines.push(item.text ? `${pad(depth)}# ${commentText(item.text)}` : `${pad(depth)}#`);
        break;
      case 'blank':
        lines.push('');
        break;
    }
  }
  return lines;
}
