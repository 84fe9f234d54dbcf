import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, fakeScreen } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

const { projectorHandlers } = await import('../../electron/main/projector');
const { webPreferences } = await import('../../electron/main/security');

const LAPTOP = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
const PROJECTOR = { id: 7, bounds: { x: 1920, y: 0, width: 1280, height: 800 } };
const PRELOAD = '/app/out/preload/index.js';
// The fake displays carry only the fields the shell reads.
const screen = () => fakeScreen as never;

function openProjector(devServerUrl?: string) {
  const projector = projectorHandlers({ preload: PRELOAD, devServerUrl }, screen);
  projector.handlers['projector.open']({});
  return { projector, window: FakeBrowserWindow.created.at(-1)! };
}

function pressKey(window: FakeBrowserWindow, input: { key: string; type: string }) {
  const event = { preventDefault: vi.fn() };
  window.webContents.emit('before-input-event', event, input);
  return event;
}

beforeEach(() => {
  FakeBrowserWindow.created = [];
  fakeScreen.displays = [LAPTOP];
});

describe('the projector window', () => {
  it('goes full screen on the external display when there is one', () => {
    fakeScreen.displays = [LAPTOP, PROJECTOR];
    const { window } = openProjector();
    expect(window.options).toMatchObject({ ...PROJECTOR.bounds, fullscreen: true });
    expect(window.isFullScreen()).toBe(true);
  });

  it('is an ordinary 1280×720 window on the laptop alone', () => {
    const { window } = openProjector();
    expect(window.options).toMatchObject({ width: 1280, height: 720 });
    expect(window.options).not.toHaveProperty('fullscreen');
    expect(window.options).not.toHaveProperty('x');
  });

  it('has exactly the secure web preferences and loads the projector route of the app protocol', () => {
    const { window } = openProjector();
    expect(window.options.webPreferences).toEqual(webPreferences(PRELOAD));
    expect(window.loadedUrl).toBe('app://samsyn/index.html#/projector');
    expect(window.webContents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('loads the dev server’s projector route while developing', () => {
    const { window } = openProjector('http://localhost:5173');
    expect(window.loadedUrl).toBe('http://localhost:5173#/projector');
  });

  it('toggles full screen with F11 and leaves other keys to the page', () => {
    const { window } = openProjector();
    const f11 = pressKey(window, { key: 'F11', type: 'keyDown' });
    expect(f11.preventDefault).toHaveBeenCalled();
    expect(window.isFullScreen()).toBe(true);
    pressKey(window, { key: 'F11', type: 'keyUp' });
    expect(window.isFullScreen()).toBe(true);
    pressKey(window, { key: 'F11', type: 'keyDown' });
    expect(window.isFullScreen()).toBe(false);
    expect(pressKey(window, { key: 'b', type: 'keyDown' }).preventDefault).not.toHaveBeenCalled();
    expect(window.isFullScreen()).toBe(false);
  });

  it('toggles full screen on request, opening the window first when there is none', () => {
    const projector = projectorHandlers({ preload: PRELOAD }, screen);
    projector.handlers['projector.toggleFullscreen']({});
    expect(FakeBrowserWindow.created).toHaveLength(1);
    const window = projector.window()!;
    expect(window.isFullScreen()).toBe(false);
    projector.handlers['projector.toggleFullscreen']({});
    expect(window.isFullScreen()).toBe(true);
  });

  it('focuses the same window when opened twice, and opens a new one after it was closed', () => {
    const { projector, window } = openProjector();
    expect(window.focused).toBe(false);
    projector.handlers['projector.open']({});
    expect(FakeBrowserWindow.created).toHaveLength(1);
    expect(window.focused).toBe(true);
    expect(projector.window()).toBe(window);

    window.close();
    expect(projector.window()).toBeNull();
    projector.handlers['projector.open']({});
    expect(FakeBrowserWindow.created).toHaveLength(2);
    expect(projector.window()).toBe(FakeBrowserWindow.created[1]);
  });

  it('shows the window once it is ready to show', () => {
    const { window } = openProjector();
    const show = vi.spyOn(window, 'show');
    expect(window.options.show).toBe(false);
    window.emit('ready-to-show');
    expect(show).toHaveBeenCalledOnce();
  });
});
