/** The data file, its journal and lock (issue 14: durability, secrets at rest). Real files in a temp dir. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../lib/demoAccounts';
import { createSeed } from '../seed';
import { DEMO_PASSWORD_HASH, hashToken } from '../secrets';
import { journalFile, lockFile, openStore, type Store } from './persist';

const seed = () => createSeed();
const stores: Store[] = [];
const open = (file: string) => {
  const s = openStore(file, seed);
  stores.push(s);
  return s;
};
afterEach(() => stores.splice(0).forEach((s) => s.close()));
const tempFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mock-persist-')), 'db-default.json');
const mode = (f: string) => fs.statSync(f).mode & 0o777;

describe('persistent store', () => {
  it('creates the file from the seed with mode 0600 and journals each change before returning', () => {
    const file = tempFile();
    const { db } = open(file);
    expect(mode(file)).toBe(0o600);
    expect(mode(journalFile(file))).toBe(0o600);
    expect(fs.statSync(journalFile(file)).size).toBe(0);
    db.userByUsername('alice')!.name = 'Alice Journaled';
    db.changed();
    const lines = fs.readFileSync(journalFile(file), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual([
      {
        t: 'users',
        k: db.userByUsername('alice')!.id,
        v: expect.objectContaining({ name: 'Alice Journaled' }),
      },
    ]);
  });

  it('replays the journal when the process died without folding it in (as after kill -9)', () => {
    const file = tempFile();
    const first = open(file);
    first.db.userByUsername('alice')!.name = 'Alice Survives';
    first.db.changed();
    first.db.data.organizations = first.db.data.organizations.filter((o) => o.name !== 'platform');
    first.db.changed();
    first.db.data.deployment.premium = false;
    first.db.touched();
    // A crash cut the next write short: a partial line, never acknowledged.
    fs.appendFileSync(journalFile(file), '[{"t":"users","k":"x","v":{"na');
    const snapshot = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(snapshot.users.find((u: { username: string }) => u.username === 'alice').name).not.toBe(
      'Alice Survives',
    );

    const second = open(file);
    expect(second.db.userByUsername('alice')!.name).toBe('Alice Survives');
    expect(second.db.org('platform')).toBeUndefined();
    expect(second.db.data.deployment.premium).toBe(false);
    // Folded into the snapshot at start; the journal starts empty.
    expect(fs.statSync(journalFile(file)).size).toBe(0);
  });

  it('with a hint, journals the hinted rows and rows added or removed in that table only', () => {
    const file = tempFile();
    const { db } = open(file);
    const [a, b] = db.data.workspaces;
    a!.name = 'hinted';
    b!.name = 'not-hinted';
    db.data.workspaces = db.data.workspaces.filter((w) => w !== db.data.workspaces[2]);
    db.changed({ workspaces: [a!] });
    const entries = JSON.parse(fs.readFileSync(journalFile(file), 'utf8'));
    expect(entries.map((e: { k: string; d?: 1 }) => [e.k, e.d ?? 0])).toEqual([
      [a!.id, 0],
      [createSeed().workspaces[2]!.id, 1],
    ]);
  });

  it('with a hint, still finds rows pushed to a hinted table, and skips other tables', () => {
    const file = tempFile();
    const { db } = open(file);
    const alice = db.userByUsername('alice')!;
    db.data.users.push({ ...alice, id: 'new-user', username: 'newbie' });
    db.data.members.push({ ...db.data.members[0]!, user_id: 'new-user' });
    db.data.groups[0]!.name = 'not hinted, not journaled';
    db.changed({ users: [], members: [] });
    const entries = JSON.parse(fs.readFileSync(journalFile(file), 'utf8'));
    expect(entries.map((e: { t: string; k: string }) => `${e.t}:${e.k}`)).toEqual([
      'users:new-user',
      `members:${db.data.members[0]!.organization_id}/new-user`,
    ]);
  });

  it('reset folds into a fresh seed at once', () => {
    const file = tempFile();
    const { db } = open(file);
    db.userByUsername('bob')!.name = 'Changed';
    db.changed();
    db.reset();
    expect(fs.statSync(journalFile(file)).size).toBe(0);
    const onDisk = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(onDisk.users.find((u: { username: string }) => u.username === 'bob').name).not.toBe('Changed');
  });

  it.each([
    ['a truncated file', (t: string) => t.slice(0, 500), /is not valid JSON, it may have been cut short/],
    ['valid JSON of the wrong shape', () => '{}', /the "users" table is missing/],
    [
      'a row of the wrong type',
      (t: string) => t.replace(/"id":"[^"]+"/, '"id":7'),
      /users\[0\]\.id should be a string but is number/,
    ],
  ])(
    'refuses %s: names the file, says what is wrong and how to reset, leaves it untouched',
    (_, damage, problem) => {
      const file = tempFile();
      open(file).close();
      const broken = damage(fs.readFileSync(file, 'utf8'));
      fs.writeFileSync(file, broken);
      expect(() => openStore(file, seed)).toThrow(problem);
      expect(() => openStore(file, seed)).toThrow(`Mock data file ${file} cannot be used`);
      expect(() => openStore(file, seed)).toThrow('npm run mock:reset');
      expect(fs.readFileSync(file, 'utf8')).toBe(broken);
      expect(fs.existsSync(lockFile(file))).toBe(false);
    },
  );

  it('refuses a file another live server holds, and takes over a stale lock', () => {
    const file = tempFile();
    open(file).close();
    fs.writeFileSync(lockFile(file), JSON.stringify({ pid: process.ppid, port: 5999, instance: 'x' }));
    expect(() => openStore(file, seed)).toThrow(/another mock server \(pid \d+ on http:\/\/localhost:5999\)/);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    fs.writeFileSync(lockFile(file), JSON.stringify({ pid: dead, port: 5999, instance: 'x' }));
    const store = open(file);
    expect(JSON.parse(fs.readFileSync(lockFile(file), 'utf8'))).toMatchObject({
      pid: process.pid,
      port: null,
    });
    store.listening(5212);
    expect(JSON.parse(fs.readFileSync(lockFile(file), 'utf8')).port).toBe(5212);
    store.close();
    expect(fs.existsSync(lockFile(file))).toBe(false);
  });

  it('upgrades a file with plain-text secrets to hashes and prunes expired sessions', () => {
    const file = tempFile();
    open(file).close();
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    const alice = data.users.find((u: { username: string }) => u.username === 'alice');
    delete alice.hashed_password;
    alice.password = DEMO_PASSWORD;
    const expired = {
      token_hash: 'old',
      user_id: alice.id,
      created_at: '',
      expires_at: '2000-01-01T00:00:00Z',
    };
    data.sessions = [
      expired,
      { token: 'abc-def', user_id: alice.id, created_at: '', expires_at: '2999-01-01T00:00:00Z' },
    ];
    fs.writeFileSync(file, JSON.stringify(data));
    const { db } = open(file);
    expect(db.userByUsername('alice')!.hashed_password).toBe(DEMO_PASSWORD_HASH);
    expect(db.session('abc-def')?.token_hash).toBe(hashToken('abc-def'));
    expect(db.data.sessions).toHaveLength(1); // the expired one is pruned at load
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain(DEMO_PASSWORD);
    expect(text).not.toContain('abc-def');
  });
});
