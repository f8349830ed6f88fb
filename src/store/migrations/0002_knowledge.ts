import { sql, type Kysely } from 'kysely';
import { isSqlite } from '../dialect.ts';

/**
 * The knowledge base: import snapshots, articles (current state and every imported version),
 * passages, and the full-text index over passages (FTS5 on SQLite, a weighted tsvector with a GIN
 * index on PostgreSQL).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('kb_snapshot')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('articles', 'integer', (c) => c.notNull())
    .addColumn('changed', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('kb_snapshot_pk', ['tenant_id', 'id'])
    .execute();

  await db.schema
    .createTable('kb_article')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('snapshot_id', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('review_status', 'text', (c) => c.notNull())
    .addColumn('reviewer', 'text')
    .addColumn('review_date', 'text')
    .addColumn('article', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('kb_article_pk', ['tenant_id', 'id'])
    .execute();

  await db.schema
    .createTable('kb_article_version')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('snapshot_id', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('article', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('kb_article_version_pk', ['tenant_id', 'id', 'snapshot_id'])
    .execute();

  await db.schema
    .createTable('kb_passage')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('review_status', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('citations', 'text', (c) => c.notNull())
    .addColumn('codes', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('kb_passage_pk', ['tenant_id', 'id'])
    .execute();
  await db.schema.createIndex('kb_passage_article').on('kb_passage').columns(['tenant_id', 'article_id']).execute();

  if (isSqlite(db)) {
    await sql`CREATE VIRTUAL TABLE kb_passage_fts USING fts5(tenant_id UNINDEXED, passage_id UNINDEXED, title, section, text, tokenize = 'porter unicode61')`.execute(db);
  } else {
    await sql`ALTER TABLE kb_passage ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', section), 'B') || setweight(to_tsvector('english', text), 'C')
    ) STORED`.execute(db);
    await sql`CREATE INDEX kb_passage_tsv ON kb_passage USING GIN (tsv)`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isSqlite(db)) await sql`DROP TABLE IF EXISTS kb_passage_fts`.execute(db);
  for (const t of ['kb_passage', 'kb_article_version', 'kb_article', 'kb_snapshot']) await db.schema.dropTable(t).ifExists().execute();
}
