import type { Kysely } from 'kysely';

/** The model registry: every trained model version with its record, card and status. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ml_model')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('model_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('validated_by', 'text')
    .addColumn('validated_at', 'text')
    .addColumn('deployed_at', 'text')
    .addColumn('retired_at', 'text')
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('card_md', 'text', (c) => c.notNull())
    .addColumn('card_html', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ml_model_pk', ['tenant_id', 'name', 'version'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ml_model').ifExists().execute();
}
