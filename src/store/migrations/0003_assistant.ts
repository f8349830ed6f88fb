import type { Kysely } from 'kysely';

/** Patient-assistant conversations: each message with its triage level and the answer's sources. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('assistant_conversation')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('patient_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('highest_level', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('assistant_conversation_pk', ['tenant_id', 'id'])
    .execute();
  await db.schema
    .createTable('assistant_message')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('triage_level', 'text')
    .addColumn('answer', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('assistant_message_pk', ['tenant_id', 'conversation_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('assistant_message').ifExists().execute();
  await db.schema.dropTable('assistant_conversation').ifExists().execute();
}
