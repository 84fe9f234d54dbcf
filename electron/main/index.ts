import { startApp } from './app';

startApp(__dirname);
