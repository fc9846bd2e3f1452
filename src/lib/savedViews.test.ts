/** Issue #17 §2: what saved views read from storage and from an imported file is parsed, never trusted. */
import { describe, expect, it } from 'vitest';
import {
  exportViews,
  mergeImport,
  nameProblem,
  parseImport,
  parseStored,
  serializeStored,
  storageKey,
  viewSearch,
  type SavedView,
} from './savedViews';

const view = (name: string, filter = 'status:active', pageSize = 25): SavedView => ({
  id: `id-${name}`,
  name,
  filter,
  pageSize,
});

describe('stored views', () => {
  it('reads anything unreadable as no views: not JSON, another shape, an older or newer version', () => {
    const empty = { users: [], workspaces: [], audit: [] };
    for (const raw of [null, '', '{', 'null', '42', '[]', '{"views":{}}', '{"version":2,"views":{}}'])
      expect(parseStored(raw), String(raw)).toEqual(empty);
  });

  it('drops a bad view and keeps the rest; a scope that is not a list reads as empty', () => {
    const raw = JSON.stringify({
      version: 1,
      views: {
        users: [view('Active'), { id: 'x', name: '', filter: 'a', pageSize: 25 }, { name: 'no id' }, 7],
        workspaces: 'not a list',
        audit: [view('Odd size', 'action:create', 30), view('Big pages', 'action:delete', 100)],
      },
    });
    const views = parseStored(raw);
    expect(views.users.map((v) => v.name)).toEqual(['Active']);
    expect(views.workspaces).toEqual([]);
    expect(views.audit.map((v) => v.name)).toEqual(['Big pages']);
  });

  it('round-trips what it writes', () => {
    const views = { users: [view('A')], workspaces: [view('B', 'owner:me', 50)], audit: [] };
    expect(parseStored(serializeStored(views))).toEqual(views);
  });

  it('keys storage by deployment and user', () => {
    const a = storageKey({ deployment: 'dep-1', userId: 'user-a' });
    expect(storageKey({ deployment: 'dep-1', userId: 'user-b' })).not.toBe(a);
    expect(storageKey({ deployment: 'dep-2', userId: 'user-a' })).not.toBe(a);
    expect(storageKey({ deployment: 'https://coder.example.com', userId: 'user-a' })).not.toContain('//');
  });
});

describe('names and links', () => {
  it('wants a name, not too long, not one already taken (ignoring case and spaces)', () => {
    const views = [view('Admins')];
    expect(nameProblem('   ', views)).toBe('A view needs a name.');
    expect(nameProblem('x'.repeat(61), views)).toMatch(/at most 60 characters/);
    expect(nameProblem(' admins ', views)).toBe('You already have a view named “Admins”.');
    expect(nameProblem('admins', views, 'id-Admins')).toBeUndefined();
    expect(nameProblem('Owners', views)).toBeUndefined();
  });

  it('links to the filter and page size (page 1)', () => {
    const params = new URLSearchParams(viewSearch({ filter: 'status:active role:"x y"', pageSize: 50 }));
    expect(params.get('filter')).toBe('status:active role:"x y"');
    expect(params.get('pageSize')).toBe('50');
    expect(params.has('page')).toBe(false);
  });
});

describe('import', () => {
  const file = (over: Record<string, unknown> = {}) =>
    JSON.stringify({ ...JSON.parse(exportViews('users', [view('Active')])), ...over });

  it('reads back what export wrote (names, filters and page sizes; no ids)', () => {
    const text = exportViews('users', [view('Active'), view('Owners', 'role:owner', 100)]);
    expect(text).not.toContain('id-');
    expect(parseImport(text, 'users')).toEqual({
      ok: true,
      views: [
        { name: 'Active', filter: 'status:active', pageSize: 25 },
        { name: 'Owners', filter: 'role:owner', pageSize: 100 },
      ],
    });
  });

  it('says in words what is wrong with a file', () => {
    const error = (text: string, scope: 'users' | 'audit' = 'users') => {
      const r = parseImport(text, scope);
      return r.ok ? 'accepted' : r.error;
    };
    expect(error('{"views": [')).toMatch(/not JSON/);
    expect(error('[1, 2]')).toMatch(/not a file of saved views/);
    expect(error(file({ format: 'something-else' }))).toMatch(/not a file of saved views/);
    expect(error(file({ version: 2 }))).toMatch(/newer version/);
    expect(error(file(), 'audit')).toBe('These are views of users; this list saves views of the audit log.');
    expect(
      error(
        file({
          views: [
            { name: 'Fine', filter: '', pageSize: 25 },
            { name: 'Odd', filter: '', pageSize: 30 },
          ],
        }),
      ),
    ).toBe('View 2, "pageSize": The page size must be 25, 50 or 100.');
    expect(error(file({ views: [{ name: ' ', filter: '', pageSize: 25 }] }))).toBe(
      'View 1, "name": A view needs a name.',
    );
    expect(error(file({ views: [{ name: 'No filter', pageSize: 25 }] }))).toMatch(/^View 1, "filter": /);
  });

  it('merges by name: a known name gets the new filter in place, the others are appended', () => {
    const mine = [view('Active'), view('Owners', 'role:owner')];
    const r = mergeImport(mine, [
      { name: 'owners', filter: 'role:owner status:active', pageSize: 50 },
      { name: 'Suspended', filter: 'status:suspended', pageSize: 25 },
    ]);
    if (!r.ok) throw new Error(r.error);
    expect(r.views.map((v) => [v.name, v.filter, v.pageSize])).toEqual([
      ['Active', 'status:active', 25],
      ['Owners', 'role:owner status:active', 50],
      ['Suspended', 'status:suspended', 25],
    ]);
    expect(r.views[1]?.id).toBe('id-Owners');
    expect([r.added, r.replaced]).toEqual([1, 1]);
  });

  it('refuses to hold more than 50 views', () => {
    const many = Array.from({ length: 50 }, (_, i) => view(`View ${i}`));
    const r = mergeImport(many, [{ name: 'One more', filter: '', pageSize: 25 }]);
    expect(r).toEqual({ ok: false, error: 'That would make 51 views; a list keeps at most 50.' });
  });
});
