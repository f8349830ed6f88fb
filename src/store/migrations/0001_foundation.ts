import { sql, type Kysely } from 'kysely';
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

  // Search indexes. On SQLite each is a WITHOUT ROWID table clustered on its lookup key, so a search
  // reads one B-tree and an insert writes two (the table and the owner index) instead of three.
  await indexTable(db, 'fhir_token', [['param', 'text'], ['system', 'text'], ['code', 'text']], ['tenant_id', 'resource_type', 'param', 'code', 'system']);
  await indexTable(db, 'fhir_reference', [['element', 'text'], ['target_type', 'text'], ['target_id', 'text']], ['tenant_id', 'target_id', 'target_type', 'resource_type', 'element']);
  await indexTable(db, 'fhir_date', [['param', 'text'], ['lo', 'double precision'], ['hi', 'double precision']], ['tenant_id', 'resource_type', 'param', 'lo', 'hi']);
  await indexTable(db, 'fhir_string', [['param', 'text'], ['value', 'text']], ['tenant_id', 'resource_type', 'param', 'value']);

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

async function indexTable(db: Kysely<unknown>, name: string, columns: [string, 'text' | 'double precision'][], lookup: string[]): Promise<void> {
  let table = db.schema
    .createTable(name)
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull());
  for (const [column, type] of columns) table = table.addColumn(column, type, (c) => c.notNull());
  const key = [...lookup, 'resource_id'];
  if (isSqlite(db)) {
    await table.addPrimaryKeyConstraint(`${name}_pk`, key as never).modifyEnd(sql`without rowid`).execute();
  } else {
    await table.execute();
    await db.schema.createIndex(`${name}_lookup`).on(name).columns(key).execute();
  }
  await db.schema.createIndex(`${name}_owner`).on(name).columns(['tenant_id', 'resource_type', 'resource_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['audit_log', 'fhir_string', 'fhir_date', 'fhir_reference', 'fhir_token', 'fhir_history', 'fhir_resource', 'sessions', 'users', 'tenants']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
