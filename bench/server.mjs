// The mock server under load (issue 14): at the large seed, a fixed mix of 2,000 requests (users and
// workspaces searches, authcheck, ACL patches) at 50 concurrent, then each list endpoint alone for its mock
// time (Server-Timing). Traffic stays on 127.0.0.1, bounded in count and in time (30 s per request).
// Alone: `npm run bench -- --server-only` (starts `vite` on the large seed, no build, no browser).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const TOTAL = 2000;
const CONCURRENCY = 50;
const REQUEST_TIMEOUT_MS = 30_000;
const PASSWORD = 'SomeSecurePassword!';

export const serverBudgets = [
  { figure: 'load: errors', max: 0, stat: 'value' },
  { figure: 'load: latency (ms)', max: 1000, stat: 'p99' },
  { figure: 'list endpoint mock time (ms)', max: 10, stat: 'max' },
];

export function quantile(xs, q) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}

/** `vite` (dev) with the mock on the large seed, in memory only; resolves when the API answers. */
export async function startMockServer(port) {
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [
    vite,
    '--configLoader',
    'runner',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, MOCK_SCALE: 'large', MOCK_PERSIST: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/v2/buildinfo`)).ok) return { child, base };
    } catch {
      /* not up yet */
    }
    await new Promise((res) => setTimeout(res, 500));
  }
  child.kill();
  throw new Error('mock server did not start');
}

/**
 * The bench's client: node:http over keep-alive sockets (one per concurrent request), the lightest client
 * Node has. It shares the 2 cores with the server, and `fetch` (undici) cost about twice the CPU per
 * request here, which showed up as a client-made tail (p99 ~0.9 s with the server's own time at 1-2 ms).
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY + 8 });

function api(base, token, pathname, init = {}) {
  const headers = { 'content-type': 'application/json' };
  // Header authentication only (no cookie): what a script or CLI does, exempt from CSRF as on Coder.
  if (token) headers['coder-session-token'] = token;
  const body = init.body === undefined ? undefined : JSON.stringify(init.body);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      new URL(base + pathname),
      { method: init.method ?? 'GET', headers, agent, timeout: REQUEST_TIMEOUT_MS },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const ms = performance.now() - started;
          const mock = Number(/mock;dur=([\d.]+)/.exec(res.headers['server-timing'] ?? '')?.[1]);
          try {
            resolve({ status: res.statusCode, ms, mock, body: text ? JSON.parse(text) : undefined });
          } catch (e) {
            reject(e);
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

async function login(base, username) {
  const r = await api(base, undefined, '/api/v2/users/login', {
    method: 'POST',
    body: { email: `${username}@example.com`, password: PASSWORD },
  });
  if (r.status !== 201) throw new Error(`login ${username}: ${r.status}`);
  return r.body.session_token;
}

const SITE_CHECKS = Object.fromEntries(
  [
    ['user', 'read'],
    ['user', 'create'],
    ['user', 'update'],
    ['assign_role', 'assign'],
    ['organization', 'create'],
    ['group', 'read'],
    ['workspace', 'read'],
    ['deployment_config', 'read'],
  ].map(([resource_type, action]) => [`${resource_type}:${action}`, { object: { resource_type }, action }]),
);

const USER_QUERIES = [
  '',
  'status:active',
  'status:dormant',
  'login_type:password',
  'role:owner',
  'a',
  'zz',
  'service_account:true',
];
const WORKSPACE_QUERIES = [
  '',
  'owner:me',
  'status:running',
  'shared:true',
  'outdated:true',
  'dev',
  'template:docker',
  'shared_with_group:coder/sre-oncall',
];

/** The list requests, each alone: the mock time one request costs at this scale. */
function listRequests(ctx) {
  const { admin, orgadmin, orgId, groupId } = ctx;
  const enc = encodeURIComponent;
  return [
    ...USER_QUERIES.map((q) => [admin, `/api/v2/users?q=${enc(q)}&limit=25`]),
    [orgadmin, '/api/v2/users?limit=25'],
    [admin, '/api/v2/users?limit=25&offset=9000'],
    ...WORKSPACE_QUERIES.map((q) => [admin, `/api/v2/workspaces?q=${enc(q)}&limit=25`]),
    [ctx.member, '/api/v2/workspaces?q=&limit=25'],
    [admin, `/api/v2/organizations/${orgId}/paginated-members?limit=25`],
    [admin, `/api/v2/organizations/${orgId}/paginated-members?q=status:active&limit=25&offset=500`],
    [admin, `/api/v2/groups/${groupId}/members?limit=25`],
    [admin, `/api/v2/groups?organization=${orgId}`],
    [admin, '/api/v2/organizations'],
    [admin, '/api/v2/templates'],
  ];
}

/** Request `i` of the load mix (deterministic): 35 % users, 35 % workspaces, 20 % authcheck, 10 % ACL patches. */
function mixRequest(ctx, i) {
  const slot = i % 20;
  const enc = encodeURIComponent;
  if (slot < 7) {
    const q = USER_QUERIES[i % USER_QUERIES.length];
    const token = i % 3 === 0 ? ctx.orgadmin : ctx.admin;
    return ['users', token, `/api/v2/users?q=${enc(q)}&limit=25&offset=${(i * 25) % 500}`];
  }
  if (slot < 14) {
    const q = WORKSPACE_QUERIES[i % WORKSPACE_QUERIES.length];
    const token = i % 4 === 0 ? ctx.member : ctx.admin;
    return ['workspaces', token, `/api/v2/workspaces?q=${enc(q)}&limit=25&offset=${(i * 25) % 200}`];
  }
  if (slot < 18)
    return ['authcheck', ctx.member, '/api/v2/authcheck', { method: 'POST', body: { checks: SITE_CHECKS } }];
  const ws = ctx.sharedWorkspaces[i % ctx.sharedWorkspaces.length];
  const role = i % 40 < 20 ? 'use' : '';
  const body = { user_roles: { [ctx.shareeId]: role } };
  return ['acl', ctx.admin, `/api/v2/workspaces/${ws}/acl`, { method: 'PATCH', body }];
}

async function context(base) {
  const [admin, member, orgadmin] = [
    await login(base, 'admin'),
    await login(base, 'member'),
    await login(base, 'orgadmin'),
  ];
  const org = (await api(base, admin, '/api/v2/organizations/default')).body;
  const groups = (await api(base, admin, `/api/v2/groups?organization=${org.id}`)).body;
  const biggest = groups
    .filter((g) => g.id !== org.id)
    .sort((a, b) => b.total_member_count - a.total_member_count)[0];
  const shared = (await api(base, admin, '/api/v2/workspaces?q=shared:true&limit=20')).body.workspaces;
  const sharee = (await api(base, admin, '/api/v2/users/carol')).body;
  return {
    admin,
    member,
    orgadmin,
    orgId: org.id,
    groupId: biggest.id,
    sharedWorkspaces: shared.map((w) => w.id),
    shareeId: sharee.id,
  };
}

/** CPU time (user + system, ms) the server process has used so far, from /proc (Linux); NaN elsewhere. */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in 100 Hz ticks
  } catch {
    return NaN;
  }
}

/**
 * Runs the list pass and the load mix against `base` (the server process `pid`, for its CPU time);
 * returns rows for the bench report.
 */
export async function serverBench(base, pid) {
  const ctx = await context(base);
  const rows = [];
  // Each list endpoint alone, best of three passes after a warm-up: its own cost, not time spent waiting
  // for the CPU (other processes) or for other requests.
  const lists = listRequests(ctx);
  for (const [token, p] of lists) await api(base, token, p);
  const perList = lists.map(([, p]) => ({ path: p, mock: Infinity, status: 200 }));
  for (let pass = 0; pass < 3; pass++) {
    for (const [i, [token, p]] of lists.entries()) {
      const r = await api(base, token, p);
      perList[i].mock = Math.min(perList[i].mock, r.mock);
      if (r.status !== 200) perList[i].status = r.status;
    }
  }
  const slowest = [...perList].sort((a, b) => b.mock - a.mock);
  rows.push({
    figure: 'list endpoint mock time (ms)',
    median: quantile(
      perList.map((x) => x.mock),
      0.5,
    ),
    p95: quantile(
      perList.map((x) => x.mock),
      0.95,
    ),
    max: slowest[0].mock,
    runs: perList.length,
    note: slowest.slice(0, 3).map((x) => `${x.path} ${x.mock.toFixed(1)} ms`),
  });
  const badLists = perList.filter((x) => x.status !== 200);
  // The load mix, over 50 keep-alive connections opened first (as a proxy or a pool of clients holds
  // them): opening 50 sockets at once on a busy 2-core machine took seconds before the first requests
  // reached the server, a cost of the client and the kernel that the server never saw (measured: no
  // request took over 300 ms from its arrival to its answer).
  await Promise.all(Array.from({ length: CONCURRENCY }, () => api(base, undefined, '/api/v2/buildinfo')));
  const results = [];
  let next = 0;
  const started = performance.now();
  const cpuBefore = cpuMs(pid);
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < TOTAL) {
        const [kind, token, p, init] = mixRequest(ctx, next++);
        try {
          const r = await api(base, token, p, init);
          results.push({
            kind,
            ms: r.ms,
            mock: r.mock,
            ok: r.status < 400,
            error: `${kind}: HTTP ${r.status}`,
          });
        } catch (e) {
          results.push({ kind, ms: NaN, mock: NaN, ok: false, error: `${kind}: ${e.message}` });
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuPerRequest = (cpuMs(pid) - cpuBefore) / TOTAL;
  const ms = results.map((r) => r.ms);
  const errors = results.filter((r) => !r.ok).length + badLists.length;
  const kinds = [...new Set(results.filter((r) => !r.ok).map((r) => r.error))].slice(0, 3);
  rows.push({
    figure: 'load: errors',
    value: errors,
    note: [
      `${TOTAL} requests at ${CONCURRENCY} concurrent`,
      `load average ${os.loadavg()[0].toFixed(1)}`,
      ...kinds,
    ],
  });
  rows.push({
    figure: 'load: latency (ms)',
    median: quantile(ms, 0.5),
    p95: quantile(ms, 0.95),
    p99: quantile(ms, 0.99),
    max: Math.max(...ms.filter(Number.isFinite)),
    runs: results.length,
  });
  rows.push({ figure: 'load: throughput (req/s)', value: results.length / seconds });
  rows.push({
    figure: 'load: server CPU per request (ms)',
    value: cpuPerRequest,
    note: ['whole server process (HTTP, routing, handler, JSON), whatever else runs on the machine'],
  });
  for (const kind of ['users', 'workspaces', 'authcheck', 'acl']) {
    const of = results.filter((r) => r.kind === kind);
    rows.push({
      figure: `load: ${kind} latency (ms)`,
      median: quantile(
        of.map((r) => r.ms),
        0.5,
      ),
      p95: quantile(
        of.map((r) => r.ms),
        0.95,
      ),
      p99: quantile(
        of.map((r) => r.ms),
        0.99,
      ),
      runs: of.length,
    });
  }
  return rows;
}

/** `npm run bench -- --server-only`: this section alone, on its own server (no build, no browser). */
export async function serverOnly(port) {
  const { child, base } = await startMockServer(port);
  try {
    return await serverBench(base, child.pid);
  } finally {
    child.kill();
  }
}
