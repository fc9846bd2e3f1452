// Proves the README's first command and real mode the way a person runs them (CI runs this after `npm test`):
// 1. `npm run dev` as the README says: the printed URL serves the app, /api/v2/buildinfo answers, a demo
//    account signs in;
// 2. real mode: `CODER_URL=<a mock-only Coder server> npm run dev -- --port N`: password sign-in through the
//    proxy and one write that succeeds (with Coder's CSRF rule enforced), and a forged write that does not.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const DEADLINE_MS = 120_000;
const results = [];
const children = [];

function start(cmd, args, env = {}) {
  const child = spawn(cmd, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  children.push(child);
  return { child, output: () => output };
}

/** Ends a started process group and waits (at most 10 s) until it has exited and written its files. */
function stop(child) {
  const exited = new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', resolve);
    setTimeout(resolve, 10_000);
  });
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  return exited;
}

async function waitFor(what, fn) {
  const until = Date.now() + DEADLINE_MS;
  for (;;) {
    const value = await fn().catch(() => undefined);
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The URL a Vite dev server printed ("Local: http://localhost:5173/"). */
const printedUrl = (proc) =>
  waitFor('the printed URL', async () => {
    // eslint-disable-next-line no-control-regex
    const plain = proc.output().replace(/\u001b\[[0-9;]*m/g, '');
    return /Local:\s+(http:\/\/\S+?)\/?\s/.exec(plain)?.[1];
  });

/** A browser-like client: keeps cookies, reads the CSRF token as the app does, sends it on writes. */
function client(base) {
  const jar = new Map();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const request = async (pathname, { method = 'GET', body, headers = {} } = {}) => {
    const res = await fetch(base + pathname, {
      method,
      redirect: 'manual',
      headers: {
        ...(jar.size ? { cookie: cookieHeader() } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      jar.set(pair.slice(0, i).trim(), pair.slice(i + 1));
    }
    return res;
  };
  const csrf = async () => {
    const html = await (await request('/coder-csrf')).text();
    const token = /property="csrf-token" content="([^"]+)"/.exec(html)?.[1];
    if (!token) throw new Error(`no csrf-token meta tag in /coder-csrf: ${html.slice(0, 200)}`);
    return token;
  };
  return { request, csrf, jar };
}

async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n      ${e instanceof Error ? e.message : e}`);
  }
}

function expect(cond, message) {
  if (!cond) throw new Error(message);
}

async function servesApp(base) {
  const res = await fetch(`${base}/`);
  const html = await res.text();
  expect(res.ok && html.includes('<div id="root">'), `GET / did not serve the app (${res.status})`);
  const info = await fetch(`${base}/api/v2/buildinfo`);
  expect(info.ok && typeof (await info.json()).version === 'string', `buildinfo answered ${info.status}`);
}

async function signIn(c, username) {
  const res = await c.request('/api/v2/users/login', {
    method: 'POST',
    body: { email: `${username}@example.com`, password: 'SomeSecurePassword!' },
    headers: { 'X-CSRF-TOKEN': await c.csrf() },
  });
  expect(res.status === 201, `login answered ${res.status}: ${await res.text()}`);
  expect(c.jar.has('coder_session_token'), 'no session cookie was set');
  const me = await c.request('/api/v2/users/me');
  const body = await me.json();
  expect(me.ok && body.username === username, `/users/me answered ${me.status}`);
}

async function main() {
  console.log("Smoke: the README's `npm run dev`");
  const dev = start('npm', ['run', 'dev']);
  let base;
  await check('npm run dev prints its URL', async () => {
    base = await printedUrl(dev);
  });
  if (base) {
    await check(`${base}/ serves the app and /api/v2/buildinfo answers`, () =>
      waitFor('the app', () => servesApp(base).then(() => true)),
    );
    await check('a demo account signs in (admin)', () => signIn(client(base), 'admin'));
    await check(
      'the development build offers TanStack Query Devtools (production never ships them)',
      async () => {
        const app = await (await fetch(`${base}/src/app/App.tsx`)).text();
        const dep = /["']([^"']*@tanstack_react-query-devtools[^"']*)["']/.exec(app)?.[1];
        expect(dep, 'App.tsx as served by the dev server does not import the devtools');
        const res = await fetch(new URL(dep, base));
        expect(
          res.ok && (await res.text()).includes('ReactQueryDevtools'),
          `the devtools module answered ${res.status}`,
        );
      },
    );
  } else console.log(dev.output().slice(-2000));
  await stop(dev.child);

  console.log('Smoke: real mode (CODER_URL) against a mock-only Coder server');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coder-mock-'));
  const coderPort = 7180 + Math.floor(Math.random() * 500);
  const coder = start('node', [
    'scripts/mock-server.mjs',
    '--port',
    String(coderPort),
    '--data-dir',
    dataDir,
  ]);
  const coderUrl = `http://127.0.0.1:${coderPort}`;
  await check('the mock-only Coder server answers and serves no dashboard', async () => {
    await waitFor('the mock Coder server', async () => (await fetch(`${coderUrl}/api/v2/buildinfo`)).ok);
    expect(!(await (await fetch(`${coderUrl}/`)).text()).includes('<div id="root">'), 'it serves the SPA');
  });
  const real = start('npm', ['run', 'dev', '--', '--port', String(coderPort + 1000)], {
    CODER_URL: coderUrl,
  });
  let proxied;
  await check('CODER_URL=… npm run dev prints its URL and serves the app through the proxy', async () => {
    proxied = await printedUrl(real);
    await waitFor('the app', () => servesApp(proxied).then(() => true));
  });
  if (proxied) {
    const c = client(proxied);
    await check('password sign-in through the proxy', () => signIn(c, 'admin'));
    await check('a write through the proxy succeeds (CSRF token from Coder’s page)', async () => {
      const res = await c.request('/api/v2/users/alice/status/suspend', {
        method: 'PUT',
        headers: { 'X-CSRF-TOKEN': await c.csrf() },
      });
      const body = await res.json();
      expect(res.status === 200 && body.status === 'suspended', `suspend answered ${res.status}`);
    });
    await check('a cookie-only write is refused by Coder’s CSRF check', async () => {
      const res = await c.request('/api/v2/users/bob/status/suspend', { method: 'PUT' });
      expect(res.status === 400 && /CSRF token/.test(await res.text()), `answered ${res.status}`);
    });
  } else console.log(real.output().slice(-2000));
  await stop(real.child);
  await stop(coder.child);
  fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });

  const failed = results.filter((r) => !r.ok).length;
  console.log(`smoke: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => children.forEach(stop));
main().catch((e) => {
  console.error(e);
  children.forEach(stop);
  process.exit(1);
});
