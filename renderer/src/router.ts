import { createRouter, createWebHashHistory } from 'vue-router';
import StartView from './views/StartView.vue';
import HomeView from './views/HomeView.vue';

const id = (route: { params: Record<string, unknown> }) => ({ id: Number(route.params.id) });

// The start screen and the workbook home load with the app; every other screen
// is fetched when first opened, so the window appears quickly.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'start', component: StartView },
    { path: '/home', name: 'home', component: HomeView },
    { path: '/library', name: 'library', component: () => import('./views/LibraryView.vue') },
    { path: '/cases/new', name: 'case-new', component: () => import('./views/CaseEditorView.vue') },
    { path: '/cases/:id/edit', name: 'case-edit', component: () => import('./views/CaseEditorView.vue'), props: id },
    {
      path: '/meetings/:id/plan',
      name: 'meeting-plan',
      component: () => import('./views/MeetingPlanView.vue'),
      props: id,
    },
    {
      path: '/meetings/:id/run',
      name: 'meeting-run',
      component: () => import('./views/MeetingRunView.vue'),
      props: id,
    },
    { path: '/projector', name: 'projector', component: () => import('./views/ProjectorView.vue') },
    { path: '/backups', name: 'backups', component: () => import('./views/BackupsView.vue') },
    { path: '/agreement', name: 'agreement', component: () => import('./views/AgreementView.vue') },
    { path: '/paper', name: 'paper', component: () => import('./views/PaperView.vue') },
    { path: '/compare', name: 'compare', component: () => import('./views/CompareView.vue') },
    { path: '/plans', name: 'plans', component: () => import('./views/ChannelPlansView.vue') },
    { path: '/guide/:chapter?', name: 'guide', component: () => import('./views/GuideView.vue'), props: true },
    { path: '/plans/:id', name: 'plan', component: () => import('./views/ChannelPlanView.vue'), props: id },
  ],
});
