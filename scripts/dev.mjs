// `npm run dev [-- --scale large] [vite options]`: Vite rejects unknown flags, so `--scale` becomes MOCK_SCALE.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const env = { ...process.env };
const i = args.indexOf('--scale');
if (i > -1) {
  env.MOCK_SCALE = args[i + 1] ?? 'default';
  args.splice(i, 2);
}
const vite = createRequire(import.meta.url).resolve('vite/bin/vite.js');
const child = spawn(process.execPath, [vite, '--configLoader', 'runner', ...args], { stdio: 'inherit', env });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
