import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Bundle, OperationOutcome } from '@medplum/fhirtypes';
import { systemContext } from '../context.ts';
import { openTestDatabase, type TestDatabase } from '../store/testing.ts';
import { buildServer } from './app.ts';
import { createServices, type Services } from './services.ts';

const password = 'correct horse battery';

function bundleFor(family: string): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      { fullUrl: 'urn:uuid:p', resource: { resourceType: 'Patient', name: [{ family, given: ['Kim'] }], gender: 'female', birthDate: '1970-01-01' }, request: { method: 'POST', url: 'Patient' } },
      { fullUrl: 'urn:uuid:o', resource: { resourceType: 'Observation', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '4548-4' }] }, subject: { reference: 'urn:uuid:p' }, effectiveDateTime: '2024-01-01', valueQuantity: { value: 7.1, unit: '%' } }, request: { method: 'POST', url: 'Observation' } },
    ],
  } as Bundle;
}

describe('HTTP server', () => {
  let handle: TestDatabase;
  let services: Services;
  let app: FastifyInstance;
  let patientA = '';
  let patientB = '';
  const cookies: Record<string, string> = {};

  async function login(email: string, institution = 'north') {
    return app.inject({ method: 'POST', url: '/api/auth/login', payload: { institution, email, password } });
  }

  beforeAll(async () => {
    handle = await openTestDatabase('sqlite');
    services = createServices(handle);
    app = await buildServer(services, { bodyLimit: 64 * 1024, webRoot: '/nonexistent' });
    const north = await services.accounts.createInstitution('north', 'North Clinic');
    const south = await services.accounts.createInstitution('south', 'South Clinic');
    const ctx = systemContext(north.id);
    patientA = (await services.fhir.transaction(ctx, bundleFor('Adams'))).entry![0]!.response!.location!.split('/')[1]!;
    patientB = (await services.fhir.transaction(ctx, bundleFor('Baker'))).entry![0]!.response!.location!.split('/')[1]!;
    await services.accounts.createUser(north.id, { email: 'doc@north.test', name: 'Dr. North', role: 'clinician', password });
    await services.accounts.createUser(north.id, { email: 'adams@north.test', name: 'Kim Adams', role: 'patient', password, patientId: patientA });
    await services.accounts.createUser(north.id, { email: 'review@north.test', name: 'Rev', role: 'reviewer', password });
    await services.accounts.createUser(south.id, { email: 'doc@south.test', name: 'Dr. South', role: 'clinician', password });
    for (const [key, email, inst] of [['doc', 'doc@north.test', 'north'], ['patient', 'adams@north.test', 'north'], ['reviewer', 'review@north.test', 'north'], ['south', 'doc@south.test', 'south']] as const) {
      const res = await login(email, inst);
      expect(res.statusCode).toBe(200);
      cookies[key] = `galen_session=${res.cookies.find((c) => c.name === 'galen_session')!.value}`;
    }
  });
  afterAll(async () => {
    await app.close();
    await handle.drop();
  });

  it('answers /healthz', async () => {
    expect((await app.inject('/healthz')).statusCode).toBe(200);
  });

  describe('sign-in', () => {
    it('sets an HTTP-only session cookie and reports the user and institution', async () => {
      const res = await login('adams@north.test');
      const cookie = res.cookies.find((c) => c.name === 'galen_session')!;
      expect(cookie.httpOnly).toBe(true);
      expect(cookie.sameSite).toBe('Lax');
      const me = await app.inject({ url: '/api/auth/me', headers: { cookie: `galen_session=${cookie.value}` } });
      expect(me.json()).toMatchObject({ user: { name: 'Kim Adams', role: 'patient', patientId: patientA }, institution: { slug: 'north', name: 'North Clinic' } });
      expect(JSON.stringify(me.json())).not.toContain('scrypt');
    });

    it('refuses a wrong password, an unknown user or the wrong institution with 401 problem+json', async () => {
      for (const payload of [
        { institution: 'north', email: 'adams@north.test', password: 'nope-nope' },
        { institution: 'north', email: 'ghost@north.test', password },
        { institution: 'south', email: 'adams@north.test', password },
      ]) {
        const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload });
        expect(res.statusCode).toBe(401);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.cookies).toHaveLength(0);
      }
      expect((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'x' } })).statusCode).toBe(400);
    });

    it('throttles repeated wrong passwords with 429 and Retry-After', async () => {
      let last = 0;
      for (let i = 0; i < 11; i++) {
        const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { institution: 'north', email: 'review@north.test', password: `guess-${i}` }, remoteAddress: '10.9.9.9' });
        last = res.statusCode;
        if (res.statusCode === 429) {
          expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
          break;
        }
      }
      expect(last).toBe(429);
    });

    it('signs out: the session no longer works', async () => {
      const res = await login('doc@north.test');
      const cookie = `galen_session=${res.cookies.find((c) => c.name === 'galen_session')!.value}`;
      expect((await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(204);
      expect((await app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
      expect((await app.inject({ url: '/fhir/R4/Patient', headers: { cookie } })).statusCode).toBe(401);
    });
  });

  describe('role checks', () => {
    it('requires sign-in for FHIR and answers with an OperationOutcome', async () => {
      const res = await app.inject('/fhir/R4/Patient');
      expect(res.statusCode).toBe(401);
      expect((res.json() as OperationOutcome).resourceType).toBe('OperationOutcome');
    });

    it('lets a clinician search and read, and confines a patient to their own record', async () => {
      expect((await app.inject({ url: '/fhir/R4/Patient', headers: { cookie: cookies.doc! } })).json().total).toBe(2);
      const own = await app.inject({ url: '/fhir/R4/Patient', headers: { cookie: cookies.patient! } });
      expect(own.json().total).toBe(1);
      expect((await app.inject({ url: `/fhir/R4/Patient/${patientA}`, headers: { cookie: cookies.patient! } })).statusCode).toBe(200);
      expect((await app.inject({ url: `/fhir/R4/Patient/${patientB}`, headers: { cookie: cookies.patient! } })).statusCode).toBe(404);
      expect((await app.inject({ url: `/fhir/R4/Patient/${patientB}/$everything`, headers: { cookie: cookies.patient! } })).statusCode).toBe(404);
      expect((await app.inject({ url: `/fhir/R4/Observation?patient=${patientB}`, headers: { cookie: cookies.patient! } })).json().total).toBe(0);
      expect((await app.inject({ method: 'POST', url: '/fhir/R4/Patient', payload: { resourceType: 'Patient' }, headers: { cookie: cookies.patient! } })).statusCode).toBe(403);
    });

    it('keeps reviewers out of identified records and other institutions out entirely', async () => {
      expect((await app.inject({ url: '/fhir/R4/Patient', headers: { cookie: cookies.reviewer! } })).statusCode).toBe(403);
      expect((await app.inject({ url: `/fhir/R4/Patient/${patientA}`, headers: { cookie: cookies.south! } })).statusCode).toBe(404);
      expect((await app.inject({ url: '/fhir/R4/Patient', headers: { cookie: cookies.south! } })).json().total).toBe(0);
    });

    it('records every access in the audit log', async () => {
      const north = (await services.accounts.findInstitution('north'))!.id;
      const before = (await services.audit.list(north)).length;
      await app.inject({ url: `/fhir/R4/Patient/${patientA}`, headers: { cookie: cookies.doc! } });
      const after = await services.audit.list(north);
      expect(after.length).toBe(before + 1);
      expect(after.at(-1)).toMatchObject({ action: 'fhir.read', resourceType: 'Patient', resourceId: patientA, actorRole: 'clinician' });
    });
  });

  describe('FHIR REST', () => {
    it('creates, reads, updates with versions, and serves history and paging links', async () => {
      const created = await app.inject({ method: 'POST', url: '/fhir/R4/Patient', payload: { resourceType: 'Patient', name: [{ family: 'Rest' }] }, headers: { cookie: cookies.doc!, 'content-type': 'application/fhir+json' } });
      expect(created.statusCode).toBe(201);
      expect(created.headers.location).toMatch(/\/fhir\/R4\/Patient\/[^/]+\/_history\/1$/);
      const id = created.json().id as string;
      const updated = await app.inject({ method: 'PUT', url: `/fhir/R4/Patient/${id}`, payload: { resourceType: 'Patient', id, name: [{ family: 'Rested' }] }, headers: { cookie: cookies.doc! } });
      expect(updated.json().meta.versionId).toBe('2');
      expect((await app.inject({ url: `/fhir/R4/Patient/${id}/_history`, headers: { cookie: cookies.doc! } })).json().total).toBe(2);
      expect((await app.inject({ url: `/fhir/R4/Patient/${id}/_history/1`, headers: { cookie: cookies.doc! } })).json().name[0].family).toBe('Rest');
      const page = (await app.inject({ url: '/fhir/R4/Patient?_count=1&_sort=family', headers: { cookie: cookies.doc!, host: 'galen.test' } })).json() as Bundle;
      expect(page.link!.find((l) => l.relation === 'next')!.url).toMatch(/^http:\/\/galen\.test\/fhir\/R4\/Patient\?.*_offset=1/);
    });

    it('stores a transaction Bundle posted to the base and returns the transaction-response', async () => {
      const res = await app.inject({ method: 'POST', url: '/fhir/R4', payload: bundleFor('Posted'), headers: { cookie: cookies.doc! } });
      expect(res.statusCode).toBe(200);
      expect(res.json().type).toBe('transaction-response');
      expect(res.json().entry).toHaveLength(2);
    });
  });

  describe('bad input is refused with a 4xx OperationOutcome and writes nothing', () => {
    async function expectRefused(body: string | Buffer, status: number, text: RegExp, url = '/fhir/R4') {
      const before = await services.fhir.countsByType(systemContext((await services.accounts.findInstitution('north'))!.id));
      const res = await app.inject({ method: 'POST', url, payload: body, headers: { cookie: cookies.doc!, 'content-type': 'application/fhir+json' } });
      expect(res.statusCode).toBe(status);
      const outcome = res.json() as OperationOutcome;
      expect(outcome.resourceType).toBe('OperationOutcome');
      expect(outcome.issue[0]!.details!.text).toMatch(text);
      expect(await services.fhir.countsByType(systemContext((await services.accounts.findInstitution('north'))!.id))).toEqual(before);
    }

    it('malformed JSON', () => expectRefused('{"resourceType": "Bundle", "type": ', 400, /malformed JSON/));
    it('an unknown resourceType', () => expectRefused(JSON.stringify({ resourceType: 'Unicorn' }), 400, /unknown resourceType "Unicorn"/, '/fhir/R4/Unicorn'));
    it('a resource that fails its basic shape', () => {
      const bundle = bundleFor('Shape');
      (bundle.entry![1]!.resource as { status?: string }).status = 'done-ish';
      return expectRefused(JSON.stringify(bundle), 400, /Observation.status "done-ish"/);
    });
    it('a reference that resolves to nothing', () => {
      const bundle = bundleFor('Ref');
      (bundle.entry![1]!.resource as { subject: { reference: string } }).subject.reference = 'Patient/nobody';
      return expectRefused(JSON.stringify(bundle), 422, /Patient\/nobody resolves to nothing/);
    });
    it('a body over the size limit', () => {
      const bundle = bundleFor('Big');
      (bundle.entry![0]!.resource as { text?: unknown }).text = { status: 'generated', div: `<div>${'x'.repeat(70 * 1024)}</div>` };
      return expectRefused(JSON.stringify(bundle), 413, /.+/);
    });
    it('invalid UTF-8', () => {
      const json = Buffer.from(JSON.stringify(bundleFor('Utf')));
      const bad = Buffer.concat([json.subarray(0, 40), Buffer.from([0xc3, 0x28]), json.subarray(40)]);
      return expectRefused(bad, 400, /not valid UTF-8/);
    });
  });

  describe('clinician workspace', () => {
    it('serves a chart summary and answers chart questions with citations, for clinicians only', async () => {
      const summary = await app.inject({ url: `/api/clinician/patients/${patientA}/summary`, headers: { cookie: cookies.doc! } });
      expect(summary.statusCode).toBe(200);
      expect(summary.json().labs[0]).toMatchObject({ code: '4548-4', latest: { value: 7.1 } });
      const answer = await app.inject({ method: 'POST', url: `/api/clinician/patients/${patientA}/ask`, payload: { question: 'When was her last A1c?' }, headers: { cookie: cookies.doc! } });
      expect(answer.json()).toMatchObject({ found: true });
      expect(answer.json().citations[0]).toMatch(/^Observation\//);
      expect((await app.inject({ url: `/api/clinician/patients/${patientA}/summary`, headers: { cookie: cookies.patient! } })).statusCode).toBe(403);
      expect((await app.inject({ url: `/api/clinician/patients/${patientA}/summary`, headers: { cookie: cookies.south! } })).statusCode).toBe(404);
    });
  });

  it('answers unknown API routes with problem+json 404', async () => {
    const res = await app.inject('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
