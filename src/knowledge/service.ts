import { sql } from 'kysely';
import type { RequestContext } from '../context.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../store/index.ts';
import { rankPassages, type ScoredPassage } from './bm25.ts';
import { words } from './tokenize.ts';
import type { KnowledgeRepository, PassageFilter } from './repository.ts';
import { buildRetriever, defaultRetrieval, queryClauses, type RetrievalSettings, type Retriever } from './retrieve.ts';
import type { Audience, ReviewStatus } from './types.ts';

export interface RetrieveOptions {
  audience?: Audience;
  statuses?: ReviewStatus[];
  codes?: string[];
  k?: number;
  settings?: RetrievalSettings;
}

/**
 * Retrieval over the stored knowledge base. The database's full-text index (FTS5 BM25 on SQLite,
 * PostgreSQL text search) finds candidates for the query and its vocabulary expansions; the
 * candidates are then ranked with the same BM25 + medical vocabulary + corpus associations on both
 * dialects, so a query gets the same answer whichever database an institution runs.
 * The in-memory statistics are rebuilt when the stored passages change.
 */
export class KnowledgeService {
  private readonly cache = new Map<string, { signature: string; retriever: Retriever }>();

  constructor(
    private readonly db: Kysely<Database>,
    readonly repository: KnowledgeRepository,
  ) {}

  private async signature(tenantId: string): Promise<string> {
    const row = await sql<{ n: number; s: string | null; a: number }>`
      SELECT (SELECT COUNT(*) FROM kb_passage WHERE tenant_id = ${tenantId}) AS n,
             (SELECT MAX(created_at) FROM kb_snapshot WHERE tenant_id = ${tenantId}) AS s,
             (SELECT COUNT(*) FROM kb_passage WHERE tenant_id = ${tenantId} AND review_status = 'approved') AS a`.execute(this.db);
    const r = row.rows[0];
    return `${r?.n}:${r?.s}:${r?.a}`;
  }

  private async retriever(ctx: RequestContext, filter: PassageFilter): Promise<Retriever> {
    const key = `${ctx.tenantId}|${filter.audience ?? '*'}|${(filter.statuses ?? ['approved']).join(',')}`;
    const signature = await this.signature(ctx.tenantId);
    const cached = this.cache.get(key);
    if (cached && cached.signature === signature) return cached.retriever;
    const retriever = buildRetriever(await this.repository.passages(ctx, filter));
    this.cache.set(key, { signature, retriever });
    return retriever;
  }

  async retrieve(ctx: RequestContext, query: string, options: RetrieveOptions = {}): Promise<ScoredPassage[]> {
    // A patient only ever reaches approved patient-audience passages, whatever the caller asked for.
    const filter: PassageFilter = ctx.actor.role === 'patient'
      ? { audience: 'patient', statuses: ['approved'], ...(options.codes ? { codes: options.codes } : {}) }
      : { ...(options.audience ? { audience: options.audience } : {}), statuses: options.statuses ?? ['approved'], ...(options.codes ? { codes: options.codes } : {}) };
    const k = options.k ?? 5;
    const retriever = await this.retriever(ctx, { audience: filter.audience, statuses: filter.statuses });
    const clauses = queryClauses(retriever, query, options.settings ?? defaultRetrieval);
    // The raw words and the stems of every variant: each dialect's stemmer then finds its own forms.
    const terms = [...new Set([...words(query), ...clauses.filter((c) => c.weight >= 0.5).flatMap((c) => c.variants.flatMap((v) => v.stems))])];
    const candidates = await this.repository.fullText(ctx, terms, filter, 300);
    if (candidates.length === 0) return [];
    const ids = new Set(candidates.map((c) => c.id));
    return rankPassages(retriever.index, clauses, filter, Math.max(k, candidates.length)).filter((r) => ids.has(r.passage.id)).slice(0, k);
  }
}
