import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { CaseDraft } from '@shared/caseSchema';
import type { ImportResult, LibraryListing, PackPreview, WorkbookCaseEntry } from '@shared/caseTypes';
import { api, call } from '../api';

/** The built-in library and this workbook's own cases. */
export const useCaseStore = defineStore('cases', () => {
  const library = ref<LibraryListing>({ entries: [], problems: [], coverage: [] });
  const workbookCases = ref<WorkbookCaseEntry[]>([]);
  const loaded = ref(false);

  const byId = computed(() => new Map(workbookCases.value.map((c) => [c.id, c])));

  async function load() {
    [library.value, workbookCases.value] = await Promise.all([call(api().library.list()), call(api().cases.list())]);
    loaded.value = true;
  }

  async function useFromLibrary(key: string): Promise<WorkbookCaseEntry> {
    const copy = await call(api().cases.useFromLibrary({ key }));
    await load();
    return copy;
  }

  async function updateFromLibrary(id: number): Promise<WorkbookCaseEntry> {
    const updated = await call(api().cases.updateFromLibrary({ id }));
    await load();
    return updated;
  }

  async function get(id: number): Promise<WorkbookCaseEntry> {
    return call(api().cases.get({ id }));
  }

  async function create(content: CaseDraft): Promise<WorkbookCaseEntry> {
    const created = await call(api().cases.create({ content }));
    await load();
    return created;
  }

  async function update(id: number, content: CaseDraft): Promise<WorkbookCaseEntry> {
    const updated = await call(api().cases.update({ id, content }));
    await load();
    return updated;
  }

  async function remove(id: number): Promise<void> {
    await call(api().cases.delete({ id }));
    await load();
  }

  /** Asks where to save, then writes the pack; null when the user cancelled. */
  async function exportPack(ids: number[], suggestedName: string): Promise<{ path: string; count: number } | null> {
    const path = await call(api().dialog.pickPackExportPath({ suggestedName }));
    return path ? call(api().cases.exportPack({ ids, path })) : null;
  }

  /** Reads a pack without importing (asking for one unless given); null when the user cancelled. */
  async function previewPack(given?: string): Promise<PackPreview | null> {
    const path = given ?? (await call(api().dialog.pickPackToImport()));
    return path ? call(api().cases.previewPack({ path })) : null;
  }

  async function importPack(path: string): Promise<ImportResult> {
    const result = await call(api().cases.importPack({ path }));
    await load();
    return result;
  }

  return {
    library,
    workbookCases,
    loaded,
    byId,
    load,
    useFromLibrary,
    updateFromLibrary,
    get,
    create,
    update,
    remove,
    exportPack,
    previewPack,
    importPack,
  };
});
