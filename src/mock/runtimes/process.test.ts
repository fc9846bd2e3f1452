/**
 * The embedded server as a real process (issue 14): `vite` dev with the mock on a temp MOCK_DATA_DIR.
 * Acknowledged writes survive `kill -9`; `npm run mock:reset` resets the server running on the data;
 * a broken data file stops the start; body limit, auth before body, tenants refused, real mode has no mock.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../lib/demoAccounts';
import { server as msw } from './node';

const root = path.resolve(__dirname, '../../..');
const vite = path.join(root, 'node_modules/vite/bin/vite.js');
const children: ChildProcess[] = [];

// This file talks to real servers: msw/node (set up for every test file) must not intercept its fetches.
beforeAll(() => msw.close());
afterAll(() => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL')));

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env))
    if (k.startsWith('VITEST') || k === 'TEST' || k === 'NODE_ENV') delete env[k];
  for (const k of ['CODER_URL', 'DEMO', 'MOCK_TENANTS', 'MOCK_SCALE', 'MOCK_PERSIST']) delete env[k];
  return { ...env, ...extra };
}

async function freePort(): Promise<number> {
  const srv = net.createServer().listen(0);
  await new Promise((r) => srv.once('listening', r));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

/**
 * `vite preview` (what Playwright and the bench serve) on a stub build: the same mock middleware as `vite`
 * dev, without dev's dependency scan, so a start costs about a second.
 */
function start(dir: string, port: number, extra: Record<string, string> = {}) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mock-dist-'));
  fs.writeFileSync(path.join(outDir, 'index.html'), '<!doctype html><title>stub</title>');
  const child = spawn(
    process.execPath,
    [vite, 'preview', '--configLoader', 'runner', '--outDir', outDir, '--port', String(port), '--strictPort'],
    {
      cwd: root,
      env: cleanEnv({ MOCK_DATA_DIR: dir, ...extra }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, exited, output: () => output };
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = await probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Up once the lock file next to the data names its pid and port (written when the server listens). */
const up = (file: string, port: number, child: ChildProcess) =>
  until('the server', () => {
    try {
      const lock = JSON.parse(fs.readFileSync(`${file}.lock`, 'utf8'));
      return lock.port === port && lock.pid === child.pid ? lock : undefined;
    } catch {
      return undefined;
    }
  });

function client(port: number) {
  const base = `http://localhost:${port}`;
  const call = async (p: string, init: RequestInit & { token?: string } = {}) => {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('Coder-Session-Token', init.token);
    if (typeof init.body === 'string') headers.set('content-type', 'application/json');
    const res = await fetch(base + p, { ...init, headers });
    const text = await res.text();
    return {
      status: res.status,
      body: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text,
    };
  };
  const login = async () => {
    const r = await call('/api/v2/users/login', {
      method: 'POST',
      body: JSON.stringify({ email: 'admin@example.com', password: DEMO_PASSWORD }),
    });
    expect(r.status).toBe(201);
    return r.body.session_token as string;
  };
  return { base, call, login };
}

/** Sends the headers and the first chunk of a body that never ends; resolves with the response head. */
function unfinishedPost(port: number, p: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, 'localhost', () =>
      socket.write(
        `POST ${p} HTTP/1.1\r\nHost: localhost:${port}\r\nContent-Type: application/json\r\n` +
          `Transfer-Encoding: chunked\r\n\r\n5\r\n{"a":\r\n`,
      ),
    );
    socket.once('data', (d) => {
      resolve(d.toString());
      socket.destroy();
    });
    socket.once('error', reject);
  });
}

const reset = (dir: string) =>
  spawnSync(process.execPath, [path.join(root, 'scripts/mock-reset.mjs')], {
    cwd: root,
    env: cleanEnv({ MOCK_DATA_DIR: dir }),
    encoding: 'utf8',
    timeout: 20_000,
  });

