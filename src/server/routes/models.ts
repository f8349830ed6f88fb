import type { FastifyInstance } from 'fastify';
import { buildChartSummary } from '../../clinician/index.ts';
import { GalenError } from '../../errors/index.ts';
import { featureNames, featuresAt, ModelRegistry, type RawRow } from '../../ml/index.ts';
import { requireContext } from '../plugins/auth.ts';
import type { Services } from '../services.ts';

/** Model serving: predictions from deployed models, and each deployed model's risk in a patient's chart. */
export function modelRoutes(app: FastifyInstance, services: Services): void {
  const registry = new ModelRegistry(services.database.db, (ctx, entry) => services.audit.record(ctx, entry));

  app.get('/api/models', async (request) => registry.list(requireContext(request, ['clinician', 'reviewer', 'data_scientist', 'admin'])));

  app.get<{ Params: { name: string; version: string } }>('/api/models/:name/:version/card', async (request, reply) => {
    const ctx = requireContext(request, ['clinician', 'reviewer', 'data_scientist', 'admin']);
    const found = await registry.record(ctx, request.params.name, Number(request.params.version));
    return reply.type('text/html; charset=utf-8').send(found.cardHtml);
  });

  app.post<{ Params: { name: string } }>('/api/models/:name/predict', async (request) => {
    const ctx = requireContext(request, ['clinician', 'data_scientist', 'admin']);
    const body = request.body as { inputs?: unknown } | undefined;
    const inputs = body?.inputs;
    if (!inputs || typeof inputs !== 'object' || Array.isArray(inputs)) throw new GalenError('invalid_input', 'inputs must be an object of feature values', { location: 'inputs' });
    return registry.predict(ctx, request.params.name, inputs as RawRow);
  });

  /** Deployed models scored on the chart: models trained on record cohorts read their features from it. */
  app.get<{ Params: { id: string } }>('/api/clinician/patients/:id/models', async (request) => {
    const ctx = requireContext(request, ['clinician', 'admin']);
    const record = await services.patientRecord(ctx, request.params.id);
    const summary = buildChartSummary(record);
    const features = featuresAt(record, Date.now());
    const out = [];
    for (const model of await registry.deployed(ctx)) {
      const { record: trained } = await registry.record(ctx, model.name, model.version);
      const fromChart = trained.artifact.features.every((f) => featureNames.includes(f));
      if (!fromChart) {
        out.push({ model: model.name, version: model.version, scored: false, reason: `its inputs (${trained.artifact.features.join(', ')}) are not all read from the chart; use POST /api/models/${model.name}/predict with the values` });
        continue;
      }
      const prediction = await registry.predict(ctx, model.name, features);
      out.push({ scored: true, intendedUse: trained.intendedUse, auroc: model.auroc, ...prediction });
    }
    await services.audit.record(ctx, { action: 'chart.models', patientId: summary.patient.id, detail: { models: out.length } });
    return out;
  });
}
