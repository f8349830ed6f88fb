import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { RequestContext } from '../context.ts';
import { GalenError } from '../errors/index.ts';
import { dialectOf, insertInChunks, type Database } from '../store/index.ts';
import { articlePassages } from './passages.ts';
import type { Article, Audience, Citation, KnowledgePack, Passage, ReviewStatus } from './types.ts';

export interface ImportSummary {
  snapshotId: string;
  source: string;
  articles: number;
  added: number;
  changed: number;
  unchanged: number;
  passages: number;
}

export interface PassageFilter {
  audience?: Audience;
  statuses?: ReviewStatus[];
  /** Keep passages whose article carries any of these `system|code` values. */
  codes?: string[];
}

export interface StoredPassage extends Passage {
  /** Full-text score from the database (higher is better; comparable within one query only). */
  score: number;
}

const editorRoles = new Set(['reviewer', 'admin', 'system', 'clinician']);

/** sha256 of what an article says (not its review state or where it came from). */
export function articleContentHash(article: Article): string {
  const { review: _review, origin: _origin, ...content } = article;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/**
 * The institution's knowledge base in the database. An import is one transaction and one
 * snapshot; an article whose content did not change keeps its review, a changed one takes the
 * review state of the new file (so edited content must be approved again).
 */
export class KnowledgeRepository {
  /** Bumped by every import and review made through this object, so caches built on it know to refresh. */
  revision = 0;

  constructor(private readonly db: Kysely<Database>) {}

  async importPack(ctx: RequestContext, pack: KnowledgePack, source: string): Promise<ImportSummary> {
    this.requireEditor(ctx);
    const tenantId = ctx.tenantId;
    const snapshotId = `kb-${new Date().toISOString().replace(/[-:.TZ]/g, '').slice(0, 14)}-${randomBytes(4).toString('hex')}`;
    return this.db.transaction().execute(async (trx) => {
      const existing = new Map<string, { content_hash: string; review_status: string; reviewer: string | null; review_date: string | null }>();
      const ids = pack.articles.map((a) => a.id);
      for (let i = 0; i < ids.length; i += 500) {
        const rows = await trx.selectFrom('kb_article').select(['id', 'content_hash', 'review_status', 'reviewer', 'review_date']).where('tenant_id', '=', tenantId).where('id', 'in', ids.slice(i, i + 500)).execute();
        for (const r of rows) existing.set(r.id, r);
      }
      let added = 0;
      let changed = 0;
      let passages = 0;
      const versions = [];
      const replaced: Article[] = [];
      for (const article of pack.articles) {
        const hash = articleContentHash(article);
        const prior = existing.get(article.id);
        if (prior && prior.content_hash === hash) continue;
        versions.push({ tenant_id: tenantId, id: article.id, snapshot_id: snapshotId, content_hash: hash, article: JSON.stringify(article) });
        if (prior) changed++;
        else added++;
        replaced.push(article);
      }
      const replacedIds = replaced.map((a) => a.id);
      for (let i = 0; i < replacedIds.length; i += 500) {
        const chunk = replacedIds.slice(i, i + 500);
        await trx.deleteFrom('kb_article').where('tenant_id', '=', tenantId).where('id', 'in', chunk).execute();
        await this.deletePassages(trx, tenantId, chunk);
      }
      await insertInChunks(trx, 'kb_article', replaced.map((a) => ({
        tenant_id: tenantId, id: a.id, snapshot_id: snapshotId, content_hash: articleContentHash(a), audience: a.audience, title: a.title,
        review_status: a.review.status, reviewer: a.review.reviewer, review_date: a.review.date, article: JSON.stringify(a),
      })));
      const passageRows = replaced.flatMap((a) => articlePassages(a)).map((p) => ({
        tenant_id: tenantId, id: p.id, article_id: p.articleId, audience: p.audience, review_status: p.reviewStatus, title: p.title,
        section: p.section, ordinal: p.ordinal, text: p.text, citations: JSON.stringify(p.citations), codes: p.codes.join(' '),
      }));
      passages = passageRows.length;
      await insertInChunks(trx, 'kb_passage', passageRows);
      if (dialectOf(trx) === 'sqlite') {
        await insertInChunks(trx, 'kb_passage_fts', passageRows.map((p) => ({ tenant_id: tenantId, passage_id: p.id, title: p.title, section: p.section, text: p.text })));
      }
      await insertInChunks(trx, 'kb_article_version', versions);
      await trx.insertInto('kb_snapshot').values({ tenant_id: tenantId, id: snapshotId, created_at: new Date().toISOString(), source, hash: pack.hash, articles: pack.articles.length, changed: added + changed }).execute();
      return { snapshotId, source, articles: pack.articles.length, added, changed, unchanged: pack.articles.length - added - changed, passages };
    }).finally(() => {
      this.revision++;
    });
  }

  private async deletePassages(trx: Kysely<Database>, tenantId: string, articleIds: string[]): Promise<void> {
    if (dialectOf(trx) === 'sqlite') {
      const ids = await trx.selectFrom('kb_passage').select('id').where('tenant_id', '=', tenantId).where('article_id', 'in', articleIds).execute();
      for (let i = 0; i < ids.length; i += 500) {
        await trx.deleteFrom('kb_passage_fts').where('tenant_id', '=', tenantId).where('passage_id', 'in', ids.slice(i, i + 500).map((r) => r.id)).execute();
      }
    }
    await trx.deleteFrom('kb_passage').where('tenant_id', '=', tenantId).where('article_id', 'in', articleIds).execute();
  }

  /** Sets the review state of articles (and their passages); `all` covers every article. */
  async setReview(ctx: RequestContext, articleIds: string[] | 'all', review: { status: ReviewStatus; reviewer: string; date?: string }): Promise<number> {
    this.requireEditor(ctx);
    const date = review.date ?? new Date().toISOString().slice(0, 10);
    return this.db.transaction().execute(async (trx) => {
      let q = trx.updateTable('kb_article').set({ review_status: review.status, reviewer: review.reviewer, review_date: date }).where('tenant_id', '=', ctx.tenantId);
      let p = trx.updateTable('kb_passage').set({ review_status: review.status }).where('tenant_id', '=', ctx.tenantId);
      if (articleIds !== 'all') {
        const found = await trx.selectFrom('kb_article').select('id').where('tenant_id', '=', ctx.tenantId).where('id', 'in', articleIds.length ? articleIds : ['']).execute();
        const missing = articleIds.filter((id) => !found.some((f) => f.id === id));
        if (missing.length) throw new GalenError('not_found', `no such article: ${missing.join(', ')}`);
        q = q.where('id', 'in', articleIds);
        p = p.where('article_id', 'in', articleIds);
      }
      const result = await q.executeTakeFirst();
      await p.execute();
      return Number(result.numUpdatedRows);
    }).finally(() => {
      this.revision++;
    });
  }

  async stats(ctx: RequestContext): Promise<{ articles: Record<string, Record<string, number>>; passages: number; snapshots: { id: string; createdAt: string; source: string; articles: number; changed: number }[] }> {
    const rows = await this.db.selectFrom('kb_article').select(['audience', 'review_status', (eb) => eb.fn.countAll<number>().as('n')]).where('tenant_id', '=', ctx.tenantId).groupBy(['audience', 'review_status']).execute();
    const articles: Record<string, Record<string, number>> = {};
    for (const r of rows) (articles[r.audience] ??= {})[r.review_status] = Number(r.n);
    const passages = await this.db.selectFrom('kb_passage').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', ctx.tenantId).executeTakeFirst();
    const snapshots = await this.db.selectFrom('kb_snapshot').selectAll().where('tenant_id', '=', ctx.tenantId).orderBy('created_at', 'desc').limit(10).execute();
    return { articles, passages: Number(passages?.n ?? 0), snapshots: snapshots.map((s) => ({ id: s.id, createdAt: s.created_at, source: s.source, articles: Number(s.articles), changed: Number(s.changed) })) };
  }

  async article(ctx: RequestContext, id: string): Promise<Article & { review: Article['review'] }> {
    const row = await this.db.selectFrom('kb_article').selectAll().where('tenant_id', '=', ctx.tenantId).where('id', '=', id).executeTakeFirst();
    if (!row) throw new GalenError('not_found', `no such article: ${id}`);
    const article = JSON.parse(row.article) as Article;
    if (ctx.actor.role === 'patient' && (row.audience !== 'patient' || row.review_status !== 'approved')) throw new GalenError('not_found', `no such article: ${id}`);
    return { ...article, review: { status: row.review_status as ReviewStatus, reviewer: row.reviewer, date: row.review_date } };
  }

  /**
   * Full-text candidates for a query: BM25 over FTS5 on SQLite, ts_rank_cd over a weighted
   * tsvector on PostgreSQL. Terms are OR-ed so that partial matches still rank. A patient actor
   * only ever reaches approved patient-audience passages, whatever the filter says.
   */
  async fullText(ctx: RequestContext, terms: string[], filter: PassageFilter, limit: number): Promise<StoredPassage[]> {
    const clean = [...new Set(terms.map((t) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()).flatMap((t) => t.split(' ')).filter((t) => t.length > 1))];
    if (clean.length === 0) return [];
    const effective: PassageFilter = ctx.actor.role === 'patient' ? { ...filter, audience: 'patient', statuses: ['approved'] } : filter;
    const statuses = effective.statuses ?? ['approved'];
    const sqlite = dialectOf(this.db) === 'sqlite';
    const matchExpr = sqlite ? clean.map((t) => `"${t}"`).join(' OR ') : clean.join(' | ');
    const codeFilter = effective.codes?.length
      ? sql` AND (${sql.join(effective.codes.map((c) => sql`(' ' || p.codes || ' ') LIKE ${`% ${c} %`}`), sql` OR `)})`
      : sql``;
    const audienceFilter = effective.audience ? sql` AND p.audience = ${effective.audience}` : sql``;
    const statusFilter = sql` AND p.review_status IN (${sql.join(statuses)})`;
    const rows = sqlite
      ? await sql<PassageRow & { score: number }>`
          SELECT p.*, -bm25(kb_passage_fts, 0, 0, 2.0, 1.5, 1.0) AS score
          FROM kb_passage_fts f JOIN kb_passage p ON p.tenant_id = f.tenant_id AND p.id = f.passage_id
          WHERE kb_passage_fts MATCH ${matchExpr} AND f.tenant_id = ${ctx.tenantId}${audienceFilter}${statusFilter}${codeFilter}
          ORDER BY score DESC, p.id LIMIT ${limit}`.execute(this.db)
      : await sql<PassageRow & { score: number }>`
          SELECT p.tenant_id, p.id, p.article_id, p.audience, p.review_status, p.title, p.section, p.ordinal, p.text, p.citations, p.codes,
                 ts_rank_cd(p.tsv, to_tsquery('english', ${matchExpr})) AS score
          FROM kb_passage p
          WHERE p.tsv @@ to_tsquery('english', ${matchExpr}) AND p.tenant_id = ${ctx.tenantId}${audienceFilter}${statusFilter}${codeFilter}
          ORDER BY score DESC, p.id LIMIT ${limit}`.execute(this.db);
    return rows.rows.map(toPassage);
  }

  /** Every passage matching a filter (for building in-memory statistics such as term associations). */
  async passages(ctx: RequestContext, filter: PassageFilter): Promise<Passage[]> {
    let q = this.db.selectFrom('kb_passage as p').selectAll().where('p.tenant_id', '=', ctx.tenantId).where('p.review_status', 'in', filter.statuses ?? ['approved']);
    if (filter.audience) q = q.where('p.audience', '=', filter.audience);
    return (await q.orderBy('p.id').execute()).map((r) => toPassage({ ...r, score: 0 }));
  }

  private requireEditor(ctx: RequestContext): void {
    if (!editorRoles.has(ctx.actor.role)) throw new GalenError('forbidden', `the ${ctx.actor.role} role cannot change the knowledge base`);
  }
}

interface PassageRow {
  id: string;
  article_id: string;
  audience: string;
  review_status: string;
  title: string;
  section: string;
  ordinal: number;
  text: string;
  citations: string;
  codes: string;
}

function toPassage(r: PassageRow & { score: number }): StoredPassage {
  return {
    id: r.id,
    articleId: r.article_id,
    title: r.title,
    audience: r.audience as Audience,
    reviewStatus: r.review_status as ReviewStatus,
    section: r.section,
    ordinal: Number(r.ordinal),
    text: r.text,
    citations: JSON.parse(r.citations) as Citation[],
    codes: r.codes ? r.codes.split(' ') : [],
    score: Number(r.score),
  };
}
