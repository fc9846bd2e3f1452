import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { openEnum, openEnumArray } from './common';
import { userSchema } from './users';

describe('response enums', () => {
  it('map a value the UI does not know to the fallback, and keep known ones', () => {
    const s = openEnum(['active', 'dormant', 'suspended'], 'active');
    expect(s.parse('dormant')).toBe('dormant');
    expect(s.parse('archived')).toBe('active');
    expect(s.parse(undefined)).toBe('active');
  });

  it('drop unknown entries of an array, keep the rest', () => {
    expect(openEnumArray(['admin', 'use']).parse(['', 'use', 'owner', 'admin'])).toEqual(['use', 'admin']);
    expect(z.safeParse(openEnumArray(['admin', 'use']), 'use').success).toBe(false);
  });

  it('never fail a whole user over one enum value', () => {
    const user = { id: '1', username: 'a', email: 'a@x', created_at: '', status: 'new', login_type: 'saml' };
    expect(userSchema.parse(user)).toMatchObject({ status: 'active', login_type: '' });
  });
});
