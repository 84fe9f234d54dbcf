/// <reference types="vite/client" />
import type { SamsynApi } from '@shared/api';

declare global {
  interface Window {
    samsyn: SamsynApi;
  }
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
