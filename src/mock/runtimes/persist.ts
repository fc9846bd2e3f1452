/** Node-only persistence for the primary mock database: JSON file, atomic writes (temp file + rename). */
import fs from 'node:fs';
import path from 'node:path';
import { Db, type Tables } from '../db';

export function persistentDb(file: string, seed: () => Tables): { db: Db; flush: () => void } {
  let initial: Tables | undefined;
  try {
    initial = JSON.parse(fs.readFileSync(file, 'utf8')) as Tables;
  } catch {
    initial = undefined; // first run or unreadable file: start from the seed
  }
  const db = new Db(seed, initial);
  let timer: NodeJS.Timeout | undefined;
  const write = () => {
    timer = undefined;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(db.data));
    fs.renameSync(tmp, file);
  };
  db.onChange = () => {
    timer ??= setTimeout(write, 150);
  };
  const flush = () => {
    if (timer) {
      clearTimeout(timer);
      write();
    }
  };
  if (!initial) write();
  process.once('exit', flush);
  return { db, flush };
}

export const dataFile = (dir: string, scale: string) => path.join(dir, `db-${scale}.json`);
