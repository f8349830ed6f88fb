import { SqliteAdapter } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** Anything Kysely-like that can tell which adapter it runs on (a Kysely instance or a transaction). */
interface HasExecutor {
  getExecutor(): { adapter: unknown };
}

/** Which SQL dialect a Kysely instance speaks (for the few statements that differ). */
export function isSqlite(db: HasExecutor): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

export function dialectOf(db: HasExecutor): DialectName {
  return isSqlite(db) ? 'sqlite' : 'postgres';
}
