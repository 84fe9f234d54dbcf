export * from './actions';
export * from './agendaItems';
export * from './agreements';
export * from './cases';
export * from './meetings';
export * from './participants';
export * from './workbookRow';
export * from "./counts";
