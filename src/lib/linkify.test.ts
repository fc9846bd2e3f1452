import { describe, expect, it } from 'vitest';
import { linkify, safeHref } from './linkify';

describe('linkify', () => {
  it('turns http(s) URLs into links, leaving sentence punctuation outside', () => {
    expect(linkify('Use docker; see https://coder.com/docs/a_(b). Thanks')).toEqual([
      { kind: 'text', text: 'Use docker; see ' },
      { kind: 'link', text: 'https://coder.com/docs/a_(b)', href: 'https://coder.com/docs/a_(b)' },
      { kind: 'text', text: '. Thanks' },
    ]);
    expect(linkify('(http://x.example/y)')).toEqual([
      { kind: 'text', text: '(' },
      { kind: 'link', text: 'http://x.example/y', href: 'http://x.example/y' },
      { kind: 'text', text: ')' },
    ]);
  });

  it('reads Markdown links with an http(s) target', () => {
    expect(linkify('See [the guide](https://example.com/g) now')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'the guide', href: 'https://example.com/g' },
      { kind: 'text', text: ' now' },
    ]);
  });

  it('keeps every other scheme, broken URLs and markup as text', () => {
    for (const s of [
      '[click](javascript:alert(1))',
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      '<a href="https://evil.example">x</a>',
      'xhttps://glued.example',
      'https://',
    ]) {
      const links = linkify(s).filter((p) => p.kind === 'link');
      expect(links.every((l) => l.kind === 'link' && /^https?:\/\//.test(l.href))).toBe(true);
      if (!s.includes('evil')) expect(links).toEqual([]);
    }
    expect(
      linkify('<a href="https://evil.example">x</a>')
        .map((p) => p.text)
        .join(''),
    ).toBe('<a href="https://evil.example">x</a>');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('https://ok.example/')).toBe('https://ok.example/');
  });
});
