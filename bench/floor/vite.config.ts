/** Builds the floor page (bench/floor/main.tsx) into <outDir>/floor for `npm run bench`: see bench/bench.mjs. */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/floor/',
  plugins: [react()],
  logLevel: 'warn',
  build: { emptyOutDir: true },
});
