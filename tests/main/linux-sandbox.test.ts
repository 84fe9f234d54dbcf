import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script without types
import { sandboxProblem } from '../../scripts/linux-sandbox.mjs';

const HELPER = '/src/node_modules/electron/dist/chrome-sandbox';
const files = (entries: Record<string, string>) => (path: string) => {
  if (path in entries) return entries[path];
  throw new Error('ENOENT');
};
const helper = (uid: number, mode: number) => () => ({ uid, mode });
const ubuntu = files({ '/proc/sys/kernel/apparmor_restrict_unprivileged_userns': '1\n' });

describe('starting Electron from source on Linux', () => {
  it('explains the two ways out when user namespaces are restricted and the helper has no rights', () => {
    const problem = sandboxProblem({ platform: 'linux', helper: HELPER, read: ubuntu, stat: helper(1000, 0o100755) });
    expect(problem).toContain(`sudo chown root:root ${HELPER} && sudo chmod 4755 ${HELPER}`);
    expect(problem).toContain('SAMSYN_NO_SANDBOX=1 npm start');
  });

  it('says nothing when the helper is setuid root, when namespaces are free, or on other systems', () => {
    expect(sandboxProblem({ platform: 'linux', helper: HELPER, read: ubuntu, stat: helper(0, 0o104755) })).toBeNull();
    const free = files({ '/proc/sys/kernel/apparmor_restrict_unprivileged_userns': '0' });
    expect(sandboxProblem({ platform: 'linux', helper: HELPER, read: free, stat: helper(1000, 0o755) })).toBeNull();
    expect(sandboxProblem({ platform: 'darwin', helper: HELPER, read: ubuntu, stat: helper(1000, 0o755) })).toBeNull();
  });

  it('also recognises the older Debian switch that turns user namespaces off', () => {
    const debian = files({ '/proc/sys/kernel/unprivileged_userns_clone': '0' });
    expect(
      sandboxProblem({ platform: 'linux', helper: HELPER, read: debian, stat: helper(1000, 0o755) }),
    ).not.toBeNull();
  });
});
