import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../context.ts';
import { GalenError } from '../errors/index.ts';
import type { Database } from '../store/index.ts';

export interface ConversationTurn {
  role: 'patient' | 'assistant';
  text: string;
  triageLevel?: string;
  createdAt: string;
}

/** Conversations of the signed-in patient; another patient's conversation id is simply not found. */
export class ConversationStore {
  constructor(private readonly db: Kysely<Database>) {}

  async open(ctx: RequestContext, patientId: string, conversationId?: string): Promise<{ id: string; turns: ConversationTurn[] }> {
    if (!conversationId) {
      const id = randomUUID();
      await this.db.insertInto('assistant_conversation').values({ tenant_id: ctx.tenantId, id, patient_id: patientId, user_id: ctx.actor.id, created_at: new Date().toISOString(), highest_level: 'self-care' }).execute();
      return { id, turns: [] };
    }
    const row = await this.db.selectFrom('assistant_conversation').select(['id', 'patient_id']).where('tenant_id', '=', ctx.tenantId).where('id', '=', conversationId).executeTakeFirst();
    if (!row || row.patient_id !== patientId) throw new GalenError('not_found', 'no such conversation');
    const turns = await this.db.selectFrom('assistant_message').select(['role', 'text', 'triage_level', 'created_at']).where('tenant_id', '=', ctx.tenantId).where('conversation_id', '=', conversationId).orderBy('seq').execute();
    return { id: row.id, turns: turns.map((t) => ({ role: t.role as ConversationTurn['role'], text: t.text, ...(t.triage_level ? { triageLevel: t.triage_level } : {}), createdAt: t.created_at })) };
  }

  async append(ctx: RequestContext, conversationId: string, turns: { role: ConversationTurn['role']; text: string; triageLevel?: string; answer?: unknown }[], highestLevel: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const last = await trx.selectFrom('assistant_message').select((eb) => eb.fn.max('seq').as('seq')).where('tenant_id', '=', ctx.tenantId).where('conversation_id', '=', conversationId).executeTakeFirst();
      let seq = Number(last?.seq ?? 0);
      const now = new Date().toISOString();
      for (const t of turns) {
        seq++;
        await trx.insertInto('assistant_message').values({ tenant_id: ctx.tenantId, conversation_id: conversationId, seq, role: t.role, text: t.text, triage_level: t.triageLevel ?? null, answer: t.answer === undefined ? null : JSON.stringify(t.answer), created_at: now }).execute();
      }
      await trx.updateTable('assistant_conversation').set({ highest_level: highestLevel }).where('tenant_id', '=', ctx.tenantId).where('id', '=', conversationId).execute();
    });
  }

  async transcript(ctx: RequestContext, patientId: string, conversationId: string): Promise<ConversationTurn[]> {
    return (await this.open(ctx, patientId, conversationId)).turns;
  }
}
