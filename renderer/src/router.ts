import { createRouter, createWebHashHistory } from 'vue-router';
import StartView from './views/StartView.vue';
import HomeView from './views/HomeView.vue';

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'start', component: StartView },
    { path: '/home', name: 'home', component: HomeView },
  ],
});
