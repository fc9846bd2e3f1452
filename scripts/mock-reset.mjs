// `npm run mock:reset`: restores the mock seed for the data in MOCK_DATA_DIR (default .mock-data).
// A server running on a data file (found through the lock file it keeps next to it: pid, port, instance)
// is asked to reset itself, so it does not write its old state back; files no server uses are deleted.
// It never guesses a port.
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve(process.env.MOCK_DATA_DIR ?? '.mock-data');
const files = fs.existsSync(dir)
  ? [
      ...new Set(
        fs
          .readdirSync(dir)
          .map((f) => /^(db-[\w-]+\.json)(\.|$)/.exec(f)?.[1])
          .filter(Boolean),
      ),
    ]
  : [];
if (!files.length) {
  console.log(`No mock data in ${dir}: nothing to reset (the next server starts from the seed).`);
  process.exit(0);
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
};
const readLock = (file) => {
  try {
    return JSON.parse(fs.readFileSync(`${file}.lock`, 'utf8'));
  } catch {
    return undefined;
  }
};

let failed = false;
for (const name of files) {
  const file = path.join(dir, name);
  const lock = readLock(file);
  if (lock && alive(lock.pid)) {
    if (!lock.port) {
      console.error(`A mock server (pid ${lock.pid}) is starting on ${file}; run this again once it is up.`);
      failed = true;
      continue;
    }
    const url = `http://localhost:${lock.port}`;
    try {
      const res = await fetch(`${url}/__mock/reset`, {
        method: 'POST',
        headers: { 'x-mock-instance': lock.instance },
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`it answered ${res.status} ${await res.text()}`);
      console.log(`Reset the mock server running on ${file} (pid ${lock.pid}, ${url}) to the seed.`);
    } catch (e) {
      console.error(`Could not reset the mock server on ${file} (pid ${lock.pid}, ${url}): ${e.message}`);
      failed = true;
    }
    continue;
  }
  for (const f of fs.readdirSync(dir).filter((f) => f.startsWith(name)))
    fs.rmSync(path.join(dir, f), { force: true });
  console.log(`No mock server is running on ${file}: deleted it, the next server starts from the seed.`);
}
process.exit(failed ? 1 : 0);
