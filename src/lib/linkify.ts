/**
 * Splits free text (a template's deprecation message) into plain text and links, for rendering as React
 * elements (never as HTML): `https://…`/`http://…` URLs and Markdown links `[label](https://…)` become
 * links; any other scheme (`javascript:`, `data:`, `mailto:` …) and anything `URL` cannot parse stays text.
 * Trailing punctuation that ends a sentence (`.`, `,`, `)` without its `(` …) is left out of a bare URL.
 */
export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const MARKDOWN_LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/y;
const BARE_URL = /https?:\/\/[^\s<>"'`]+/iy;
const TRAILING = /[.,;:!?'"»]+$/;

/** The link's address if it is an absolute http(s) URL, else undefined. */
export function safeHref(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/** `url` without the sentence punctuation after it, and without a `)` it does not open. */
function trimUrl(url: string): string {
  let out = url.replace(TRAILING, '');
  while (out.endsWith(')') && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) {
    out = out.slice(0, -1).replace(TRAILING, '');
  }
  return out;
}

export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let plain = '';
  const flush = () => {
    if (plain) parts.push({ kind: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    MARKDOWN_LINK.lastIndex = i;
    const md = text[i] === '[' ? MARKDOWN_LINK.exec(text) : null;
    const mdHref = md ? safeHref(md[2] ?? '') : undefined;
    if (md && mdHref) {
      flush();
      parts.push({ kind: 'link', text: md[1] ?? mdHref, href: mdHref });
      i += md[0].length;
      continue;
    }
    // A URL starts a word (not the middle of `xhttps://…`).
    BARE_URL.lastIndex = i;
    const bare = (i === 0 || /[\s([<]/.test(text[i - 1] ?? '')) && BARE_URL.exec(text);
    if (bare) {
      const url = trimUrl(bare[0]);
      const href = safeHref(url);
      if (href && url.length > 'https://'.length) {
        flush();
        parts.push({ kind: 'link', text: url, href });
        i += url.length;
        continue;
      }
    }
    plain += text[i];
    i += 1;
  }
  flush();
  return parts;
}
