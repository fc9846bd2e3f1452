/**
 * A small HCL reader for the tests: enough of the native syntax to read what the generator writes, written
 * apart from the writer so a test can check the text (not the writer's intentions). Strings are decoded by
 * HCL's rules; an interpolation (`${`) or template directive (`%{`) in a string is an error, since the
 * export never means one. Test-only: nothing in the app imports it.
 */
export type HclValue =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'ref'; path: string[] }
  | { kind: 'list'; items: HclValue[] }
  | { kind: 'object'; entries: { key: string; value: HclValue }[] };
export type HclBlock = {
  type: string;
  labels: string[];
  attributes: Map<string, HclValue>;
  blocks: HclBlock[];
};

type Token =
  | { t: 'str'; v: string }
  | { t: 'id'; v: string }
  | { t: 'num'; v: number }
  | { t: 'nl' }
  | { t: 'p'; v: string }
  | { t: 'eof' };

const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NUMBER = /[0-9]+(\.[0-9]+)?/y;

function decodeString(src: string, start: number): { value: string; end: number } {
  let i = start + 1;
  let out = '';
  for (;;) {
    const c = src[i];
    if (c === undefined || c === '\n') throw new Error(`unterminated string at ${start}`);
    if (c === '"') return { value: out, end: i + 1 };
    if (c === '\\') {
      const e = src[i + 1];
      const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
      if (e !== undefined && e in simple) {
        out += simple[e];
        i += 2;
      } else if (e === 'u' || e === 'U') {
        const len = e === 'u' ? 4 : 8;
        const hex = src.slice(i + 2, i + 2 + len);
        if (!new RegExp(`^[0-9A-Fa-f]{${len}}$`).test(hex)) throw new Error(`bad \\${e} escape at ${i}`);
        out += String.fromCodePoint(parseInt(hex, 16));
        i += 2 + len;
      } else throw new Error(`bad escape \\${e ?? ''} at ${i}`);
    } else if ((c === '$' || c === '%') && src[i + 1] === c && src[i + 2] === '{') {
      out += `${c}{`;
      i += 3;
    } else if ((c === '$' || c === '%') && src[i + 1] === '{') {
      throw new Error(`template sequence ${c}{ in a string at ${i}`);
    } else {
      const cp = src.codePointAt(i) ?? 0;
      const ch = String.fromCodePoint(cp);
      out += ch;
      i += ch.length;
    }
  }
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '\n') {
      tokens.push({ t: 'nl' });
      i++;
    } else if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '"') {
      const { value, end } = decodeString(src, i);
      tokens.push({ t: 'str', v: value });
      i = end;
    } else if ('{}[]=,.'.includes(c)) {
      tokens.push({ t: 'p', v: c });
      i++;
    } else {
      IDENT.lastIndex = i;
      NUMBER.lastIndex = i;
      const id = IDENT.exec(src);
      const num = id ? null : NUMBER.exec(src);
      if (id) {
        tokens.push({ t: 'id', v: id[0] });
        i += id[0].length;
      } else if (num) {
        tokens.push({ t: 'num', v: Number(num[0]) });
        i += num[0].length;
      } else throw new Error(`unexpected ${JSON.stringify(c)} at ${i}`);
    }
  }
  tokens.push({ t: 'eof' });
  return tokens;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.i] ?? { t: 'eof' };
  }
  private next(): Token {
    return this.tokens[this.i++] ?? { t: 'eof' };
  }
  private expectP(v: string) {
    const t = this.next();
    if (t.t !== 'p' || t.v !== v) throw new Error(`expected ${v}, got ${JSON.stringify(t)}`);
  }
  private skipNl() {
    while (this.peek().t === 'nl') this.i++;
  }

  body(closing: boolean): Omit<HclBlock, 'type' | 'labels'> {
    const attributes = new Map<string, HclValue>();
    const blocks: HclBlock[] = [];
    for (;;) {
      this.skipNl();
      const t = this.peek();
      if (closing && t.t === 'p' && t.v === '}') {
        this.i++;
        return { attributes, blocks };
      }
      if (!closing && t.t === 'eof') return { attributes, blocks };
      const name = this.next();
      if (name.t !== 'id') throw new Error(`expected a name, got ${JSON.stringify(name)}`);
      const after = this.peek();
      if (after.t === 'p' && after.v === '=') {
        this.i++;
        if (attributes.has(name.v)) throw new Error(`attribute ${name.v} set twice`);
        attributes.set(name.v, this.value());
      } else {
        const labels: string[] = [];
        while (this.peek().t === 'str') labels.push((this.next() as { v: string }).v);
        this.expectP('{');
        blocks.push({ type: name.v, labels, ...this.body(true) });
      }
      const end = this.peek();
      if (end.t !== 'nl' && end.t !== 'eof' && !(end.t === 'p' && end.v === '}'))
        throw new Error(`expected a new line after ${name.v}, got ${JSON.stringify(end)}`);
    }
  }

  private value(): HclValue {
    const t = this.next();
    if (t.t === 'str') return { kind: 'string', value: t.v };
    if (t.t === 'num') return { kind: 'number', value: t.v };
    if (t.t === 'id' && (t.v === 'true' || t.v === 'false')) return { kind: 'bool', value: t.v === 'true' };
    if (t.t === 'id') {
      const path = [t.v];
      while (this.peek().t === 'p' && (this.peek() as { v: string }).v === '.') {
        this.i++;
        const part = this.next();
        if (part.t !== 'id') throw new Error('expected a name after "."');
        path.push(part.v);
      }
      return { kind: 'ref', path };
    }
    if (t.t === 'p' && t.v === '[') {
      const items: HclValue[] = [];
      for (;;) {
        this.skipNl();
        if (this.peek().t === 'p' && (this.peek() as { v: string }).v === ']') {
          this.i++;
          return { kind: 'list', items };
        }
        items.push(this.value());
        this.skipNl();
        const sep = this.peek();
        if (sep.t === 'p' && sep.v === ',') this.i++;
        else if (!(sep.t === 'p' && sep.v === ']')) throw new Error('expected , or ] in a list');
      }
    }
    if (t.t === 'p' && t.v === '{') {
      const entries: { key: string; value: HclValue }[] = [];
      for (;;) {
        this.skipNl();
        const k = this.next();
        if (k.t === 'p' && k.v === '}') return { kind: 'object', entries };
        if (k.t !== 'str' && k.t !== 'id') throw new Error(`bad object key ${JSON.stringify(k)}`);
        this.expectP('=');
        entries.push({ key: k.v, value: this.value() });
        const sep = this.peek();
        if (sep.t === 'p' && sep.v === ',') this.i++;
      }
    }
    throw new Error(`unexpected ${JSON.stringify(t)} in an expression`);
  }
}

/** Reads a configuration file's top-level blocks (attributes at the top level are an error). */
export function readHcl(src: string): HclBlock[] {
  const { attributes, blocks } = new Parser(tokenize(src)).body(false);
  if (attributes.size) throw new Error('attributes at the top level');
  return blocks;
}
