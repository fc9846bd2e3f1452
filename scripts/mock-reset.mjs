// Restores the mock seed: removes the persisted data files and asks a running dev server to reset.
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve(process.env.MOCK_DATA_DIR ?? '.mock-data');
fs.rmSync(dir, { recursive: true, force: true });
const port = process.env.PORT ?? '5173';
try {
  const res = await fetch(`http://localhost:${port}/__mock/reset`, { method: 'POST' });
  if (res.ok) console.log(`The running dev server on port ${port} was reset.`);
} catch {
  // no dev server running: the next `npm run dev` starts from the seed
}
console.log(`Mock data reset (${dir} removed).`);
