import { sql } from 'kysely';
import type { RequestContext } from '../context.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../store/index.ts';
import { plainQuery, rankPassages, type ScoredPassage } from './bm25.ts';
import { medicalVocabulary, vocabularyQuery } from './vocabulary.ts';
import { stopWords, words } from './tokenize.ts';
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

  private readonly signatures = new Map<string, { at: number; revision: number; value: string }>();

  /**
   * What the stored passages look like now. Changes made through this process show at once (the
   * repository's revision); changes by other servers sharing the database within a few seconds.
   */
  private async signature(tenantId: string): Promise<string> {
    const cached = this.signatures.get(tenantId);
    if (cached && cached.revision === this.repository.revision && Date.now() - cached.at < 5_000) return cached.value;
    const value = await this.readSignature(tenantId);
    this.signatures.set(tenantId, { at: Date.now(), revision: this.repository.revision, value });
    return value;
  }

  private async readSignature(tenantId: string): Promise<string> {
    const row = await sql<{ n: number; s: string | null; a: number }>`
      SELECT (SELECT COUNT(*) FROM kb_passage WHERE tenant_id = ${tenantId}) AS n,
             (SELECT MAX(created_at) FROM kb_snapshot WHERE tenant_id = ${tenantId}) AS s,
             (SELECT COUNT(*) FROM kb_passage WHERE tenant_id = ${tenantId} AND review_status = 'approved') AS a`.execute(this.db);
    const r = row.rows[0];
    return `${r?.n}:${r?.s}:${r?.a}`;
  }

  private readonly building = new Map<string, Promise<Retriever>>();

  private key(ctx: RequestContext, filter: PassageFilter): string {
    return `${ctx.tenantId}|${filter.audience ?? '*'}|${(filter.statuses ?? ['approved']).join(',')}`;
  }

  /** The in-memory ranking statistics for the current passages, built (once) when missing or stale. */
  async ready(ctx: RequestContext, filter: PassageFilter): Promise<Retriever> {
    const key = this.key(ctx, filter);
    const signature = await this.signature(ctx.tenantId);
    const cached = this.cache.get(key);
    if (cached && cached.signature === signature) return cached.retriever;
    let pending = this.building.get(`${key}|${signature}`);
    if (!pending) {
      pending = this.repository.passages(ctx, { audience: filter.audience, statuses: filter.statuses }).then((passages) => {
        const retriever = buildRetriever(passages);
        this.cache.set(key, { signature, retriever });
        this.building.delete(`${key}|${signature}`);
        return retriever;
      }, (error: unknown) => {
        this.building.delete(`${key}|${signature}`);
        throw error;
      });
      this.building.set(`${key}|${signature}`, pending);
    }
    return pending;
  }

  /**
   * Ranked passages for a query. With warm statistics the ranking runs in memory: BM25 with the
   * medical vocabulary and corpus associations over every permitted passage. Right after an import or
   * a review (statistics stale or not yet built) the database's full-text index answers — FTS5 BM25 or
   * PostgreSQL text search, with the vocabulary's expansions — while the statistics are rebuilt.
   */
  async retrieve(ctx: RequestContext, query: string, options: RetrieveOptions = {}): Promise<ScoredPassage[]> {
    // A patient only ever reaches approved patient-audience passages, whatever the caller asked for.
    const filter: PassageFilter = ctx.actor.role === 'patient'
      ? { audience: 'patient', statuses: ['approved'], ...(options.codes ? { codes: options.codes } : {}) }
      : { ...(options.audience ? { audience: options.audience } : {}), statuses: options.statuses ?? ['approved'], ...(options.codes ? { codes: options.codes } : {}) };
    const k = options.k ?? 5;
    const settings = options.settings ?? defaultRetrieval;
    const key = this.key(ctx, filter);
    const signature = await this.signature(ctx.tenantId);
    const warm = this.cache.get(key);
    if (warm && warm.signature === signature) return rankPassages(warm.retriever.index, queryClauses(warm.retriever, query, settings), filter, k);
    // Statistics are rebuilt without holding this query up; a failure shows on the next ready().
    this.ready(ctx, filter).catch(() => undefined);
    const clauses = settings.vocabulary ? vocabularyQuery(query, { vocabulary: medicalVocabulary(), weight: settings.vocabularyWeight }) : plainQuery(query);
    // The raw words and the stems of every variant: each dialect's stemmer then finds its own forms.
    const terms = [...new Set([...words(query).filter((w) => !stopWords.has(w)), ...clauses.filter((c) => c.weight >= 0.5).flatMap((c) => c.variants.flatMap((v) => v.stems))])];
    return (await this.repository.fullText(ctx, terms, filter, k)).map(({ score, ...passage }) => ({ passage, score }));
  }
}
