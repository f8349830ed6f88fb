export { buildServer, defaultWebRoot, type ServerOptions } from './app.ts';
export { createServices, type Services } from './services.ts';
