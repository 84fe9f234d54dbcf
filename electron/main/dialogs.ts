import type { BrowserWindow, Dialog } from 'electron';
import type { Handlers, ShellMethod } from '../core/service';
import { bilingual } from '../shared/texts';
import type { Language } from '../shared/types';

const TEXT = bilingual({
  sv: {
    workbook: 'Samsyn-arbetsbok',
    pack: 'Samsyn-fallpaket',
    pdf: 'PDF-dokument',
    package: 'Samsyn-samtalspaket',
    packageTitle: 'Samtalspaket',
    collectTitle: 'Hämta möten från andra arbetsböcker',
    pdfTitle: 'Spara som PDF',
    newTitle: 'Ny arbetsbok',
    openTitle: 'Öppna arbetsbok',
    copyTitle: 'Spara en kopia',
    importTitle: 'Importera fallpaket',
    exportTitle: 'Exportera fallpaket',
  },
  en: {
    workbook: 'Samsyn workbook',
    pack: 'Samsyn case pack',
    pdf: 'PDF document',
    package: 'Samsyn conversation package',
    packageTitle: 'Conversation package',
    collectTitle: 'Collect meetings from other workbooks',
    pdfTitle: 'Save as PDF',
    newTitle: 'New workbook',
    openTitle: 'Open workbook',
    copyTitle: 'Save a copy',
    importTitle: 'Import case pack',
    exportTitle: 'Export case pack',
  },
});

type Kind = 'workbook' | 'pack' | 'pdf' | 'package';
const EXTENSION: Record<Kind, string> = {
  workbook: 'samsyn',
  pack: 'samsyn-cases',
  pdf: 'pdf',
  package: 'samsyn-package',
};

/** The shell's part of the contract: native dialogs filtered to *.samsyn, and the menu language. */
export function shellHandlers(
  dialog: Dialog,
  window: () => BrowserWindow | null,
  language: { get(): Language; set(language: Language): void },
  defaultDir: () => string,
): Handlers<Exclude<ShellMethod, `projector.${string}` | `shell.${string}`>> {
  const filters = (kind: Kind) => [{ name: TEXT[language.get()][kind], extensions: [EXTENSION[kind]] }];
  const withSuffix = (path: string, kind: Kind) =>
    path.toLowerCase().endsWith(`.${EXTENSION[kind]}`) ? path : `${path}.${EXTENSION[kind]}`;
  const cleanName = (name: string) => name.replace(/[\\/:*?"<>|]/g, '').trim() || 'Samsyn';
  const save = async (title: string, name: string, kind: Kind) => {
    const owner = window();
    const options = {
      title,
      defaultPath: `${defaultDir()}/${cleanName(name)}.${EXTENSION[kind]}`,
      filters: filters(kind),
    };
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : withSuffix(result.filePath, kind);
  };
  const pick = async (title: string, kind: Kind) => {
    const owner = window();
    const options = { title, defaultPath: defaultDir(), filters: filters(kind), properties: ['openFile' as const] };
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  return {
    'app.setLanguage': ({ language: next }) => {
      language.set(next);
      return null;
    },
    'dialog.pickNewWorkbook': ({ suggestedName }) => save(TEXT[language.get()].newTitle, suggestedName, 'workbook'),
    'dialog.pickWorkbook': () => pick(TEXT[language.get()].openTitle, 'workbook'),
    'dialog.pickCopyPath': () => save(TEXT[language.get()].copyTitle, 'Samsyn-kopia', 'workbook'),
    'dialog.pickPackToImport': () => pick(TEXT[language.get()].importTitle, 'pack'),
    'dialog.pickPackExportPath': ({ suggestedName }) => save(TEXT[language.get()].exportTitle, suggestedName, 'pack'),
    'dialog.pickWorkbooks': async () => {
      const owner = window();
      const options = {
        title: TEXT[language.get()].collectTitle,
        defaultPath: defaultDir(),
        filters: filters('workbook'),
        properties: ['openFile' as const, 'multiSelections' as const],
      };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    'dialog.pickPackage': () => pick(TEXT[language.get()].packageTitle, 'package'),
    'dialog.pickPackageSavePath': ({ suggestedName }) =>
      save(TEXT[language.get()].packageTitle, suggestedName, 'package'),
    'dialog.pickPdfPath': ({ suggestedName }) =>
      save(TEXT[language.get()].pdfTitle, suggestedName.replace(/\.pdf$/i, ''), 'pdf'),
  };
}
