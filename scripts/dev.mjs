// `npm run dev [-- --scale large] [--port N] [--strictPort] [--host [addr]] [--open]`: the dev server through Vite's
// public JavaScript API (`createServer` from 'vite'), never through a file inside the package that its
// `exports` do not offer. `--scale` becomes MOCK_SCALE, which vite.config.ts reads.
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    scale: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    open: { type: 'boolean' },
    strictPort: { type: 'boolean' },
  },
  strict: false, // other Vite CLI flags are ignored rather than refused
});
if (values.scale) process.env.MOCK_SCALE = values.scale;
if (values.port !== undefined && !/^\d+$/.test(values.port)) {
  console.error(`--port expects a number, got "${values.port}".`);
  process.exit(2);
}

const { createServer } = await import('vite');
const server = await createServer({
  configLoader: 'runner',
  server: {
    ...(values.port ? { port: Number(values.port) } : {}),
    ...(values.host !== undefined ? { host: values.host || true } : {}),
    ...(values.open ? { open: true } : {}),
    ...(values.strictPort ? { strictPort: true } : {}),
  },
}).catch((e) => {
  // An unusable mock data file (src/mock/runtimes/persist.ts): its message is all a user needs.
  if (e?.name !== 'DataFileError') throw e;
  console.error(e.message);
  process.exit(1);
});
await server.listen();
server.printUrls();
server.bindCLIShortcuts({ print: true });

const stop = async () => {
  await server.close();
  process.exit(0);
};
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => void stop());
