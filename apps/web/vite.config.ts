import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** Where the dev server sends API traffic; LIBLAB_API_URL=http://localhost:3100 when 3000 is taken. */
const apiUrl = process.env.LIBLAB_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: fromHere('.'),
  plugins: [react()],
  resolve: {
    alias: {
      '@liblab/web-graphql': fromHere('../../libs/web/graphql/src/index.ts'),
      '@liblab/web-ui': fromHere('../../libs/web/ui/src/index.ts'),
      // The web reads the shared constants from source, so it needs no `tsc -b` of the domain lib.
      '@liblab/domain': fromHere('../../libs/shared/domain/src/index.ts'),
    },
  },
  build: {
    outDir: fromHere('../../dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 700,
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/graphql': { target: apiUrl, ws: true },
      '/health': { target: apiUrl },
      '/metrics': { target: apiUrl },
      '/calendar': { target: apiUrl },
    },
  },
  preview: {
    port: 4300,
    proxy: {
      '/graphql': { target: apiUrl, ws: true },
      '/health': { target: apiUrl },
      '/calendar': { target: apiUrl },
    },
  },
});
