// `npm run mock:server [-- --port 7080] [--scale large] [--data-dir DIR]`: the mock Coder server alone (no
// dashboard), for trying real mode: `CODER_URL=http://127.0.0.1:7080 npm run dev`. Loaded through Vite's
// public module runner (`runnerImport`), so its TypeScript runs as it is.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '7080' },
    host: { type: 'string', default: '127.0.0.1' },
    scale: { type: 'string', default: 'default' },
    'data-dir': { type: 'string', default: '.mock-data/standalone' },
  },
});
const { module } = await runnerImport('./src/mock/runtimes/standalone.ts', {
  configFile: false,
  logLevel: 'error',
});
const server = await module.startMockCoder({
  port: Number(values.port),
  host: values.host,
  scale: values.scale === 'large' ? 'large' : 'default',
  dataDir: path.resolve(values['data-dir']),
});
const address = server.address();
console.log(
  `Mock Coder server listening on http://${values.host}:${typeof address === 'object' ? address?.port : values.port}`,
);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
