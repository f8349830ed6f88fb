import { SqliteAdapter, type Kysely } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** Which SQL dialect a Kysely instance speaks (for the few statements that differ). */
export function isSqlite(db: Kysely<unknown> | Kysely<never>): boolean {
  return (db as Kysely<unknown>).getExecutor().adapter instanceof SqliteAdapter;
}

export function dialectOf(db: Kysely<unknown> | Kysely<never>): DialectName {
  return isSqlite(db) ? 'sqlite' : 'postgres';
}
