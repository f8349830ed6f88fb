export { openDatabase, migrate, isPostgresUrl, type GalenDatabase, type OpenOptions } from './database.ts';
export { scoped, insertInChunks, type ScopedQueries, type TenantTableName } from './tenant.ts';
export { insertTuples, withBackgroundCheckpoints } from './bulk.ts';
export { dialectOf, isSqlite, type DialectName } from './dialect.ts';
export type * from './schema.ts';
