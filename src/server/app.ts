import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { GalenError } from '../errors/index.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerBodyParsers } from './plugins/body.ts';
import { registerErrorHandler, sendError } from './plugins/errors.ts';
import { authRoutes } from './routes/auth.ts';
import { clinicianRoutes, clinicianWorkRoutes } from './routes/clinician.ts';
import { portalRoutes } from './routes/portal.ts';
import { modelRoutes } from './routes/models.ts';
import { fhirRoutes } from './routes/fhir.ts';
import type { Services } from './services.ts';

export interface ServerOptions {
  /** Largest request body accepted, in bytes (default 32 MiB: a large patient Bundle fits). */
  bodyLimit?: number;
  /** Folder of the built web app (default dist/web); served at / when it exists. */
  webRoot?: string;
  logger?: boolean;
  /** Mark session cookies Secure (set when served over HTTPS). */
  secureCookies?: boolean;
}

export const defaultWebRoot = resolve(import.meta.dirname, '../../dist/web');

/** Builds the HTTP app: thin routes over the domain services; no business logic lives here. */
export async function buildServer(services: Services, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: options.bodyLimit ?? 32 * 1024 * 1024,
    logger: options.logger ? { level: 'info', redact: ['req.headers.cookie', 'req.headers.authorization'] } : false,
    trustProxy: true,
  });
  registerErrorHandler(app);
  registerBodyParsers(app);
  await app.register(cookie);
  registerAuth(app, services);

  app.get('/healthz', async () => ({ status: 'ok' }));
  authRoutes(app, services, { secureCookies: options.secureCookies ?? false });
  fhirRoutes(app, services);
  clinicianRoutes(app, services);
  clinicianWorkRoutes(app, services);
  portalRoutes(app, services);
  modelRoutes(app, services);

  const webRoot = options.webRoot ?? defaultWebRoot;
  const hasWeb = existsSync(join(webRoot, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: 'index.html' });

  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api/') || request.url.startsWith('/fhir/');
    // The web app routes on the client: unknown page URLs get index.html.
    if (hasWeb && !isApi && request.method === 'GET') return reply.sendFile('index.html');
    return sendError(request, reply, new GalenError('not_found', `no route for ${request.method} ${request.url.split('?')[0]}`));
  });
  return app;
}
