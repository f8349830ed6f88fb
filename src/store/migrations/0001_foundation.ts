import type { Kysely } from 'kysely';
import { isSqlite } from '../dialect.ts';

/** Institutions, users, sessions, the FHIR resource store with its search indexes, and the audit log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tenants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('patient_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('users_tenant_email', ['tenant_id', 'email'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  for (const table of ['fhir_resource', 'fhir_history'] as const) {
    const key = table === 'fhir_resource' ? ['tenant_id', 'resource_type', 'id'] : ['tenant_id', 'resource_type', 'id', 'version_id'];
    await db.schema
      .createTable(table)
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('resource_type', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('version_id', 'integer', (c) => c.notNull())
      .addColumn('last_updated', 'text', (c) => c.notNull())
      .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('content', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, key as never)
      .execute();
  }
  await db.schema.createIndex('fhir_resource_updated').on('fhir_resource').columns(['tenant_id', 'resource_type', 'last_updated']).execute();

  await db.schema
    .createTable('fhir_token')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('param', 'text', (c) => c.notNull())
    .addColumn('system', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fhir_token_lookup').on('fhir_token').columns(['tenant_id', 'resource_type', 'param', 'code', 'system']).execute();
  await db.schema.createIndex('fhir_token_owner').on('fhir_token').columns(['tenant_id', 'resource_type', 'resource_id']).execute();

  await db.schema
    .createTable('fhir_reference')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('element', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('fhir_reference_target')
    .on('fhir_reference')
    .columns(['tenant_id', 'target_id', 'target_type', 'resource_type', 'element'])
    .execute();
  await db.schema.createIndex('fhir_reference_owner').on('fhir_reference').columns(['tenant_id', 'resource_type', 'resource_id']).execute();

  await db.schema
    .createTable('fhir_date')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('param', 'text', (c) => c.notNull())
    .addColumn('lo', 'double precision', (c) => c.notNull())
    .addColumn('hi', 'double precision', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fhir_date_lookup').on('fhir_date').columns(['tenant_id', 'resource_type', 'param', 'lo']).execute();
  await db.schema.createIndex('fhir_date_owner').on('fhir_date').columns(['tenant_id', 'resource_type', 'resource_id']).execute();

  await db.schema
    .createTable('fhir_string')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('param', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fhir_string_lookup').on('fhir_string').columns(['tenant_id', 'resource_type', 'param', 'value']).execute();
  await db.schema.createIndex('fhir_string_owner').on('fhir_string').columns(['tenant_id', 'resource_type', 'resource_id']).execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'integer', (c) => (isSqlite(db) ? c.primaryKey().autoIncrement() : c.primaryKey().generatedAlwaysAsIdentity()))
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text')
    .addColumn('resource_id', 'text')
    .addColumn('patient_id', 'text')
    .addColumn('detail', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_tenant').on('audit_log').columns(['tenant_id', 'seq']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['audit_log', 'fhir_string', 'fhir_date', 'fhir_reference', 'fhir_token', 'fhir_history', 'fhir_resource', 'sessions', 'users', 'tenants']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
