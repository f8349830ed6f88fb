import type { Kysely } from 'kysely';

/** In-basket drafts: what the AI drafted for each patient message and what the clinician did with it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('inbasket_draft')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('draft', 'text', (c) => c.notNull())
    .addColumn('citations', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('final_text', 'text')
    .addColumn('edit_distance', 'integer')
    .addColumn('clinician_id', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('time_to_send_ms', 'double precision')
    .addPrimaryKeyConstraint('inbasket_draft_pk', ['tenant_id', 'message_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('inbasket_draft').ifExists().execute();
}
