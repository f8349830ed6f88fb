import type { FastifyInstance } from 'fastify';
import { loginRequestSchema, type SessionResponse } from '../../api/index.ts';
import { GalenError } from '../../errors/index.ts';
import { clearSessionCookie, sessionCookie, setSessionCookie } from '../plugins/auth.ts';
import type { Services } from '../services.ts';
import { SignInThrottle } from '../../tenancy/index.ts';

export function authRoutes(app: FastifyInstance, services: Services, options: { secureCookies: boolean }): void {
  const throttle = new SignInThrottle();
  app.post('/api/auth/login', async (request, reply) => {
    const parsed = loginRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new GalenError('invalid_input', 'institution, email and password are required');
    const { institution, email, password } = parsed.data;
    const keys = [`account:${institution.trim().toLowerCase()}|${email.trim().toLowerCase()}`, `ip:${request.ip}`];
    const wait = throttle.retryAfter(keys);
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      throw new GalenError('too_many_requests', `too many failed sign-in attempts; try again in ${Math.ceil(wait / 60)} minute(s)`);
    }
    let session;
    try {
      session = await services.accounts.signIn(institution, email, password);
    } catch (error) {
      if (error instanceof GalenError && error.code === 'unauthenticated') throttle.fail(keys);
      throw error;
    }
    throttle.succeed([keys[0]!]);
    setSessionCookie(reply, session.token, session.expiresAt, options.secureCookies);
    await services.audit.record({ tenantId: session.institution.id, actor: { id: session.user.id, role: session.user.role } }, { action: 'auth.sign-in' });
    const body: SessionResponse = { user: publicUser(session.user), institution: session.institution };
    return body;
  });

  app.get('/api/auth/me', async (request) => {
    if (!request.session) throw new GalenError('unauthenticated', 'not signed in');
    const body: SessionResponse = { user: publicUser(request.session.user), institution: request.session.institution };
    return body;
  });

  app.post('/api/auth/logout', async (request, reply) => {
    const token = request.cookies[sessionCookie];
    if (token) await services.accounts.signOut(token);
    clearSessionCookie(reply);
    return reply.status(204).send();
  });
}

function publicUser(user: { id: string; email: string; name: string; role: SessionResponse['user']['role']; patientId?: string }): SessionResponse['user'] {
  return { id: user.id, email: user.email, name: user.name, role: user.role, ...(user.patientId ? { patientId: user.patientId } : {}) };
}
