import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RequestContext, Role } from '../../context.ts';
import { GalenError } from '../../errors/index.ts';
import type { Institution, User } from '../../tenancy/index.ts';
import type { Services } from '../services.ts';

export const sessionCookie = 'galen_session';

declare module 'fastify' {
  interface FastifyRequest {
    session?: { user: User; institution: Institution; token: string };
  }
}

/** Resolves the session cookie on every request; routes then call `requireContext` with their roles. */
export function registerAuth(app: FastifyInstance, services: Services): void {
  app.decorateRequest('session', undefined);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[sessionCookie];
    if (!token) return;
    const found = await services.accounts.sessionUser(token);
    if (found) request.session = { ...found, token };
  });
}

/** The request context of the signed-in user, or 401/403 when there is none or the role is not allowed. */
export function requireContext(request: FastifyRequest, roles: readonly Role[]): RequestContext {
  const session = request.session;
  if (!session) throw new GalenError('unauthenticated', 'sign in first');
  if (!roles.includes(session.user.role)) throw new GalenError('forbidden', `the ${session.user.role} role cannot do this`);
  return {
    tenantId: session.institution.id,
    actor: { id: session.user.id, role: session.user.role, ...(session.user.patientId ? { patientId: session.user.patientId } : {}) },
  };
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: string, secure: boolean): void {
  reply.setCookie(sessionCookie, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: new Date(expiresAt) });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(sessionCookie, { path: '/' });
}
