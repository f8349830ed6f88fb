import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../context.ts';
import type { SearchQuery } from '../../fhir/index.ts';
import { isR4ResourceType, r4ResourceTypes } from '../../fhir/index.ts';
import { GalenError } from '../../errors/index.ts';
import { requireContext } from '../plugins/auth.ts';
import type { Services } from '../services.ts';

const readers: Role[] = ['patient', 'clinician', 'admin'];
const writers: Role[] = ['clinician', 'admin'];
const fhirJson = 'application/fhir+json; charset=utf-8';

interface TypeParams { type: string }
interface IdParams extends TypeParams { id: string }
interface VersionParams extends IdParams { vid: string }

function baseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}/fhir/R4`;
}

function send(reply: FastifyReply, body: unknown, status = 200): FastifyReply {
  return reply.status(status).type(fhirJson).send(body);
}

/** FHIR R4 REST: read, vread, history, search, create, update, delete, transaction, $everything. */
export function fhirRoutes(app: FastifyInstance, services: Services): void {
  const { fhir, audit } = services;

  app.get('/fhir/R4/metadata', async (_request, reply) =>
    send(reply, {
      resourceType: 'CapabilityStatement',
      status: 'active',
      kind: 'instance',
      date: '2026-01-01',
      fhirVersion: '4.0.1',
      format: ['application/fhir+json'],
      software: { name: 'Galen' },
      rest: [{ mode: 'server', resource: r4ResourceTypes.map((type) => ({ type, interaction: [{ code: 'read' }, { code: 'vread' }, { code: 'history-instance' }, { code: 'search-type' }, { code: 'create' }, { code: 'update' }, { code: 'delete' }] })), interaction: [{ code: 'transaction' }] }],
    }),
  );

  app.post('/fhir/R4', async (request, reply) => {
    const ctx = requireContext(request, writers);
    const response = await fhir.transaction(ctx, request.body);
    await audit.record(ctx, { action: 'fhir.transaction', detail: { entries: response.entry?.length ?? 0 } });
    return send(reply, response);
  });

  app.get<{ Params: { id: string } }>('/fhir/R4/Patient/:id/$everything', async (request, reply) => {
    const ctx = requireContext(request, readers);
    const bundle = await fhir.everything(ctx, request.params.id, baseUrl(request));
    await audit.record(ctx, { action: 'fhir.everything', resourceType: 'Patient', resourceId: request.params.id, patientId: request.params.id });
    return send(reply, bundle);
  });

  app.get<{ Params: TypeParams; Querystring: SearchQuery }>('/fhir/R4/:type', async (request, reply) => {
    const ctx = requireContext(request, readers);
    const bundle = await fhir.search(ctx, request.params.type, request.query, baseUrl(request));
    await audit.record(ctx, { action: 'fhir.search', resourceType: request.params.type, ...(ctx.actor.patientId ? { patientId: ctx.actor.patientId } : {}), detail: { query: request.query, total: bundle.total } });
    return send(reply, bundle);
  });

  app.post<{ Params: TypeParams }>('/fhir/R4/:type', async (request, reply) => {
    const ctx = requireContext(request, writers);
    const body = request.body as { resourceType?: unknown } | undefined;
    if (body && typeof body === 'object' && typeof body.resourceType === 'string' && body.resourceType !== request.params.type && isR4ResourceType(body.resourceType)) {
      throw new GalenError('invalid_resource', `body is a ${body.resourceType}, the URL names ${request.params.type}`, { location: 'resourceType' });
    }
    const created = await fhir.create(ctx, body);
    await audit.record(ctx, { action: 'fhir.create', resourceType: created.resourceType, resourceId: created.id });
    reply.header('location', `${baseUrl(request)}/${created.resourceType}/${created.id}/_history/${created.meta?.versionId}`);
    return send(reply, created, 201);
  });

  app.get<{ Params: IdParams }>('/fhir/R4/:type/:id', async (request, reply) => {
    const ctx = requireContext(request, readers);
    const resource = await fhir.read(ctx, request.params.type, request.params.id);
    await audit.record(ctx, { action: 'fhir.read', resourceType: request.params.type, resourceId: request.params.id, ...(request.params.type === 'Patient' ? { patientId: request.params.id } : {}) });
    reply.header('etag', `W/"${resource.meta?.versionId}"`);
    return send(reply, resource);
  });

  app.put<{ Params: IdParams }>('/fhir/R4/:type/:id', async (request, reply) => {
    const ctx = requireContext(request, writers);
    const { resource, created } = await fhir.update(ctx, request.params.type, request.params.id, request.body);
    await audit.record(ctx, { action: 'fhir.update', resourceType: resource.resourceType, resourceId: resource.id });
    return send(reply, resource, created ? 201 : 200);
  });

  app.delete<{ Params: IdParams }>('/fhir/R4/:type/:id', async (request, reply) => {
    const ctx = requireContext(request, writers);
    await fhir.delete(ctx, request.params.type, request.params.id);
    await audit.record(ctx, { action: 'fhir.delete', resourceType: request.params.type, resourceId: request.params.id });
    return reply.status(204).send();
  });

  app.get<{ Params: IdParams }>('/fhir/R4/:type/:id/_history', async (request, reply) => {
    const ctx = requireContext(request, readers);
    const bundle = await fhir.history(ctx, request.params.type, request.params.id, baseUrl(request));
    await audit.record(ctx, { action: 'fhir.history', resourceType: request.params.type, resourceId: request.params.id });
    return send(reply, bundle);
  });

  app.get<{ Params: VersionParams }>('/fhir/R4/:type/:id/_history/:vid', async (request, reply) => {
    const ctx = requireContext(request, readers);
    const resource = await fhir.vread(ctx, request.params.type, request.params.id, request.params.vid);
    await audit.record(ctx, { action: 'fhir.vread', resourceType: request.params.type, resourceId: request.params.id });
    return send(reply, resource);
  });
}
