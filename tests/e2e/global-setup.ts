import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The e2e tests drive the built renderer and the CLI tests run the built CLI:
// build once before any test runs.
export default function setup() {
  if (process.env.SAMSYN_SKIP_BUILD) return;
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const cli = fileURLToPath(new URL('../../node_modules/electron-vite/bin/electron-vite.js', import.meta.url));
  execFileSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'pipe' });
}
