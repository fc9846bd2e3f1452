import { describe, expect, it } from 'vitest';
import { validatePassword } from '../../api/users';
import { signInAs } from '../../test/render';
import { generateTempPassword } from './tempPassword';

describe('temporary passwords', () => {
  it('are 16+ characters of every class, different each time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const pw = generateTempPassword();
      expect(pw.length).toBeGreaterThanOrEqual(16);
      expect(pw).toMatch(/[a-z]/);
      expect(pw).toMatch(/[A-Z]/);
      expect(pw).toMatch(/[0-9]/);
      expect(pw).toMatch(/[!@$&*\-_.]/);
      seen.add(pw);
    }
    expect(seen.size).toBe(200);
  });

  it("pass the server's own password rule", async () => {
    await signInAs('useradmin');
    for (let i = 0; i < 20; i++) {
      expect(await validatePassword(generateTempPassword())).toEqual({ valid: true, details: '' });
    }
  });
});
