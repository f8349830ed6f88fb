import type { Kysely } from 'kysely';
import type { RequestContext } from '../context.ts';
import { GalenError } from '../errors/index.ts';
import type { Database } from '../store/index.ts';
import { renderModelCardHtml, renderModelCardMarkdown } from './card.ts';
import { explain, type Explanation } from './model.ts';
import type { RawRow } from './preprocess.ts';
import type { TrainedModelRecord } from './record.ts';

export type ModelStatus = 'draft' | 'validated' | 'deployed' | 'retired';

export interface RegisteredModel {
  name: string;
  version: number;
  modelId: string;
  status: ModelStatus;
  createdAt: string;
  createdBy: string;
  validatedBy: string | null;
  validatedAt: string | null;
  deployedAt: string | null;
  retiredAt: string | null;
  algorithm: string;
  auroc: number | null;
  n: number;
}

export interface Prediction extends Explanation {
  model: string;
  version: number;
  modelId: string;
  /** Inputs the model uses that were not given (treated as missing by its preprocessing). */
  missing: string[];
}

type Audit = (ctx: RequestContext, entry: { action: string; detail: Record<string, unknown> }) => Promise<void>;

/**
 * Every trained model, versioned, with its record and card. Status moves draft → validated (a
 * clinician or reviewer signs off) → deployed (an admin; the previous deployed version of the name
 * is retired) → retired. Only deployed models serve predictions; every change is audited.
 */
export class ModelRegistry {
  constructor(private readonly db: Kysely<Database>, private readonly audit: Audit) {}

  async register(ctx: RequestContext, record: TrainedModelRecord): Promise<RegisteredModel> {
    if (!['data_scientist', 'admin', 'system'].includes(ctx.actor.role)) throw new GalenError('forbidden', `the ${ctx.actor.role} role cannot register models`);
    const last = await this.db.selectFrom('ml_model').select((eb) => eb.fn.max('version').as('v')).where('tenant_id', '=', ctx.tenantId).where('name', '=', record.name).executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    const stored = { ...record, version };
    await this.db.insertInto('ml_model').values({
      tenant_id: ctx.tenantId, name: record.name, version, model_id: record.modelId, status: 'draft', created_at: new Date().toISOString(), created_by: ctx.actor.id,
      validated_by: null, validated_at: null, deployed_at: null, retired_at: null,
      record: JSON.stringify(stored), card_md: renderModelCardMarkdown(stored), card_html: renderModelCardHtml(stored),
    }).execute();
    await this.audit(ctx, { action: 'model.register', detail: { name: record.name, version, modelId: record.modelId } });
    return this.get(ctx, record.name, version);
  }

  async list(ctx: RequestContext): Promise<RegisteredModel[]> {
    const rows = await this.db.selectFrom('ml_model').selectAll().where('tenant_id', '=', ctx.tenantId).orderBy('name').orderBy('version').execute();
    return rows.map(toRegistered);
  }

  async get(ctx: RequestContext, name: string, version?: number): Promise<RegisteredModel> {
    return toRegistered(await this.row(ctx, name, version));
  }

  async record(ctx: RequestContext, name: string, version?: number): Promise<{ model: RegisteredModel; record: TrainedModelRecord; cardMarkdown: string; cardHtml: string }> {
    const row = await this.row(ctx, name, version);
    return { model: toRegistered(row), record: JSON.parse(row.record) as TrainedModelRecord, cardMarkdown: row.card_md, cardHtml: row.card_html };
  }

  private async row(ctx: RequestContext, name: string, version?: number) {
    let q = this.db.selectFrom('ml_model').selectAll().where('tenant_id', '=', ctx.tenantId).where('name', '=', name);
    q = version === undefined ? q.orderBy('version', 'desc') : q.where('version', '=', version);
    const row = await q.limit(1).executeTakeFirst();
    if (!row) throw new GalenError('not_found', `no model ${name}${version === undefined ? '' : ` version ${version}`}`);
    return row;
  }

