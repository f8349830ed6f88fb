import type { Kysely } from 'kysely';

/**
 * Token index rows are found for removal through the resource, not through a second index: each
 * resource row lists the (param, system, code) keys of its token rows, so an update or delete removes
 * them by primary key. Dropping the token table's owner index halves the index work of every token
 * row written. Rows stored before this migration have no list; their token rows are removed by a scan
 * of the resource type's parameters, slower but complete.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('fhir_resource').addColumn('token_keys', 'text').execute();
  await db.schema.dropIndex('fhir_token_owner').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('fhir_token_owner').on('fhir_token').columns(['tenant_id', 'resource_type', 'resource_id']).execute();
  await db.schema.alterTable('fhir_resource').dropColumn('token_keys').execute();
}
