// The bundle baseline: the renderer's frameworks with one screen, built like the app.
import { createPinia } from 'pinia';
import { createApp, h } from 'vue';
import { createI18n } from 'vue-i18n';
import { createRouter, createWebHashHistory, RouterView } from 'vue-router';

const router = createRouter({
  history: createWebHashHistory(),
  routes: [{ path: '/', component: { render: () => h('p', 'Hej') } }],
});
const i18n = createI18n({ legacy: false, locale: 'sv', messages: { sv: {} } });
createApp({ render: () => h(RouterView) })
  .use(createPinia())
  .use(router)
  .use(i18n)
  .mount('#app');
