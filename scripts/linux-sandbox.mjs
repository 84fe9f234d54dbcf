import { readFileSync, statSync } from 'node:fs';

/**
 * Electron started from node_modules on Linux needs either unprivileged user
 * namespaces or a setuid-root `chrome-sandbox` helper. Ubuntu 24.04 and later
 * restrict the namespaces (AppArmor), so Electron aborts on its sandbox helper
 * unless the helper has its rights. Returns a sentence saying what to do, or null.
 */
export function sandboxProblem({ platform, helper, read = readFileSync, stat = statSync }) {
  if (platform !== 'linux') return null;
  const value = (path) => {
    try {
      return read(path, 'utf8').trim();
    } catch {
      return null;
    }
  };
  const restricted =
    value('/proc/sys/kernel/apparmor_restrict_unprivileged_userns') === '1' ||
    value('/proc/sys/kernel/unprivileged_userns_clone') === '0';
  if (!restricted) return null;
  let helperReady = false;
  try {
    const info = stat(helper);
    helperReady = info.uid === 0 && (info.mode & 0o4000) !== 0;
  } catch {
    helperReady = false;
  }
  if (helperReady) return null;
  return [
    'This Linux restricts unprivileged user namespaces, so Electron cannot start its sandbox from node_modules.',
    'Give the sandbox helper its rights once (it is part of Electron):',
    `  sudo chown root:root ${helper} && sudo chmod 4755 ${helper}`,
    'or, for development only, start without the sandbox: SAMSYN_NO_SANDBOX=1 npm start',
    'The installed app (AppImage, .deb) is not affected.',
  ].join('\n');
}
