import type { Kysely } from 'kysely';

/**
 * The protected link table of de-identification: each real record id's random surrogate, and each
 * patient's random key (surrogate seed and date offset). It never leaves the institution.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('deid_link')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('real_ref', 'text', (c) => c.notNull())
    .addColumn('surrogate', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('deid_link_pk', ['tenant_id', 'real_ref'])
    .addUniqueConstraint('deid_link_surrogate', ['tenant_id', 'surrogate'])
    .execute();
  await db.schema
    .createTable('deid_patient_key')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('patient_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('deid_patient_key_pk', ['tenant_id', 'patient_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('deid_patient_key').ifExists().execute();
  await db.schema.dropTable('deid_link').ifExists().execute();
}
