// Entry point of a prepare worker. A worker thread does not inherit the TypeScript loader of the
// thread that starts it, so it registers one before loading the worker's module.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-worker.ts');
