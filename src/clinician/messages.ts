import type { Communication } from '@medplum/fhirtypes';
import { systemContext, type RequestContext } from '../context.ts';
import { GalenError } from '../errors/index.ts';
import type { FhirStore } from '../fhir/index.ts';

/**
 * Patient ↔ care-team messages, stored as FHIR Communication resources in the patient's record:
 * a patient message (category `patient-message`, status in-progress until answered) and the care
 * team's reply (category `care-team-reply`, `inResponseTo` the message).
 */
export const messageCategorySystem = 'urn:galen:message-category';

export interface MessageThread {
  id: string;
  patientId: string;
  /** Filled in for the care team's in-basket. */
  patientName?: string;
  subject: string;
  text: string;
  sent: string;
  status: 'awaiting-reply' | 'answered';
  /** Conversation with the assistant that the patient handed off, if any. */
  transcript?: string;
  /** Highest triage level seen in the handed-off conversation or the message. */
  triageLevel?: string;
  replies: { id: string; text: string; sent: string; from: string }[];
}

const base = 'galen:fhir/R4';

function category(code: string) {
  return [{ coding: [{ system: messageCategorySystem, code }] }];
}

function hasCategory(c: Communication, code: string): boolean {
  return c.category?.some((cat) => cat.coding?.some((x) => x.system === messageCategorySystem && x.code === code)) ?? false;
}

function payloadText(c: Communication, index = 0): string {
  return c.payload?.[index]?.contentString ?? '';
}

/** Writes are done by the system on the patient's behalf, after checking the patient writes to their own record. */
export async function sendPatientMessage(fhir: FhirStore, ctx: RequestContext, input: { subject: string; text: string; transcript?: string; triageLevel?: string }): Promise<MessageThread> {
  const patientId = ctx.actor.patientId;
  if (ctx.actor.role !== 'patient' || !patientId) throw new GalenError('forbidden', 'only a signed-in patient can send a message to their care team');
  const text = input.text.trim();
  if (!text) throw new GalenError('invalid_input', 'the message is empty', { location: 'text' });
  const communication: Communication = {
    resourceType: 'Communication',
    status: 'in-progress',
    category: category('patient-message'),
    subject: { reference: `Patient/${patientId}` },
    sender: { reference: `Patient/${patientId}` },
    sent: new Date().toISOString(),
    topic: { text: input.subject.trim() || 'Message from the patient portal' },
    payload: [{ contentString: text }, ...(input.transcript ? [{ contentString: input.transcript }] : [])],
    ...(input.triageLevel ? { priority: input.triageLevel === 'emergency' ? 'stat' : input.triageLevel === 'urgent' ? 'urgent' : 'routine' } : {}),
    ...(input.triageLevel ? { extension: [{ url: 'urn:galen:triage-level', valueCode: input.triageLevel }] } : {}),
  };
  const created = (await fhir.create(systemContext(ctx.tenantId), communication)) as Communication;
  return toThread(created, []);
}

function toThread(message: Communication, replies: Communication[]): MessageThread {
  return {
    id: message.id!,
    patientId: message.subject?.reference?.split('/')[1] ?? '',
    subject: message.topic?.text ?? '',
    text: payloadText(message),
    sent: message.sent ?? message.meta?.lastUpdated ?? '',
    status: message.status === 'completed' ? 'answered' : 'awaiting-reply',
    ...(message.payload?.[1]?.contentString ? { transcript: message.payload[1].contentString } : {}),
    ...(message.extension?.find((e) => e.url === 'urn:galen:triage-level')?.valueCode ? { triageLevel: message.extension!.find((e) => e.url === 'urn:galen:triage-level')!.valueCode } : {}),
    replies: replies
      .filter((r) => r.inResponseTo?.some((x) => x.reference === `Communication/${message.id}`))
      .sort((a, b) => (a.sent ?? '').localeCompare(b.sent ?? ''))
      .map((r) => ({ id: r.id!, text: payloadText(r), sent: r.sent ?? '', from: r.sender?.display ?? 'Care team' })),
  };
}

async function allCommunications(fhir: FhirStore, ctx: RequestContext, query: Record<string, string>): Promise<Communication[]> {
  const out: Communication[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await fhir.search(ctx, 'Communication', { ...query, _count: '500', _offset: String(offset), _sort: '-sent' }, base);
    out.push(...((page.entry ?? []).map((e) => e.resource as Communication)));
    if (!page.entry || page.entry.length < 500) return out;
  }
}

/** Threads of one patient (a patient sees only their own; clinicians may pass any patient of the institution). */
export async function listThreads(fhir: FhirStore, ctx: RequestContext, filter: { patientId?: string; status?: 'awaiting-reply' | 'answered' } = {}): Promise<MessageThread[]> {
  const query: Record<string, string> = {};
  const patientId = ctx.actor.role === 'patient' ? ctx.actor.patientId : filter.patientId;
  if (patientId) query.patient = patientId;
  const all = await allCommunications(fhir, ctx, query);
  const replies = all.filter((c) => hasCategory(c, 'care-team-reply'));
  return all
    .filter((c) => hasCategory(c, 'patient-message'))
    .map((m) => toThread(m, replies))
    .filter((t) => !filter.status || t.status === filter.status);
}

export async function getThread(fhir: FhirStore, ctx: RequestContext, messageId: string): Promise<MessageThread> {
  const message = (await fhir.read(ctx, 'Communication', messageId)) as Communication;
  if (!hasCategory(message, 'patient-message')) throw new GalenError('not_found', `no message ${messageId}`);
  const patientId = message.subject?.reference?.split('/')[1];
  const replies = (await allCommunications(fhir, ctx, patientId ? { patient: patientId } : {})).filter((c) => hasCategory(c, 'care-team-reply'));
  return toThread(message, replies);
}

/** Stores the care team's reply and marks the patient's message answered, in one transaction. */
export async function replyToThread(fhir: FhirStore, ctx: RequestContext, messageId: string, input: { text: string; from: string }): Promise<MessageThread> {
  if (ctx.actor.role !== 'clinician' && ctx.actor.role !== 'admin') throw new GalenError('forbidden', 'only the care team can reply');
  const message = (await fhir.read(ctx, 'Communication', messageId)) as Communication;
  if (!hasCategory(message, 'patient-message')) throw new GalenError('not_found', `no message ${messageId}`);
  const text = input.text.trim();
  if (!text) throw new GalenError('invalid_input', 'the reply is empty', { location: 'text' });
  await fhir.transaction(ctx, {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl: 'urn:uuid:reply',
        resource: {
          resourceType: 'Communication', status: 'completed', category: category('care-team-reply'),
          subject: message.subject, inResponseTo: [{ reference: `Communication/${messageId}` }],
          sender: { display: input.from }, recipient: message.subject ? [message.subject] : undefined,
          sent: new Date().toISOString(), payload: [{ contentString: text }],
        },
        request: { method: 'POST', url: 'Communication' },
      },
      { resource: { ...message, status: 'completed' }, request: { method: 'PUT', url: `Communication/${messageId}` } },
    ],
  });
  return getThread(fhir, ctx, messageId);
}