describe('the mock server process', () => {
  it('keeps every acknowledged write through kill -9, and mock:reset resets the running server', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mock-process-'));
    const file = path.join(dir, 'db-default.json');
    const port = await freePort();
    const first = start(dir, port);
    await up(file, port, first.child);
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
    const { call, login } = client(port);

    // Hostile input first: tenants refused outside test runs; body limit; auth before the body.
    const tenant = await call('/api/v2/buildinfo', { headers: { 'x-mock-tenant': 'x' } });
    expect(tenant).toMatchObject({
      status: 400,
      body: { message: 'Mock tenants are not accepted by this server.' },
    });
    const big = await call('/api/v2/users/login', { method: 'POST', body: 'x'.repeat(2 * 1024 * 1024) });
    expect(big).toMatchObject({ status: 413, body: { message: 'Request body is too large.' } });
    // Chunked (no Content-Length), 2 MiB in 64 KiB pieces. Bounded: fetch goes on sending a request body
    // after the response has come, and an endless one kept this process allocating until the kernel killed it.
    let sent = 0;
    const chunked = new ReadableStream({
      pull: (c) => {
        if (sent >= 2 * 1024 * 1024) return c.close();
        sent += 64 * 1024;
        c.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    const streamed = await call('/api/v2/users/login', {
      method: 'POST',
      body: chunked,
      duplex: 'half',
    } as RequestInit);
    expect(streamed).toMatchObject({
      status: 413,
      body: { detail: expect.stringContaining('1048576 bytes') },
    });
    // A body that never completes: the 401 comes at once, without waiting for it (a raw socket, since
    // fetch only reports a response once its body is sent).
    expect(await unfinishedPost(port, '/api/v2/organizations')).toMatch(/^HTTP\/1.1 401 /);

    // N acknowledged writes (user creates, a share), then kill -9 right after the last answer.
    const token = await login();
    const org = (await call('/api/v2/organizations/default', { token })).body.id as string;
    // A memoized answer (the groups list, kept as bytes until the next change) is sent whole every time.
    const groups = [
      await call(`/api/v2/groups?organization=${org}`, { token }),
      await call(`/api/v2/groups?organization=${org}`, { token }),
    ];
    expect(groups[0]!.status).toBe(200);
    expect((groups[0]!.body as { name: string }[]).map((g) => g.name)).toContain('Everyone');
    expect(groups[1]!.body).toEqual(groups[0]!.body);
    const names = Array.from({ length: 24 }, (_, i) => `durable-${i}`);
    for (let i = 0; i < names.length; i += 8) {
      const batch = await Promise.all(
        names.slice(i, i + 8).map((username) =>
          call('/api/v2/users', {
            method: 'POST',
            token,
            body: JSON.stringify({
              username,
              email: `${username}@example.com`,
              password: 'Durable-Passw0rd!',
              organization_ids: [org],
            }),
          }),
        ),
      );
      expect(batch.map((r) => r.status)).toEqual(batch.map(() => 201));
    }
    const ws = (await call('/api/v2/workspaces?q=owner:alice', { token })).body.workspaces[0];
    const bob = (await call('/api/v2/users/bob', { token })).body.id as string;
    const share = await call(`/api/v2/workspaces/${ws.id}/acl`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ user_roles: { [bob]: 'use' } }),
    });
    expect(share.status).toBe(204);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = start(dir, port);
    await up(file, port, second.child);
    const admin = await login();
    const listed = await call('/api/v2/users?q=durable-&limit=0', { token: admin });
    expect(listed.body.users.map((u: { username: string }) => u.username).sort()).toEqual([...names].sort());
    const acl = await call(`/api/v2/workspaces/${ws.id}/acl`, { token: admin });
    expect(acl.body.users.map((u: { id: string }) => u.id)).toContain(bob);
    // The new user's password works after the restart (stored as a hash).
    const durable = await call('/api/v2/users/login', {
      method: 'POST',
      body: JSON.stringify({ email: 'durable-0@example.com', password: 'Durable-Passw0rd!' }),
    });
    expect(durable.status).toBe(201);
    expect(fs.readFileSync(file, 'utf8') + fs.readFileSync(`${file}.journal`, 'utf8')).not.toContain(
      'Durable-Passw0rd!',
    );

    // mock:reset finds this server through the lock file and resets it (not whatever listens on 5173).
    const r = reset(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Reset the mock server running on ${file}`);
    expect(r.stdout).toContain(`http://localhost:${port}`);
    const after = await call('/api/v2/users?q=durable-&limit=0', { token: await login() });
    expect(after.body.users).toEqual([]);

    second.child.kill('SIGKILL');
    await second.exited;
    // Stale lock (dead pid): nothing running, the files are deleted.
    const none = reset(dir);
    expect(none.stdout).toContain(`No mock server is running on ${file}`);
    expect(fs.readdirSync(dir)).toEqual([]);
  }, 60_000);

  it('refuses to start on a broken data file and leaves it untouched', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mock-broken-'));
    const file = path.join(dir, 'db-default.json');
    fs.writeFileSync(file, '{"users": [');
    const broken = start(dir, await freePort());
    expect(await broken.exited).not.toBe(0);
    expect(broken.output()).toContain(`Mock data file ${file} cannot be used: it is not valid JSON`);
    expect(broken.output()).toContain('npm run mock:reset');
    expect(fs.readFileSync(file, 'utf8')).toBe('{"users": [');
  }, 30_000);

  it('has no /__mock controls in real mode (CODER_URL)', async () => {
    const port = await freePort();
    const real = start(fs.mkdtempSync(path.join(os.tmpdir(), 'mock-real-')), port, {
      CODER_URL: 'http://127.0.0.1:9',
    });
    const { call } = client(port);
    const r = await until('the real-mode server', () =>
      call('/__mock/deployment', { method: 'POST', body: '{"premium":false}' }).catch(() => undefined),
    );
    // Not an endpoint there: whatever the static server answers for an unknown path, never the mock.
    expect(JSON.stringify(r.body)).not.toContain('premium');
    real.child.kill('SIGKILL');
    await real.exited;
  }, 30_000);
});
