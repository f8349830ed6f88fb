import type { FastifyInstance } from 'fastify';
import { askRequestSchema, sendMessageRequestSchema } from '../../api/index.ts';
import { buildChartSummary, listThreads, sendPatientMessage } from '../../clinician/index.ts';
import { interpretLab } from '../../clinical/index.ts';
import { GalenError } from '../../errors/index.ts';
import { requireContext } from '../plugins/auth.ts';
import type { Services } from '../services.ts';

const patients = ['patient'] as const;

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new GalenError('invalid_input', `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`, { location: issue.path.map(String).join('.') });
  }
  return result.data;
}

/** The patient portal: my health summary, the assistant, messages with my care team, approved articles. */
export function portalRoutes(app: FastifyInstance, services: Services): void {
  app.get('/api/portal/summary', async (request) => {
    const ctx = requireContext(request, patients);
    const patientId = ctx.actor.patientId!;
    const summary = buildChartSummary(await services.patientRecord(ctx, patientId));
    const sex = summary.patient.gender === 'female' || summary.patient.gender === 'male' ? summary.patient.gender : undefined;
    await services.audit.record(ctx, { action: 'portal.summary', patientId });
    return {
      ...summary,
      labs: summary.labs.map((s) => {
        let meaning: string | undefined;
        try {
          const interpreted = interpretLab({ loinc: s.code, value: s.latest.value, unit: s.unit, ...(s.referenceRange ? { referenceRange: s.referenceRange } : {}), ...(sex ? { sex } : {}), ...(summary.patient.ageYears !== undefined ? { age: summary.patient.ageYears } : {}) });
          meaning = interpreted.meaning ?? undefined;
        } catch {
          meaning = undefined;
        }
        return { ...s, ...(meaning ? { meaning } : {}) };
      }),
    };
  });

  app.post('/api/assistant/ask', async (request) => {
    const ctx = requireContext(request, patients);
    const body = parse(askRequestSchema, request.body);
    return services.assistant.answer(ctx, body);
  });

  app.get('/api/portal/messages', async (request) => {
    const ctx = requireContext(request, patients);
    return listThreads(services.fhir, ctx);
  });

  app.post('/api/portal/messages', async (request, reply) => {
    const ctx = requireContext(request, patients);
    const body = parse(sendMessageRequestSchema, request.body);
    let transcript: string | undefined;
    let triageLevel: string | undefined;
    if (body.conversationId) {
      const turns = await services.conversations.transcript(ctx, ctx.actor.patientId!, body.conversationId);
      transcript = turns.map((t) => `${t.role === 'patient' ? 'Patient' : 'Assistant'}${t.triageLevel ? ` [${t.triageLevel}]` : ''}: ${t.text}`).join('\n');
      const order = ['self-care', 'routine', 'urgent', 'emergency'];
      triageLevel = turns.map((t) => t.triageLevel).filter((l): l is string => !!l).sort((a, b) => order.indexOf(b) - order.indexOf(a))[0];
    }
    const thread = await sendPatientMessage(services.fhir, ctx, { subject: body.subject, text: body.text, ...(transcript ? { transcript } : {}), ...(triageLevel ? { triageLevel } : {}) });
    await services.audit.record(ctx, { action: 'portal.message', patientId: ctx.actor.patientId!, resourceType: 'Communication', resourceId: thread.id, detail: { handoff: !!body.conversationId } });
    return reply.status(201).send(thread);
  });

  app.get<{ Params: { id: string } }>('/api/knowledge/articles/:id', async (request) => {
    const ctx = requireContext(request, ['patient', 'clinician', 'reviewer', 'admin', 'data_scientist']);
    return services.knowledge.repository.article(ctx, request.params.id);
  });
}
