import type { Kysely } from 'kysely';
import type { RequestContext } from '../context.ts';
import { GalenError } from '../errors/index.ts';
import type { FhirStore } from '../fhir/index.ts';
import type { Database } from '../store/index.ts';
import { editDistance, type Draft } from './draft.ts';
import { getThread, listThreads, replyToThread, type MessageThread } from './messages.ts';

export interface DraftRecord extends Draft {
  messageId: string;
  createdAt: string;
  outcome: 'used' | 'edited' | 'discarded' | null;
}

export interface InBasketMetrics {
  drafts: number;
  sent: number;
  used: number;
  edited: number;
  discarded: number;
  /** Share of sent drafts used unchanged or edited (not discarded). */
  acceptance: number | null;
  meanEditDistance: number | null;
  medianSecondsToSend: number | null;
}

const careTeam = new Set(['clinician', 'admin']);

/**
 * The clinician in-basket: patient messages awaiting a reply, an AI draft for each (made once and
 * kept, so what the clinician saw is what is measured), and what happened to it: used as is, edited
 * (with the edit distance), or discarded, and how long it took to send.
 */
export class InBasket {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly fhir: FhirStore,
    private readonly makeDraft: (ctx: RequestContext, thread: MessageThread, clinicianName: string) => Promise<Draft | undefined>,
  ) {}

  private require(ctx: RequestContext): void {
    if (!careTeam.has(ctx.actor.role)) throw new GalenError('forbidden', 'the in-basket is for the care team');
  }

  async list(ctx: RequestContext, status: 'awaiting-reply' | 'answered' = 'awaiting-reply'): Promise<MessageThread[]> {
    this.require(ctx);
    const threads = await listThreads(this.fhir, ctx, { status });
    // Name each thread's patient (one search for all of them) so the list reads like an in-basket.
    const ids = [...new Set(threads.map((t) => t.patientId).filter(Boolean))];
    const names = new Map<string, string>();
    for (let i = 0; i < ids.length; i += 100) {
      const page = await this.fhir.search(ctx, 'Patient', { _id: ids.slice(i, i + 100).join(','), _count: '100' }, 'galen:fhir/R4');
      for (const e of page.entry ?? []) {
        const p = e.resource as { id?: string; name?: { given?: string[]; family?: string }[] };
        const n = p.name?.[0];
        if (p.id && n) names.set(p.id, [...(n.given ?? []), n.family].filter(Boolean).join(' '));
      }
    }
    return threads.map((t) => ({ ...t, ...(names.has(t.patientId) ? { patientName: names.get(t.patientId) } : {}) }));
  }

  async draft(ctx: RequestContext, messageId: string, clinicianName: string): Promise<DraftRecord | null> {
    this.require(ctx);
    const existing = await this.db.selectFrom('inbasket_draft').selectAll().where('tenant_id', '=', ctx.tenantId).where('message_id', '=', messageId).executeTakeFirst();
    if (existing) return { messageId, createdAt: existing.created_at, text: existing.draft, citations: JSON.parse(existing.citations) as Draft['citations'], outcome: existing.outcome as DraftRecord['outcome'] };
    const thread = await getThread(this.fhir, ctx, messageId);
    if (thread.status === 'answered') return null;
    const draft = await this.makeDraft(ctx, thread, clinicianName);
    if (!draft) return null;
    const createdAt = new Date().toISOString();
    await this.db.insertInto('inbasket_draft').values({ tenant_id: ctx.tenantId, message_id: messageId, created_at: createdAt, draft: draft.text, citations: JSON.stringify(draft.citations), outcome: null, final_text: null, edit_distance: null, clinician_id: null, sent_at: null, time_to_send_ms: null }).execute();
    return { ...draft, messageId, createdAt, outcome: null };
  }

  async discardDraft(ctx: RequestContext, messageId: string): Promise<void> {
    this.require(ctx);
    await this.db.updateTable('inbasket_draft').set({ outcome: 'discarded', clinician_id: ctx.actor.id }).where('tenant_id', '=', ctx.tenantId).where('message_id', '=', messageId).where('sent_at', 'is', null).execute();
  }

  /** Sends the reply to the patient's portal and records how the draft was used. */
  async send(ctx: RequestContext, messageId: string, input: { text: string; from: string }): Promise<MessageThread> {
    this.require(ctx);
    const thread = await replyToThread(this.fhir, ctx, messageId, input);
    const draft = await this.db.selectFrom('inbasket_draft').selectAll().where('tenant_id', '=', ctx.tenantId).where('message_id', '=', messageId).executeTakeFirst();
    if (draft && !draft.sent_at) {
      const sentAt = new Date();
      const final = input.text.trim();
      const distance = editDistance(draft.draft.trim(), final);
      const outcome = draft.outcome === 'discarded' ? 'discarded' : distance === 0 ? 'used' : 'edited';
      await this.db.updateTable('inbasket_draft').set({
        outcome, final_text: final, edit_distance: outcome === 'discarded' ? null : distance, clinician_id: ctx.actor.id,
        sent_at: sentAt.toISOString(), time_to_send_ms: sentAt.getTime() - new Date(draft.created_at).getTime(),
      }).where('tenant_id', '=', ctx.tenantId).where('message_id', '=', messageId).execute();
    }
    return thread;
  }

  async metrics(ctx: RequestContext): Promise<InBasketMetrics> {
    this.require(ctx);
    const rows = await this.db.selectFrom('inbasket_draft').select(['outcome', 'edit_distance', 'time_to_send_ms', 'sent_at']).where('tenant_id', '=', ctx.tenantId).execute();
    const sent = rows.filter((r) => r.sent_at);
    const count = (o: string) => sent.filter((r) => r.outcome === o).length;
    const edits = sent.filter((r) => r.outcome === 'edited').map((r) => Number(r.edit_distance));
    const times = sent.map((r) => Number(r.time_to_send_ms) / 1000).sort((a, b) => a - b);
    const median = times.length ? (times.length % 2 ? times[(times.length - 1) / 2]! : (times[times.length / 2 - 1]! + times[times.length / 2]!) / 2) : null;
    return {
      drafts: rows.length,
      sent: sent.length,
      used: count('used'),
      edited: count('edited'),
      discarded: count('discarded'),
      acceptance: sent.length ? (count('used') + count('edited')) / sent.length : null,
      meanEditDistance: edits.length ? Math.round(edits.reduce((a, b) => a + b, 0) / edits.length) : null,
      medianSecondsToSend: median === null ? null : Math.round(median * 10) / 10,
    };
  }
}
