import type { Kysely } from 'kysely';

/**
 * Token and reference index rows are found for removal through their resource, not through a second
 * index on each table, which doubled the index work of every row written:
 * - each resource row lists the (param, system, code) keys of its token rows, so an update or delete
 *   removes them by primary key (rows stored before this migration have no list; their token rows are
 *   removed by a scan of the resource type's rows, slower but complete);
 * - reference rows are exactly the resource's "Type/id" references by top-level element, which the
 *   stored JSON holds, so they are removed by primary key from the version being replaced.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('fhir_resource').addColumn('token_keys', 'text').execute();
  await db.schema.dropIndex('fhir_token_owner').execute();
  await db.schema.dropIndex('fhir_reference_owner').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('fhir_reference_owner').on('fhir_reference').columns(['tenant_id', 'resource_type', 'resource_id']).execute();
  await db.schema.createIndex('fhir_token_owner').on('fhir_token').columns(['tenant_id', 'resource_type', 'resource_id']).execute();
  await db.schema.alterTable('fhir_resource').dropColumn('token_keys').execute();
}
