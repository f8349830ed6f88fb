import type { Kysely } from 'kysely';
import type { RequestContext } from '../context.ts';
import { GalenError } from '../errors/index.ts';
import { insertInChunks, type Database } from '../store/index.ts';
import { newPatientKey, newSurrogateId, type PatientKey } from './keys.ts';

/**
 * The protected link table: real ids to random surrogates, and each patient's random key. Loaded
 * once per export, new entries written back in one transaction, so one patient keeps the same
 * surrogate across every export while nothing in an export reveals who they are.
 */
export class LinkTable {
  private readonly surrogates = new Map<string, string>();
  private readonly keys = new Map<string, PatientKey>();
  private readonly newLinks: { real_ref: string; surrogate: string }[] = [];
  private readonly newKeys: { patient_id: string; key: PatientKey }[] = [];

  private constructor(private readonly db: Kysely<Database>, private readonly tenantId: string, private readonly newKey: () => PatientKey) {}

  /** `newKey` draws a new patient's key (random by default; tests pass a reproducible one). */
  static async load(db: Kysely<Database>, ctx: RequestContext, options: { newKey?: () => PatientKey } = {}): Promise<LinkTable> {
    if (ctx.actor.role !== 'system' && ctx.actor.role !== 'admin') throw new GalenError('forbidden', 'only an administrator can use the de-identification link table');
    const table = new LinkTable(db, ctx.tenantId, options.newKey ?? newPatientKey);
    for (const row of await db.selectFrom('deid_link').select(['real_ref', 'surrogate']).where('tenant_id', '=', ctx.tenantId).execute()) table.surrogates.set(row.real_ref, row.surrogate);
    for (const row of await db.selectFrom('deid_patient_key').select(['patient_id', 'key']).where('tenant_id', '=', ctx.tenantId).execute()) table.keys.set(row.patient_id, JSON.parse(row.key) as PatientKey);
    return table;
  }

  keyFor(patientId: string): PatientKey {
    let key = this.keys.get(patientId);
    if (!key) {
      key = this.newKey();
      this.keys.set(patientId, key);
      this.newKeys.push({ patient_id: patientId, key });
      // The patient's surrogate id doubles as the link for Patient/{id}.
      if (!this.surrogates.has(`Patient/${patientId}`)) {
        this.surrogates.set(`Patient/${patientId}`, key.surrogateId);
        this.newLinks.push({ real_ref: `Patient/${patientId}`, surrogate: key.surrogateId });
      }
    }
    return key;
  }

  surrogateFor(reference: string): string {
    const patient = /^Patient\/(.+)$/.exec(reference);
    if (patient) return this.surrogates.get(reference) ?? this.keyFor(patient[1]!).surrogateId;
    let surrogate = this.surrogates.get(reference);
    if (!surrogate) {
      surrogate = newSurrogateId();
      this.surrogates.set(reference, surrogate);
      this.newLinks.push({ real_ref: reference, surrogate });
    }
    return surrogate;
  }

  async save(): Promise<{ links: number; keys: number }> {
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await insertInChunks(trx, 'deid_link', this.newLinks.map((l) => ({ tenant_id: this.tenantId, ...l, created_at: now })));
      await insertInChunks(trx, 'deid_patient_key', this.newKeys.map((k) => ({ tenant_id: this.tenantId, patient_id: k.patient_id, key: JSON.stringify(k.key), created_at: now })));
    });
    const saved = { links: this.newLinks.length, keys: this.newKeys.length };
    this.newLinks.length = 0;
    this.newKeys.length = 0;
    return saved;
  }
}
