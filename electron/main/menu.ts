import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/events';
import { bilingual } from '../shared/texts';
import type { Language, RecentEntry } from '../shared/types';

const LABELS = bilingual({
  sv: {
    file: 'Arkiv',
    home: 'Arbetsboken',
    new: 'Ny arbetsbok…',
    open: 'Öppna…',
    recent: 'Öppna senaste',
    noRecent: 'Inga senaste arbetsböcker',
    saveCopy: 'Spara en kopia…',
    close: 'Stäng arbetsboken',
    quit: 'Avsluta Samsyn',
    edit: 'Redigera',
    view: 'Visa',
    window: 'Fönster',
  },
  en: {
    file: 'File',
    home: 'Workbook',
    new: 'New Workbook…',
    open: 'Open…',
    recent: 'Open Recent',
    noRecent: 'No recent workbooks',
    saveCopy: 'Save a Copy…',
    close: 'Close Workbook',
    quit: 'Quit Samsyn',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
  },
});

export interface MenuHandlers {
  command(command: MenuCommand): void;
  openPath(path: string): void;
}

/**
 * The app menu: the workbook's home (the way back from any screen), New, Open, Open Recent,
 * Save a Copy, Close, plus the standard edit and
 * view roles. On macOS the first menu is the application menu (About, Hide, Quit), so
 * it is added there in front of File, and Quit lives in it.
 */
export function buildMenuTemplate(
  language: Language,
  recent: RecentEntry[],
  handlers: MenuHandlers,
  workbookOpen: boolean,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const l = LABELS[language];
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.map((entry) => ({
        label: `${entry.orgName} — ${entry.path}`,
        enabled: entry.exists,
        click: () => handlers.openPath(entry.path),
      }))
    : [{ label: l.noRecent, enabled: false }];
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: l.file,
      submenu: [
        {
          label: l.home,
          accelerator: 'CmdOrCtrl+Shift+H',
          enabled: workbookOpen,
          click: () => handlers.command('home'),
        },
        { type: 'separator' },
        { label: l.new, accelerator: 'CmdOrCtrl+N', click: () => handlers.command('new') },
        { label: l.open, accelerator: 'CmdOrCtrl+O', click: () => handlers.command('open') },
        { label: l.recent, submenu: recentItems },
        { type: 'separator' },
        {
          label: l.saveCopy,
          accelerator: 'CmdOrCtrl+Shift+S',
          enabled: workbookOpen,
          click: () => handlers.command('save-copy'),
        },
        { label: l.close, accelerator: 'CmdOrCtrl+W', enabled: workbookOpen, click: () => handlers.command('close') },
        ...(mac ? [] : [{ type: 'separator' as const }, { label: l.quit, role: 'quit' as const }]),
      ],
    },
    { label: l.edit, role: 'editMenu' },
    {
      label: l.view,
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: l.window, role: 'windowMenu' },
  ];
}
