import { describe, expect, it } from 'vitest';
import { portableHome } from '../../electron/main/portable';

describe('a portable build', () => {
  const none = () => false;
  it('is the Windows portable program, which says where it was started from', () => {
    expect(portableHome({ PORTABLE_EXECUTABLE_DIR: 'E:\\Samsyn' }, 'C:\\Temp\\x\\Samsyn.exe', none)).toBe('E:\\Samsyn');
  });

  it('is any build with a samsyn-portable marker beside the program or the AppImage', () => {
    const marker = (path: string) => path === '/media/stick/samsyn-portable';
    expect(portableHome({}, '/media/stick/samsyn', marker)).toBe('/media/stick');
    expect(portableHome({ APPIMAGE: '/media/stick/Samsyn.AppImage' }, '/tmp/.mount_x/samsyn', marker)).toBe(
      '/media/stick',
    );
  });

  it('is not an installed build without the marker', () => {
    expect(portableHome({}, '/opt/Samsyn/samsyn', none)).toBeNull();
  });
});
