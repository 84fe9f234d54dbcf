import type { SamsynApi } from '../../electron/shared/api';

// Code passed to page.evaluate runs in the page, where the preload put window.samsyn.
declare global {
  interface Window {
    samsyn: SamsynApi;
  }
}
