import { describe, expect, it } from 'vitest';
import type { SitePermissions } from '../../api/authcheck';
import { freeText } from '../../api/search';
import type { User } from '../../api/users';
import { allowedVerbs, parseQuery, staticOptions, userActionOptions } from './paletteOptions';

const perms = (p: Partial<SitePermissions>) => p as SitePermissions;
const user = (username: string, over: Partial<User> = {}) =>
  ({
    id: username,
    username,
    email: `${username}@example.com`,
    name: '',
    status: 'active',
    roles: [],
    ...over,
  }) as User;

describe('palette query', () => {
  it('reads a verb only when followed by a space, and only one the caller may use', () => {
    const all = allowedVerbs(perms({ updateUsers: true, deleteUsers: true }));
    expect(parseQuery('suspend alice', all)).toEqual({ verb: 'suspend', rest: 'alice' });
    expect(parseQuery('  Share  staging env ', all)).toEqual({ verb: 'share', rest: 'staging env' });
    expect(parseQuery('suspend ', all)).toEqual({ verb: 'suspend', rest: '' });
    // "suspended" is a user name, "suspend" alone may still become one.
    expect(parseQuery('suspended', all)).toEqual({ rest: 'suspended' });
    expect(parseQuery('suspend', all)).toEqual({ rest: 'suspend' });
    expect(parseQuery('suspend alice', allowedVerbs(perms({})))).toEqual({ rest: 'suspend alice' });
    expect(allowedVerbs(perms({}))).toEqual(['share']);
  });

  it('turns typed text into one free-text term of Coder’s grammar', () => {
    expect(freeText('alice', 'users')).toBe('alice');
    expect(freeText('status:active "bob"', 'users')).toBe('status active bob');
    expect(freeText('alice/dev', 'workspaces')).toBe('alice/dev');
    expect(freeText('a/b/c', 'workspaces')).toBe('a b c');
    expect(freeText('a/b', 'users')).toBe('a b');
    expect(freeText(' : ', 'users')).toBe('');
  });

  it('offers Create user only with the permission, and matches actions by label or verb prefix', () => {
    const labels = (text: string, p: Partial<SitePermissions>) =>
      staticOptions(text, perms(p), allowedVerbs(perms(p))).map((o) => o.label);
    expect(labels('', {})).toEqual(['Create workspace', 'Share a workspace…', 'Keyboard shortcuts']);
    expect(labels('', { createUser: true, updateUsers: true })).toContain('Create user');
    expect(labels('sus', { updateUsers: true })).toEqual(['Suspend a user…']);
    expect(labels('user', { createUser: true, updateUsers: true })).toEqual([
      'Create user',
      'Suspend a user…',
      'Activate a user…',
    ]);
  });

  it('offers a status action only where the row menu would', () => {
    const users = [
      user('alice'),
      user('me'),
      user('boss', { roles: [{ name: 'owner', display_name: 'Owner' }] }),
      user('gone', { status: 'suspended' }),
    ];
    const labels = (verb: 'suspend' | 'activate' | 'delete') =>
      userActionOptions(verb, users, 'me').map((o) => [o.label, o.to]);
    expect(labels('suspend')).toEqual([['Suspend alice…', '/users/alice?dialog=suspend']]);
    expect(labels('activate')).toEqual([['Activate gone…', '/users/gone?dialog=activate']]);
    expect(labels('delete').map(([l]) => l)).toEqual(['Delete alice…', 'Delete boss…', 'Delete gone…']);
  });
});
