import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The crash tests kill a child process that runs the real core: bundle it once for plain Node. */
async function buildAutosaveChild() {
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      ssr: fileURLToPath(new URL('../helpers/autosaveChild.ts', import.meta.url)),
      outDir: fileURLToPath(new URL('../../test-output/bin', import.meta.url)),
      emptyOutDir: true,
      rollupOptions: {
        external: ['better-sqlite3', 'pdfkit', 'zod'],
        output: { format: 'cjs', entryFileNames: 'autosave-child.cjs' },
      },
    },
  });
}

// The e2e tests drive the built renderer and the CLI tests run the built CLI:
// build once before any test runs.
export default async function setup() {
  if (!process.env.SAMSYN_SKIP_BUILD) {
    const cli = fileURLToPath(new URL('../../node_modules/electron-vite/bin/electron-vite.js', import.meta.url));
    execFileSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'pipe' });
  }
  await buildAutosaveChild();
}
