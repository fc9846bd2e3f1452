/**
 * Node-only persistence for the primary mock database, so that a write answered 2xx survives a crash:
 * - `db-<scale>.json`: a snapshot (written to a temp file, fsynced, renamed over the old one);
 * - `db-<scale>.json.journal`: one line per change (the rows it upserted or deleted), appended
 *   synchronously before the response leaves; replayed onto the snapshot at start;
 * - the journal is folded into a new snapshot 10 s after a change, when it grows past 8 MB, on reset and
 *   at exit, so a write costs one small append, never a rewrite of a multi-MB file;
 * - `db-<scale>.json.lock`: the server using the file (pid, port), for `npm run mock:reset` and so that two
 *   servers never share one file. Files are created with mode 0600 (they hold password hashes).
 * A file that cannot be read as the mock's tables is left untouched and the server refuses to start.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Db, type Tables } from '../db';
import { replay, RowCache, type Entry } from './journal';
import { shapeProblem } from './shape';

const COMPACT_AFTER_MS = 10_000;
const COMPACT_AT_BYTES = 8 * 1024 * 1024;

export const dataFile = (dir: string, scale: string) => path.join(dir, `db-${scale}.json`);
export const journalFile = (file: string) => `${file}.journal`;
export const lockFile = (file: string) => `${file}.lock`;

export type Lock = { pid: number; port: number | null; instance: string };

/** A data file the server must not use: the message says which, what is wrong and how to reset. */
export class DataFileError extends Error {
  constructor(file: string, problem: string, hint = true) {
    const msg =
      `Mock data file ${file} cannot be used: ${problem}.` +
      (hint
        ? `\nThe file was left as it is. Keep a copy if its data matters, then run \`npm run mock:reset\`` +
          ` to start from the seed (it deletes the data files), or point MOCK_DATA_DIR elsewhere.`
        : '');
    super(msg);
    this.name = 'DataFileError';
    this.stack = msg; // Vite prints the stack: the message is all a user needs
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readLock(file: string): Lock | undefined {
  try {
    return JSON.parse(fs.readFileSync(lockFile(file), 'utf8')) as Lock;
  } catch {
    return undefined;
  }
}

function load(file: string): Tables | undefined {
  const journal = journalFile(file);
  if (!fs.existsSync(file)) {
    if (fs.existsSync(journal))
      throw new DataFileError(file, `it is missing while its journal ${journal} exists`);
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new DataFileError(
      file,
      `it is not valid JSON, it may have been cut short (${(e as Error).message})`,
    );
  }
  const problem = shapeProblem(data);
  if (problem) throw new DataFileError(file, problem);
  if (!fs.existsSync(journal)) return data as Tables;
  const text = fs.readFileSync(journal, 'utf8');
  const lines = text.split('\n');
  lines.pop(); // the part after the last newline: empty, or a write cut short by a crash (never acknowledged)
  const entries: Entry[] = [];
  try {
    lines.forEach((line, i) => {
      try {
        entries.push(...(JSON.parse(line) as Entry[]));
      } catch {
        throw new Error(`line ${i + 1} of ${journal} is not valid JSON`);
      }
    });
    replay(data as Record<string, unknown>, entries);
  } catch (e) {
    throw new DataFileError(file, `its journal cannot be applied: ${(e as Error).message}`);
  }
  const after = shapeProblem(data);
  if (after) throw new DataFileError(file, `after applying its journal ${journal}, ${after}`);
  return data as Tables;
}

function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

export type Store = {
  db: Db;
  file: string;
  instance: string;
  /** Records the port the server listens on in the lock file (for `npm run mock:reset`). */
  listening: (port: number) => void;
  /** Folds the journal into the snapshot, releases the lock. */
  close: () => void;
};

export function openStore(file: string, seed: () => Tables): Store {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const held = readLock(file);
  if (held && held.pid !== process.pid && isAlive(held.pid)) {
    const where = held.port ? ` on http://localhost:${held.port}` : '';
    throw new DataFileError(
      file,
      `another mock server (pid ${held.pid}${where}) is using it. Stop that server first, or set MOCK_DATA_DIR to another directory`,
      false,
    );
  }
  const initial = load(file); // throws, touching nothing, when the file is unusable
  const lock: Lock = { pid: process.pid, port: null, instance: randomUUID() };
  const writeLock = () => writeAtomically(lockFile(file), JSON.stringify(lock));
  writeLock();

  const db = new Db(seed, initial);
  const now = Date.now();
  db.data.sessions = db.data.sessions.filter((x) => Date.parse(x.expires_at) >= now); // expired: pruned
  const cache = new RowCache();
  const journal = fs.openSync(journalFile(file), 'a', 0o600);
  let pending = 0;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const compact = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    writeAtomically(file, cache.snapshot(db.data));
    fs.ftruncateSync(journal, 0);
    pending = 0;
  };
  compact(); // the seed on first run, else the snapshot with its journal folded in

  db.onChange = (_db, hint) => {
    if (closed) return;
    if (hint === 'all') return compact();
    const entries = cache.diff(db.data, hint);
    if (!entries.length) return;
    const line = `${JSON.stringify(entries)}\n`;
    fs.writeSync(journal, line); // synchronous: on disk (page cache) before the response is sent
    pending += line.length;
    if (pending > COMPACT_AT_BYTES) compact();
    else timer ??= setTimeout(compact, COMPACT_AFTER_MS).unref();
  };

  const close = () => {
    if (closed) return;
    // After a Vite restart in this process a new store owns the files: leave them to it.
    const owner = readLock(file)?.instance === lock.instance;
    if (pending && owner) compact();
    closed = true;
    if (timer) clearTimeout(timer);
    fs.closeSync(journal);
    if (owner) fs.rmSync(lockFile(file), { force: true });
    process.off('exit', close);
  };
  process.on('exit', close);

  return {
    db,
    file,
    instance: lock.instance,
    listening: (port) => {
      lock.port = port;
      writeLock();
    },
    close,
  };
}
