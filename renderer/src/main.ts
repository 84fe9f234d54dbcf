// The house style first, so each screen's own rules, loaded with it or later, refine it.
import './styles/base.css';
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { api } from './api';
import { i18n, savedLanguage, rememberLanguage } from './i18n';
import { router } from './router';

const language = savedLanguage();
rememberLanguage(language);
// Main's menus and dialogs speak the language the user chose here, from the first moment.
void api().app.setLanguage({ language });
createApp(App).use(createPinia()).use(i18n).use(router).mount('#app');
