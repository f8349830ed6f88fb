import type { FastifyInstance } from 'fastify';
import type { Resource } from '@medplum/fhirtypes';
import { chartQuestionRequestSchema } from '../../api/index.ts';
import { answerChartQuestion, buildChartSummary } from '../../clinician/index.ts';
import type { RequestContext } from '../../context.ts';
import { GalenError } from '../../errors/index.ts';
import { requireContext } from '../plugins/auth.ts';
import type { Services } from '../services.ts';

const clinicians = ['clinician', 'admin'] as const;

async function patientRecord(services: Services, ctx: RequestContext, patientId: string): Promise<Resource[]> {
  const bundle = await services.fhir.everything(ctx, patientId, 'galen:fhir/R4');
  return (bundle.entry ?? []).map((e) => e.resource!).filter(Boolean);
}

/** The clinician workspace: chart summary and chart questions, each access audited. */
export function clinicianRoutes(app: FastifyInstance, services: Services): void {
  app.get<{ Params: { id: string } }>('/api/clinician/patients/:id/summary', async (request) => {
    const ctx = requireContext(request, clinicians);
    const summary = buildChartSummary(await patientRecord(services, ctx, request.params.id));
    await services.audit.record(ctx, { action: 'chart.summary', resourceType: 'Patient', resourceId: request.params.id, patientId: request.params.id });
    return summary;
  });

  app.post<{ Params: { id: string } }>('/api/clinician/patients/:id/ask', async (request) => {
    const ctx = requireContext(request, clinicians);
    const parsed = chartQuestionRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new GalenError('invalid_input', 'a question of 2 to 500 characters is required', { location: 'question' });
    const summary = buildChartSummary(await patientRecord(services, ctx, request.params.id));
    const answer = answerChartQuestion(summary, parsed.data.question);
    await services.audit.record(ctx, { action: 'chart.question', resourceType: 'Patient', resourceId: request.params.id, patientId: request.params.id, detail: { question: parsed.data.question, found: answer.found, citations: answer.citations.length } });
    return answer;
  });
}