  /** A clinician (or reviewer) signs the model off after reading its card: draft → validated. */
  async validate(ctx: RequestContext, name: string, version: number, signer: string): Promise<RegisteredModel> {
    if (!['clinician', 'reviewer', 'system'].includes(ctx.actor.role)) throw new GalenError('forbidden', 'only a clinician or reviewer can sign a model off');
    return this.transition(ctx, name, version, ['draft'], 'validated', { validated_by: signer, validated_at: new Date().toISOString() });
  }

  async deploy(ctx: RequestContext, name: string, version: number): Promise<RegisteredModel> {
    if (!['admin', 'system'].includes(ctx.actor.role)) throw new GalenError('forbidden', 'only an administrator can deploy a model');
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('ml_model').select('status').where('tenant_id', '=', ctx.tenantId).where('name', '=', name).where('version', '=', version).executeTakeFirst();
      if (!row) throw new GalenError('not_found', `no model ${name} version ${version}`);
      if (row.status !== 'validated') throw new GalenError('conflict', `model ${name} v${version} is ${row.status}; only a validated model (signed off by a clinician) can be deployed`);
      await trx.updateTable('ml_model').set({ status: 'retired', retired_at: now }).where('tenant_id', '=', ctx.tenantId).where('name', '=', name).where('status', '=', 'deployed').execute();
      await trx.updateTable('ml_model').set({ status: 'deployed', deployed_at: now }).where('tenant_id', '=', ctx.tenantId).where('name', '=', name).where('version', '=', version).execute();
    });
    await this.audit(ctx, { action: 'model.deploy', detail: { name, version } });
    return this.get(ctx, name, version);
  }

  async retire(ctx: RequestContext, name: string, version: number): Promise<RegisteredModel> {
    if (!['admin', 'system', 'clinician', 'reviewer'].includes(ctx.actor.role)) throw new GalenError('forbidden', `the ${ctx.actor.role} role cannot retire models`);
    return this.transition(ctx, name, version, ['draft', 'validated', 'deployed'], 'retired', { retired_at: new Date().toISOString() });
  }

  private async transition(ctx: RequestContext, name: string, version: number, from: ModelStatus[], to: ModelStatus, set: Record<string, string>): Promise<RegisteredModel> {
    const current = await this.get(ctx, name, version);
    if (!from.includes(current.status)) throw new GalenError('conflict', `model ${name} v${version} is ${current.status}; it cannot become ${to}`);
    await this.db.updateTable('ml_model').set({ status: to, ...set }).where('tenant_id', '=', ctx.tenantId).where('name', '=', name).where('version', '=', version).execute();
    await this.audit(ctx, { action: `model.${to === 'validated' ? 'validate' : to === 'retired' ? 'retire' : to}`, detail: { name, version, ...set } });
    return this.get(ctx, name, version);
  }

  async deployed(ctx: RequestContext): Promise<RegisteredModel[]> {
    return (await this.list(ctx)).filter((m) => m.status === 'deployed');
  }

  /** Predicts with the deployed version of a model, with the explanation of the prediction. */
  async predict(ctx: RequestContext, name: string, input: RawRow): Promise<Prediction> {
    const row = await this.db.selectFrom('ml_model').selectAll().where('tenant_id', '=', ctx.tenantId).where('name', '=', name).where('status', '=', 'deployed').executeTakeFirst();
    if (!row) throw new GalenError('not_found', `no deployed model named ${name}`);
    const record = JSON.parse(row.record) as TrainedModelRecord;
    const missing = record.artifact.features.filter((f) => input[f] === undefined || input[f] === null || input[f] === '');
    const explanation = explain(record.artifact, input);
    await this.audit(ctx, { action: 'model.predict', detail: { name, version: Number(row.version), missing: missing.length } });
    return { ...explanation, model: name, version: Number(row.version), modelId: row.model_id, missing };
  }
}

function toRegistered(row: Database['ml_model'] & { record: string }): RegisteredModel {
  const record = JSON.parse(row.record) as TrainedModelRecord;
  return {
    name: row.name, version: Number(row.version), modelId: row.model_id, status: row.status as ModelStatus, createdAt: row.created_at, createdBy: row.created_by,
    validatedBy: row.validated_by, validatedAt: row.validated_at, deployedAt: row.deployed_at, retiredAt: row.retired_at,
    algorithm: record.algorithm, auroc: record.validation.evaluation.overall.auroc ?? null, n: record.data.n,
  };
}
