import { insertInChunks } from './bulk.ts';
import { sql, type Insertable, type Kysely, type SelectQueryBuilder, type UpdateQueryBuilder, type DeleteQueryBuilder, type UpdateResult, type DeleteResult } from 'kysely';
import type { RequestContext } from '../context.ts';
import type { Database } from './schema.ts';

/** Tables that hold one institution's data; every query on them goes through `scoped`. */
export type TenantTableName = {
  [T in keyof Database]: Database[T] extends { tenant_id: string } ? T : never;
}[keyof Database];

type WithoutTenant<R> = Omit<R, 'tenant_id'>;

/**
 * Query helpers bound to one institution. Each adds the tenant condition (or the tenant column
 * on insert) itself, so a query that forgets the tenant cannot be written through them.
 */
export interface ScopedQueries {
  readonly tenantId: string;
  readonly db: Kysely<Database>;
  selectFrom<T extends TenantTableName>(table: T): SelectQueryBuilder<Database, T, object>;
  updateTable<T extends TenantTableName>(table: T): UpdateQueryBuilder<Database, T, T, UpdateResult>;
  deleteFrom<T extends TenantTableName>(table: T): DeleteQueryBuilder<Database, T, DeleteResult>;
  insertRows<T extends TenantTableName>(table: T, rows: WithoutTenant<Insertable<Database[T]>>[]): Promise<void>;
}

export function scoped(db: Kysely<Database>, ctx: Pick<RequestContext, 'tenantId'>): ScopedQueries {
  const tenantId = ctx.tenantId;
  if (!tenantId) throw new Error('scoped queries need a tenant');
  const tenantColumn = (table: string) => sql.ref(`${table}.tenant_id`);
  return {
    tenantId,
    db,
    selectFrom(table) {
      return (db.selectFrom(table) as unknown as SelectQueryBuilder<Database, typeof table, object>).where(tenantColumn(table), '=', tenantId);
    },
    updateTable(table) {
      return (db.updateTable(table) as unknown as UpdateQueryBuilder<Database, typeof table, typeof table, UpdateResult>).where(tenantColumn(table), '=', tenantId);
    },
    deleteFrom(table) {
      return (db.deleteFrom(table) as unknown as DeleteQueryBuilder<Database, typeof table, DeleteResult>).where(tenantColumn(table), '=', tenantId);
    },
    async insertRows(table, rows) {
      await insertInChunks(db, table, rows.map((row) => ({ ...row, tenant_id: tenantId })) as Insertable<Database[typeof table]>[]);
    },
  };
}

export { insertInChunks } from './bulk.ts';
