import { createRouter, createWebHashHistory } from 'vue-router';
import StartView from './views/StartView.vue';
import HomeView from './views/HomeView.vue';
import LibraryView from './views/LibraryView.vue';
import CaseEditorView from './views/CaseEditorView.vue';
import MeetingPlanView from './views/MeetingPlanView.vue';
import MeetingRunView from './views/MeetingRunView.vue';
import ProjectorView from './views/ProjectorView.vue';
import AgreementView from './views/AgreementView.vue';
import PaperView from './views/PaperView.vue';

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'start', component: StartView },
    { path: '/home', name: 'home', component: HomeView },
    { path: '/library', name: 'library', component: LibraryView },
    { path: '/cases/new', name: 'case-new', component: CaseEditorView },
    { path: '/meetings/:id/plan', name: 'meeting-plan', component: MeetingPlanView, props: (route) => ({ id: Number(route.params.id) }) },
    { path: '/meetings/:id/run', name: 'meeting-run', component: MeetingRunView, props: (route) => ({ id: Number(route.params.id) }) },
    { path: '/projector', name: 'projector', component: ProjectorView },
    { path: '/agreement', name: 'agreement', component: AgreementView },
    { path: '/paper', name: 'paper', component: PaperView },
    { path: '/cases/:id/edit', name: 'case-edit', component: CaseEditorView, props: (route) => ({ id: Number(route.params.id) }) },
  ],
});
