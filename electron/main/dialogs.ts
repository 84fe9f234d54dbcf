import type { BrowserWindow, Dialog } from 'electron';
import type { Handlers, ShellMethod } from '../core/service';
import type { Language } from '../shared/types';

const TEXT = {
  sv: { workbook: 'Samsyn-arbetsbok', newTitle: 'Ny arbetsbok', openTitle: 'Öppna arbetsbok', copyTitle: 'Spara en kopia' },
  en: { workbook: 'Samsyn workbook', newTitle: 'New workbook', openTitle: 'Open workbook', copyTitle: 'Save a copy' },
} as const;

/** The shell's part of the contract: native dialogs filtered to *.samsyn, and the menu language. */
export function shellHandlers(
  dialog: Dialog,
  window: () => BrowserWindow | null,
  language: { get(): Language; set(language: Language): void },
  defaultDir: () => string,
): Handlers<ShellMethod> {
  const filters = () => [{ name: TEXT[language.get()].workbook, extensions: ['samsyn'] }];
  const withSuffix = (path: string) => (path.toLowerCase().endsWith('.samsyn') ? path : `${path}.samsyn`);
  const save = async (title: string, name: string) => {
    const owner = window();
    const options = { title, defaultPath: `${defaultDir()}/${name}`, filters: filters() };
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : withSuffix(result.filePath);
  };
  return {
    'app.setLanguage': ({ language: next }) => {
      language.set(next);
      return null;
    },
    'dialog.pickNewWorkbook': ({ suggestedName }) =>
      save(TEXT[language.get()].newTitle, `${suggestedName.replace(/[\\/:*?"<>|]/g, '').trim() || 'Samsyn'}.samsyn`),
    'dialog.pickWorkbook': async () => {
      const owner = window();
      const options = {
        title: TEXT[language.get()].openTitle,
        defaultPath: defaultDir(),
        filters: filters(),
        properties: ['openFile' as const],
      };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    'dialog.pickCopyPath': () => save(TEXT[language.get()].copyTitle, 'Samsyn-kopia.samsyn'),
  };
}
