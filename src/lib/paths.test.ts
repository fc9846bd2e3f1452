import { describe, expect, it } from 'vitest';
import { safeRedirect } from './paths';

describe('safeRedirect', () => {
  it.each([
    ['/users?filter=status%3Aactive', '/users?filter=status%3Aactive'],
    ['/@alice/dev#logs', '/@alice/dev#logs'],
    ['/organizations/coder/members', '/organizations/coder/members'],
  ])('keeps the same-app path %j', (raw, expected) => {
    expect(safeRedirect(raw)).toBe(expected);
  });

  it.each([
    null,
    '',
    'users',
    '//evil.example',
    '/\\evil.example',
    '/\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '\\/evil.example',
    '/./\\evil.example',
    '/.//evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    '/login?redirect=/users',
  ])('sends %j to the home page', (raw) => {
    expect(safeRedirect(raw)).toBe('/');
  });
});
