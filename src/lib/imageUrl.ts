/**
 * The `src` an avatar or icon URL may become: http(s) (absolute, or a path on this origin such as Coder's
 * `/emojis/1f680.png` and `/icon/go.svg`) and `data:image/…`. Anything else (`javascript:`, `vbscript:`,
 * `data:text/html`, `blob:`, `file:`, a URL that does not parse) renders as no image, so the avatar's
 * fallback letter shows instead.
 */
export function imageSrc(url: string | null | undefined): string | undefined {
  const raw = url?.trim();
  if (!raw) return undefined;
  if (/^data:/i.test(raw)) return /^data:image\/[a-z0-9.+-]+[;,]/i.test(raw) ? raw : undefined;
  try {
    const base = typeof window !== 'undefined' ? window.location.origin : 'http://localhost';
    const parsed = new URL(raw, base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? raw : undefined;
  } catch {
    return undefined;
  }
}
