import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { RequestContext } from '../context.ts';
import { dialectOf, type Database } from '../store/index.ts';

export interface AuditEntry {
  action: string;
  resourceType?: string;
  resourceId?: string;
  patientId?: string;
  detail?: Record<string, unknown>;
}

export interface AuditRecord extends AuditEntry {
  seq: number;
  at: string;
  actorId: string;
  actorRole: string;
  prevHash: string;
  hash: string;
}

const genesis = '0'.repeat(64);

function entryHash(prevHash: string, tenantId: string, at: string, actorId: string, actorRole: string, e: AuditEntry): string {
  const canonical = JSON.stringify([prevHash, tenantId, at, actorId, actorRole, e.action, e.resourceType ?? null, e.resourceId ?? null, e.patientId ?? null, e.detail ?? null]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * The append-only audit log: each institution's entries form a hash chain, so removing or
 * editing an entry breaks every hash after it and `verify` finds where.
 */
export class AuditLog {
  constructor(private readonly db: Kysely<Database>) {}

  async record(ctx: RequestContext, entry: AuditEntry): Promise<void> {
    const at = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      if (dialectOf(trx) === 'postgres') {
        // One writer per institution's chain at a time across every server sharing the database.
        await sql`SELECT pg_advisory_xact_lock(hashtext(${`audit:${ctx.tenantId}`}))`.execute(trx);
      }
      const last = await trx.selectFrom('audit_log').select('hash').where('tenant_id', '=', ctx.tenantId).orderBy('seq', 'desc').limit(1).executeTakeFirst();
      const prevHash = last?.hash ?? genesis;
      const hash = entryHash(prevHash, ctx.tenantId, at, ctx.actor.id, ctx.actor.role, entry);
      await trx
        .insertInto('audit_log')
        .values({
          tenant_id: ctx.tenantId,
          at,
          actor_id: ctx.actor.id,
          actor_role: ctx.actor.role,
          action: entry.action,
          resource_type: entry.resourceType ?? null,
          resource_id: entry.resourceId ?? null,
          patient_id: entry.patientId ?? null,
          detail: entry.detail ? JSON.stringify(entry.detail) : null,
          prev_hash: prevHash,
          hash,
        })
        .execute();
    });
  }

  async list(tenantId: string, options: { limit?: number; patientId?: string } = {}): Promise<AuditRecord[]> {
    let q = this.db.selectFrom('audit_log').selectAll().where('tenant_id', '=', tenantId).orderBy('seq', 'asc');
    if (options.patientId) q = q.where('patient_id', '=', options.patientId);
    if (options.limit) q = q.limit(options.limit);
    const rows = await q.execute();
    return rows.map((r) => ({
      seq: Number(r.seq), at: r.at, actorId: r.actor_id, actorRole: r.actor_role, action: r.action,
      ...(r.resource_type ? { resourceType: r.resource_type } : {}),
      ...(r.resource_id ? { resourceId: r.resource_id } : {}),
      ...(r.patient_id ? { patientId: r.patient_id } : {}),
      ...(r.detail ? { detail: JSON.parse(r.detail) as Record<string, unknown> } : {}),
      prevHash: r.prev_hash, hash: r.hash,
    }));
  }

  /** Recomputes the chain; returns the first entry whose hash or link does not hold. */
  async verify(tenantId: string): Promise<{ ok: boolean; entries: number; brokenAt?: number }> {
    const records = await this.list(tenantId);
    let prev = genesis;
    for (const r of records) {
      const expected = entryHash(prev, tenantId, r.at, r.actorId, r.actorRole, r);
      if (r.prevHash !== prev || r.hash !== expected) return { ok: false, entries: records.length, brokenAt: r.seq };
      prev = r.hash;
    }
    return { ok: true, entries: records.length };
  }
}
