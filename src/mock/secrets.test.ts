/** Secrets at rest: password hashes and token hashes (issue 14). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword, sha256Hex, verifyPassword } from './secrets';

describe('secrets', () => {
  it('SHA-256 matches node:crypto for empty, short, block-boundary and multi-byte input', () => {
    for (const text of [
      '',
      'abc',
      'a'.repeat(55),
      'a'.repeat(56),
      'a'.repeat(64),
      'x'.repeat(1000),
      'héllo 🔑',
    ]) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });

  it('hashes a password with a random salt in Coder’s format and verifies only the right one', async () => {
    const a = await hashPassword('SomeSecurePassword!', 1000);
    const b = await hashPassword('SomeSecurePassword!', 1000);
    expect(a).toMatch(/^\$pbkdf2-sha256\$1000\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('SomeSecurePassword');
    expect(await verifyPassword('SomeSecurePassword!', a)).toBe(true);
    expect(await verifyPassword('SomeSecurePassword?', a)).toBe(false);
    expect(await verifyPassword('SomeSecurePassword!', null)).toBe(false);
    expect(await verifyPassword('SomeSecurePassword!', 'SomeSecurePassword!')).toBe(false);
  });
});
