import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectron, type StandIn } from './strictElectron';

// One strict stand-in for this file; each test starts with a fresh list of windows and displays.
const standIn: StandIn = vi.hoisted(() => ({}) as StandIn);
vi.mock('electron', async () => {
  Object.assign(standIn, (await import('./strictElectron')).createElectron());
  return standIn.module;
});

const { projectorHandlers } = await import('../../electron/main/projector');
const { webPreferences } = await import('../../electron/main/security');
await standIn.control.makeReady();

const PRELOAD = '/app/out/preload/index.js';

function openProjector(devServerUrl?: string) {
  const projector = projectorHandlers({ preload: PRELOAD, devServerUrl }, () => standIn.module.screen as never);
  projector.handlers['projector.open']({});
  return { projector, window: standIn.control.windows.at(-1)! };
}

type Window = ReturnType<typeof createElectron>['control']['windows'][number];
function pressKey(window: Window, input: { key: string; type: string }) {
  const event = { preventDefault: vi.fn() };
  window.webContents.emit('before-input-event', event, input);
  return event;
}

beforeEach(() => {
  for (const window of standIn.control.windows) window.destroy();
  standIn.control.windows.length = 0;
});

describe('the projector window', () => {
  it('is an ordinary 1280×720 window on the laptop alone', () => {
    const { window } = openProjector();
    window.emit('ready-to-show');
    expect(window.options).toMatchObject({ width: 1280, height: 720 });
    expect(window.options).not.toHaveProperty('x');
    expect(window.isFullScreen()).toBe(false);
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
    const projector = projectorHandlers({ preload: PRELOAD }, () => standIn.module.screen as never);
    projector.handlers['projector.toggleFullscreen']({});
    expect(standIn.control.windows).toHaveLength(1);
    const window = projector.window()!;
    expect(window.isFullScreen()).toBe(false);
    projector.handlers['projector.toggleFullscreen']({});
    expect(window.isFullScreen()).toBe(true);
  });

  it('focuses the same window when opened twice, and opens a new one after it was closed', () => {
    const { projector, window } = openProjector();
    expect(window.focused).toBe(false);
    projector.handlers['projector.open']({});
    expect(standIn.control.windows).toHaveLength(1);
    expect(window.focused).toBe(true);
    expect(projector.window()).toBe(window);

    window.close();
    expect(projector.window()).toBeNull();
    projector.handlers['projector.open']({});
    expect(standIn.control.windows).toHaveLength(2);
    expect(projector.window()).toBe(standIn.control.windows[1]);
  });

  it('stays hidden until it is ready to show', () => {
    const { window } = openProjector();
    expect(window.isVisible()).toBe(false);
    window.emit('ready-to-show');
    expect(window.isVisible()).toBe(true);
  });
});
