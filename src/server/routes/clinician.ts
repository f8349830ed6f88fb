import type { FastifyInstance } from 'fastify';
import { calculatorRequestSchema, chartQuestionRequestSchema, replyRequestSchema } from '../../api/index.ts';
import { answerChartQuestion, buildChartSummary, chartCalculators, filterPanel, getThread, inputsFromChart, needsReply, panelRow, sortPanel, type PanelRow, type PanelSort } from '../../clinician/index.ts';
import { getCalculator } from '../../clinical/index.ts';
import { GalenError } from '../../errors/index.ts';
import { requireContext } from '../plugins/auth.ts';
import type { Services } from '../services.ts';

const clinicians = ['clinician', 'admin'] as const;

/** The clinician workspace: chart summary and chart questions, each access audited. */
export function clinicianRoutes(app: FastifyInstance, services: Services): void {
  app.get<{ Params: { id: string } }>('/api/clinician/patients/:id/summary', async (request) => {
    const ctx = requireContext(request, clinicians);
    const summary = buildChartSummary(await services.patientRecord(ctx, request.params.id));
    await services.audit.record(ctx, { action: 'chart.summary', resourceType: 'Patient', resourceId: request.params.id, patientId: request.params.id });
    return summary;
  });

  app.post<{ Params: { id: string } }>('/api/clinician/patients/:id/ask', async (request) => {
    const ctx = requireContext(request, clinicians);
    const parsed = chartQuestionRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new GalenError('invalid_input', 'a question of 2 to 500 characters is required', { location: 'question' });
    const summary = buildChartSummary(await services.patientRecord(ctx, request.params.id));
    const answer = answerChartQuestion(summary, parsed.data.question);
    await services.audit.record(ctx, { action: 'chart.question', resourceType: 'Patient', resourceId: request.params.id, patientId: request.params.id, detail: { question: parsed.data.question, found: answer.found, citations: answer.citations.length } });
    return answer;
  });
}

/** The in-basket, the panel and the chart's calculators. */
export function clinicianWorkRoutes(app: FastifyInstance, services: Services): void {
  app.get<{ Querystring: { sort?: string; gap?: string; flag?: string; q?: string } }>('/api/clinician/panel', async (request) => {
    const ctx = requireContext(request, clinicians);
    const rows: PanelRow[] = [];
    for (const id of await services.fhir.patientIds(ctx)) rows.push(panelRow(buildChartSummary(await services.patientRecord(ctx, id))));
    await services.audit.record(ctx, { action: 'clinician.panel', detail: { patients: rows.length } });
    const sorts: PanelSort[] = ['name', 'gaps', 'flags', 'age', 'last-visit'];
    const sort = sorts.includes(request.query.sort as PanelSort) ? (request.query.sort as PanelSort) : 'gaps';
    return sortPanel(filterPanel(rows, { gap: request.query.gap, flag: request.query.flag, text: request.query.q }), sort);
  });

  app.get<{ Params: { id: string } }>('/api/clinician/patients/:id/calculators', async (request) => {
    const ctx = requireContext(request, clinicians);
    const record = await services.patientRecord(ctx, request.params.id);
    await services.audit.record(ctx, { action: 'chart.calculators', patientId: request.params.id });
    return chartCalculators(buildChartSummary(record), record);
  });

  app.post<{ Params: { id: string; name: string } }>('/api/clinician/patients/:id/calculators/:name', async (request) => {
    const ctx = requireContext(request, clinicians);
    const parsed = calculatorRequestSchema.safeParse(request.body ?? {});
    if (!parsed.success) throw new GalenError('invalid_input', 'inputs must be an object of numbers, booleans or strings', { location: 'inputs' });
    const calculator = getCalculator(request.params.name);
    const record = await services.patientRecord(ctx, request.params.id);
    const overrides = Object.fromEntries(Object.entries(parsed.data.inputs).map(([k, v]) => [k, { value: v, source: 'entered by clinician' }]));
    const chart = inputsFromChart(buildChartSummary(record), record);
    const own: Record<string, { value: unknown; source?: string } | undefined> = {};
    for (const input of calculator.inputs) own[input.name] = overrides[input.name] ?? chart[input.name];
    return calculator.assess(own);
  });

  app.get<{ Querystring: { status?: string } }>('/api/clinician/inbasket', async (request) => {
    const ctx = requireContext(request, clinicians);
    return services.inbasket.list(ctx, request.query.status === 'answered' ? 'answered' : 'awaiting-reply');
  });

  app.get<{ Params: { id: string } }>('/api/clinician/inbasket/:id', async (request) => {
    const ctx = requireContext(request, clinicians);
    const thread = await getThread(services.fhir, ctx, request.params.id);
    const draft = await services.inbasket.draft(ctx, request.params.id, request.session!.user.name);
    await services.audit.record(ctx, { action: 'inbasket.open', patientId: thread.patientId, resourceType: 'Communication', resourceId: thread.id, detail: { draft: !!draft } });
    return { thread, draft, noReplyNeeded: !draft && thread.status === 'awaiting-reply' && !needsReply(thread.text) };
  });

  app.post<{ Params: { id: string } }>('/api/clinician/inbasket/:id/send', async (request) => {
    const ctx = requireContext(request, clinicians);
    const parsed = replyRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new GalenError('invalid_input', 'a reply text is required', { location: 'text' });
    const thread = await services.inbasket.send(ctx, request.params.id, { text: parsed.data.text, from: request.session!.user.name });
    await services.audit.record(ctx, { action: 'inbasket.reply', patientId: thread.patientId, resourceType: 'Communication', resourceId: thread.id });
    return thread;
  });

  app.post<{ Params: { id: string } }>('/api/clinician/inbasket/:id/discard-draft', async (request, reply) => {
    const ctx = requireContext(request, clinicians);
    await services.inbasket.discardDraft(ctx, request.params.id);
    return reply.status(204).send();
  });

  app.get('/api/clinician/inbasket-metrics', async (request) => services.inbasket.metrics(requireContext(request, clinicians)));
}
