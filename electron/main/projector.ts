import { BrowserWindow, type Screen } from 'electron';
import type { Handlers, ShellMethod } from '../core/service';
import { APP_ORIGIN, hardenWebContents, webPreferences } from './security';
import type { WindowPaths } from './window';

/** The display to project on: any display that is not the laptop's own. */
export function externalDisplay(screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>) {
  const primary = screen.getPrimaryDisplay();
  return screen.getAllDisplays().find((d) => d.id !== primary.id) ?? null;
}

/**
 * The audience window: full screen on the external display when there is one,
 * otherwise an ordinary window the facilitator can drag there. Closing it does
 * not end the meeting; opening it again shows the same state.
 */
export function projectorHandlers(
  paths: WindowPaths,
  screen: () => Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>,
): { handlers: Handlers<Extract<ShellMethod, `projector.${string}`>>; window: () => BrowserWindow | null } {
  let projector: BrowserWindow | null = null;

  const open = () => {
    if (projector && !projector.isDestroyed()) {
      projector.focus();
      return;
    }
    const display = externalDisplay(screen());
    const window = new BrowserWindow({
      title: 'Samsyn',
      backgroundColor: '#fbfaf6',
      autoHideMenuBar: true,
      show: false,
      ...(display
        ? {
            x: display.bounds.x,
            y: display.bounds.y,
            width: display.bounds.width,
            height: display.bounds.height,
            fullscreen: true,
          }
        : { width: 1280, height: 720 }),
      webPreferences: webPreferences(paths.preload),
    });
    hardenWebContents(window.webContents, paths.devServerUrl);
    window.webContents.on('before-input-event', (event, input) => {
      if (input.type === 'keyDown' && input.key === 'F11') {
        event.preventDefault();
        window.setFullScreen(!window.isFullScreen());
      }
    });
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      projector = null;
    });
    void window.loadURL(`${paths.devServerUrl ?? `${APP_ORIGIN}/index.html`}#/projector`);
    projector = window;
  };

  return {
    window: () => (projector && !projector.isDestroyed() ? projector : null),
    handlers: {
      'projector.open': () => {
        open();
        return null;
      },
      'projector.toggleFullscreen': () => {
        if (!projector || projector.isDestroyed()) open();
        else projector.setFullScreen(!projector.isFullScreen());
        return null;
      },
    },
  };
}
