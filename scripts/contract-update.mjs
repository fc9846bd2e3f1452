// `npm run contract:update -- <path to Coder's swagger.json> [--commit <sha>]`: remakes the repository's pinned
// extract of Coder's OpenAPI document, contract/coder-openapi.json (the paths the client calls, the ones the
// known differences name, and every definition they reach), recording the upstream commit and checksums.
// The commit is read from a DIGEST.md beside the document when --commit is not given. Loaded through Vite's
// public module runner (`runnerImport`), so contract/pin.ts runs as it is.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const { values, positionals } = parseArgs({
  options: { commit: { type: 'string' } },
  allowPositionals: true,
});
const source = positionals[0];
if (!source) {
  console.error('Usage: npm run contract:update -- <path to swagger.json> [--commit <upstream commit>]');
  process.exit(2);
}
const file = path.resolve(source);
if (!fs.existsSync(file)) {
  console.error(`No such file: ${file}`);
  process.exit(2);
}
const { module: pin } = await runnerImport('./contract/pin.ts', { configFile: false, logLevel: 'error' });
const commit = values.commit ?? pin.commitBeside(file);
if (!commit) {
  console.error(`No upstream commit given and no DIGEST.md beside ${file} names one: pass --commit <sha>.`);
  process.exit(2);
}
try {
  const doc = pin.makePinned(fs.readFileSync(file, 'utf8'), commit);
  pin.writePinned(doc);
  const info = doc['x-pinned'];
  console.log(
    `Wrote contract/coder-openapi.json: ${info.operations} operations, ${info.definitions} definitions ` +
      `from ${commit.slice(0, 12)} (sha256 ${info.sha256.slice(0, 12)}).`,
  );
} catch (e) {
  console.error(`Cannot pin ${file}: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
