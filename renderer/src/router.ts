import {
  createRouter,
  createWebHashHistory,
  type RouteLocationNormalized,
  type RouteMeta,
  type RouteRecordRaw,
} from 'vue-router';
import StartView from './views/StartView.vue';
import HomeView from './views/HomeView.vue';
import { useWorkbookStore } from './stores/workbook';

declare module 'vue-router' {
  interface RouteMeta {
    /** the screen shows the open workbook: with none open, the start screen shows instead */
    needsWorkbook?: boolean | ((to: RouteLocationNormalized) => boolean);
  }
}

const id = (route: { params: Record<string, unknown> }) => ({ id: Number(route.params.id) });
/** The printed guide needs no workbook; every other paper is printed from one. */
const paperMeta: RouteMeta = { needsWorkbook: (to) => to.query.kind !== 'guide' };

/** The screens that show the open workbook: with none open, the start screen shows instead. */
const workbookScreens: RouteRecordRaw[] = [
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
  { path: '/meetings/:id/run', name: 'meeting-run', component: () => import('./views/MeetingRunView.vue'), props: id },
  { path: '/agreement', name: 'agreement', component: () => import('./views/AgreementView.vue') },
  { path: '/compare', name: 'compare', component: () => import('./views/CompareView.vue') },
  { path: '/plans', name: 'plans', component: () => import('./views/ChannelPlansView.vue') },
  { path: '/plans/:id', name: 'plan', component: () => import('./views/ChannelPlanView.vue'), props: id },
];

// The start screen and the workbook home load with the app; every other screen
// is fetched when first opened, so the window appears quickly.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'start', component: StartView },
    ...workbookScreens.map((screen) => ({ ...screen, meta: { needsWorkbook: true } })),
    // The projector window, the backups (reached from the start screen) and the guide show without a workbook.
    { path: '/projector', name: 'projector', component: () => import('./views/ProjectorView.vue') },
    { path: '/backups', name: 'backups', component: () => import('./views/BackupsView.vue') },
    { path: '/guide/:chapter?', name: 'guide', component: () => import('./views/GuideView.vue'), props: true },
    { path: '/paper', name: 'paper', component: () => import('./views/PaperView.vue'), meta: paperMeta },
    { path: '/:unknown(.*)*', redirect: { name: 'start' } },
  ],
});

// One rule for every screen, after a reload too: the workbook's screens need one open, and the start
// screen is for when none is.
router.beforeEach(async (to) => {
  const store = useWorkbookStore();
  await store.restored();
  const needs = to.meta.needsWorkbook;
  const needed = typeof needs === 'function' ? needs(to) : needs === true;
  if (!store.info && needed) return { name: 'start' };
  if (store.info && to.name === 'start') return { name: 'home' };
  return true;
});
