/** The dev server's router answers exactly as msw trying every handler in turn would. */
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { handlers, respond } from './handlers';
import { primaryDb } from './state';
import { tokenFor } from './testClient';

const base = 'http://127.0.0.1:5173';

describe('respond()', () => {
  it('picks the same handler as msw for every route shape', async () => {
    const token = await tokenFor('admin');
    const db = primaryDb();
    const ws = db.liveWorkspaces()[0]!;
    const group = db.data.groups.find((g) => g.name === 'frontend')!;
    const paths = [
      '/api/v2/buildinfo',
      '/api/v2/users/me',
      '/API/V2/USERS/ME',
      '/api/v2/users/',
      '/api/v2/users?q=status:active&limit=2',
      '/api/v2/users/roles',
      '/api/v2/users/alice/roles',
      '/api/v2/organizations/coder/members/roles',
      '/api/v2/organizations/coder/members/alice',
      `/api/v2/workspaces/${ws.id}/acl`,
      `/api/v2/groups/${group.id}/members`,
      '/api/v2/organizations/coder/groups/frontend/members',
      '/api/v2/nope/nope',
      '/__mock/unknown',
      '/assets/app.js',
    ];
    const request = (path: string, method = 'GET', body?: string) =>
      new Request(base + path, { method, body, headers: { 'coder-session-token': token } });
    // Reads on every shape; writes only where nothing changes (a refused or unknown route).
    const cases = [
      ...paths.map((p) => ['GET', p]),
      ['POST', '/api/v2/buildinfo'],
      ['POST', '/api/v2/nope/nope'],
      ['DELETE', '/api/v2/users/me'],
      ['PUT', '/api/v2/organizations/coder'],
      ['POST', '/__mock/unknown'],
    ];
    for (const [method, path] of cases) {
      const body = method === 'GET' || method === 'DELETE' ? undefined : '{}';
      const mine = await respond(request(path!, method, body));
      const msw = await getResponse(handlers, request(path!, method, body));
      const label = `${method} ${path}`;
      expect(mine?.status, label).toBe(msw?.status);
      expect(await mine?.text(), label).toBe(await msw?.text());
    }
  });
});
