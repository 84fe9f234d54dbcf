import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  main: {
    build: {
      // zod is bundled (only what is used, one file), not loaded from node_modules: loading
      // the whole package costs about 35 ms, which `samsyn info` would otherwise spend.
      externalizeDeps: { exclude: ['zod', 'better-sqlite3'] },
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          cli: resolve(__dirname, 'electron/cli/index.ts'),
        },
        // `samsyn info` and `check` load the entry, rolldown's runtime and one chunk holding what
        // reading a workbook needs (each file Node loads costs about half a millisecond), and no zod.
        output: {
          codeSplitting: {
            groups: [
              {
                name: 'workbook',
                test: /electron[\\/](cli[\\/]workbookCommands|core[\\/]paths)/,
                priority: 1,
              },
              { name: 'zod', test: /node_modules[\\/]zod/ },
            ],
          },
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron': bundle everything else.
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: { alias: { '@shared': resolve(__dirname, 'electron/shared') } },
    plugins: [vue()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
