import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ReadOnlyMedia {
  dir: string;
  /** makes the folder write-protected, like a locked USB stick */
  protect(): void;
  cleanup(): void;
}

/**
 * A folder that can be made write-protected for real: a read-only remount of a
 * small tmpfs when running as root (root ignores file permissions), otherwise
 * a folder without write permission. Null where neither is possible.
 */
export function readOnlyMedia(): ReadOnlyMedia | null {
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-media-'));
  if (process.getuid?.() !== 0) {
    return {
      dir,
      protect: () => chmodSync(dir, 0o555),
      cleanup: () => {
        chmodSync(dir, 0o755);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const mount = join(dir, 'stick');
  mkdirSync(mount);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'none', mount], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return {
    dir: mount,
    protect: () => execFileSync('mount', ['-o', 'remount,ro', mount], { stdio: 'ignore' }),
    cleanup: () => {
      execFileSync('umount', ['-l', mount], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A small real file system (a tmpfs of a few megabytes) that can be filled up; root only, else null. */
export function smallDisk(megabytes = 8): { dir: string; fill(): void; cleanup(): void } | null {
  if (process.getuid?.() !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'none', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return {
    dir,
    fill: () => {
      // dd stops with "no space left", which is the point
      try {
        execFileSync('dd', ['if=/dev/zero', `of=${join(dir, 'filler')}`, 'bs=64k'], { stdio: 'ignore' });
      } catch {
        // full
      }
    },
    cleanup: () => {
      execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
