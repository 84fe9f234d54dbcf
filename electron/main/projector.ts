import { BrowserWindow, type Display, type Screen } from 'electron';
import type { Handlers, ShellMethod } from '../core/service';
import { APP_ORIGIN, hardenWebContents, webPreferences } from './security';
import type { WindowPaths } from './window';

type ScreenLike = Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay' | 'on'>;

/** The display to project on: any display that is not the laptop's own. */
export function externalDisplay(screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>): Display | null {
  const primary = screen.getPrimaryDisplay();
  return screen.getAllDisplays().find((d) => d.id !== primary.id) ?? null;
}

/**
 * The audience window: full screen on the external display when there is one,
 * otherwise an ordinary window the facilitator can drag there. It follows the
 * projector when one is plugged in during the meeting and closes when its display
 * is unplugged. Closing it does not end the meeting; opening it again shows the
 * same state.
 */
export function projectorHandlers(
  paths: WindowPaths,
  screen: () => ScreenLike,
): {
  handlers: Handlers<Extract<ShellMethod, `projector.${string}`>>;
  window: () => BrowserWindow | null;
  close: () => void;
} {
  let projector: BrowserWindow | null = null;
  /** the external display the window was placed on; null while it is a window on the laptop */
  let placedOn: number | null = null;
  let following = false;

  const current = () => (projector && !projector.isDestroyed() ? projector : null);

  // Windows and second displays do not reliably honour x/y together with `fullscreen`
  // in the constructor: place the window on the display first, then go full screen.
  const place = (window: BrowserWindow, display: Display) => {
    if (window.isFullScreen()) window.setFullScreen(false);
    window.setBounds(display.bounds);
    window.setFullScreen(true);
    placedOn = display.id;
  };

  const follow = (displays: ScreenLike) => {
    if (following) return;
    following = true;
    displays.on('display-added', () => {
      const window = current();
      const display = externalDisplay(displays);
      if (window && placedOn === null && display) place(window, display);
    });
    displays.on('display-removed', (_event, removed) => {
      const window = current();
      if (!window || removed.id !== placedOn) return;
      const other = externalDisplay(displays);
      if (other) place(window, other);
      else window.close();
    });
    displays.on('display-metrics-changed', (_event, changed) => {
      const window = current();
      if (window && changed.id === placedOn) place(window, changed);
    });
  };

  const open = () => {
    const existing = current();
    if (existing) {
      existing.focus();
      return;
    }
    const displays = screen();
    follow(displays);
    const display = externalDisplay(displays);
    const window = new BrowserWindow({
      title: 'Samsyn',
      backgroundColor: '#fbfaf6',
      autoHideMenuBar: true,
      show: false,
      ...(display ? { ...display.bounds } : { width: 1280, height: 720 }),
      webPreferences: webPreferences(paths.preload),
    });
    placedOn = null;
    hardenWebContents(window.webContents, paths.devServerUrl);
    window.webContents.on('before-input-event', (event, input) => {
      if (input.type === 'keyDown' && input.key === 'F11') {
        event.preventDefault();
        window.setFullScreen(!window.isFullScreen());
      }
    });
    window.once('ready-to-show', () => {
      window.show();
      const target = externalDisplay(displays);
      if (target) place(window, target);
    });
    window.on('closed', () => {
      projector = null;
      placedOn = null;
    });
    void window.loadURL(`${paths.devServerUrl ?? `${APP_ORIGIN}/index.html`}#/projector`);
    projector = window;
  };

  return {
    window: current,
    close: () => current()?.close(),
    handlers: {
      'projector.open': () => {
        open();
        return null;
      },
      'projector.toggleFullscreen': () => {
        const window = current();
        if (!window) open();
        else window.setFullScreen(!window.isFullScreen());
        return null;
      },
    },
  };
}
