// `npm run build:demo [-- --outDir DIR]`: the static demo (mock Coder server in the browser's service worker),
// through Vite's public API. Deploy the output folder to any static host that serves index.html for
// unknown paths (SPA fallback); `node scripts/serve-static.mjs DIR` is such a host.
import { parseArgs } from 'node:util';
import { build } from 'vite';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist-demo' } } });
process.env.DEMO = '1';
delete process.env.CODER_URL;
await build({
  configLoader: 'runner',
  build: { outDir: values.outDir, emptyOutDir: true },
  logLevel: 'warn',
});
console.log(`Static demo written to ${values.outDir}/`);
