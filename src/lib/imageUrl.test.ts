import { describe, expect, it } from 'vitest';
import { imageSrc } from './imageUrl';

describe('imageSrc', () => {
  it.each([
    'https://avatars.githubusercontent.com/u/1?v=4',
    'http://intranet.example/icon.png',
    '/emojis/1f680.png',
    '/icon/go.svg',
    'data:image/png;base64,iVBORw0KGgo=',
    'data:image/svg+xml,%3Csvg%3E%3C/svg%3E',
  ])('keeps %j', (url) => {
    expect(imageSrc(url)).toBe(url);
  });

  it.each([
    undefined,
    null,
    '',
    '   ',
    'javascript:alert(1)',
    ' JavaScript:alert(document.domain)',
    'java\tscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:,hello',
    'blob:https://example.com/uuid',
    'file:///etc/passwd',
    'http://[::1',
  ])('drops %j', (url) => {
    expect(imageSrc(url)).toBeUndefined();
  });
});
