import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import { GalenError } from '../errors/index.ts';
import type { Database } from './schema.ts';
import { migrationProvider } from './migrations/index.ts';
import type { DialectName } from './dialect.ts';
import { registerSqliteConnection } from './bulk.ts';

export interface GalenDatabase {
  db: Kysely<Database>;
  dialect: DialectName;
  /** The embedded database's own connection (SQLite only), for bulk writes with cached prepared statements. */
  sqlite?: SQLite.Database;
  /** Where it lives, for messages: a file path or a URL without its password. */
  location: string;
  /** PostgreSQL: the schema the tables live in. */
  schema?: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL schema to use (created if missing); lets test runs and institutions stay apart. */
  schema?: string;
  /** Run migrations on open (default true). */
  migrate?: boolean;
  /** Pool size for PostgreSQL (default 10). */
  poolSize?: number;
}

// PostgreSQL returns BIGINT and NUMERIC as strings by default; Galen stores none that exceed 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.FLOAT8, (value) => Number(value));

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens the embedded SQLite database (a file, created with its folder on first use, WAL mode)
 * or PostgreSQL (a postgres:// URL), and brings its schema up to date.
 */
export async function openDatabase(location: string, options: OpenOptions = {}): Promise<GalenDatabase> {
  const handle = isPostgresUrl(location) ? await openPostgres(location, options) : openSqlite(location);
  if (options.migrate !== false) await migrate(handle.db, handle.schema);
  return handle;
}

function openSqlite(path: string): GalenDatabase {
  const memory = path === ':memory:';
  if (!memory) mkdirSync(dirname(resolve(path)), { recursive: true });
  let connection: SQLite.Database;
  try {
    connection = new SQLite(path);
  } catch (error) {
    throw new GalenError('invalid_input', `cannot open SQLite database at ${path}: ${(error as Error).message}`, { cause: error });
  }
  connection.pragma('journal_mode = WAL');
  // WAL + NORMAL keeps commits durable against application crashes and fast enough for bulk ingest.
  connection.pragma('synchronous = NORMAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  connection.pragma('cache_size = -65536');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) });
  registerSqliteConnection(db, connection);
  return { db, dialect: 'sqlite', location: path, sqlite: connection, close: () => db.destroy() };
}

async function openPostgres(url: string, options: OpenOptions): Promise<GalenDatabase> {
  const schema = options.schema ?? new URL(url).searchParams.get('schema') ?? undefined;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new GalenError('invalid_input', `invalid PostgreSQL schema name: ${schema}`);
  }
  const cleanUrl = new URL(url);
  cleanUrl.searchParams.delete('schema');
  if (schema) {
    // Create the schema once on a short-lived connection, then pin every pooled connection to it.
    const client = new pg.Client({ connectionString: cleanUrl.toString() });
    try {
      await client.connect();
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } catch (error) {
      throw new GalenError('invalid_input', `cannot reach PostgreSQL at ${redact(cleanUrl)}: ${(error as Error).message}`, { cause: error });
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  const pool = new pg.Pool({
    connectionString: cleanUrl.toString(),
    max: options.poolSize ?? 10,
    options: schema ? `-c search_path=${schema}` : undefined,
  });
  try {
    const probe = await pool.connect();
    probe.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new GalenError('invalid_input', `cannot reach PostgreSQL at ${redact(cleanUrl)}: ${(error as Error).message}`, { cause: error });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const current = (await pool.query<{ schema: string }>('SELECT current_schema() AS schema')).rows[0]?.schema ?? 'public';
  return { db, dialect: 'postgres', schema: current, location: redact(cleanUrl) + (schema ? ` (schema ${schema})` : ''), close: () => db.destroy() };
}

function redact(url: URL): string {
  const copy = new URL(url.toString());
  if (copy.password) copy.password = '***';
  return copy.toString();
}

export async function migrate(db: Kysely<Database>, schema?: string): Promise<void> {
  // Name the schema on PostgreSQL: Kysely otherwise looks for its migration tables in every schema
  // and can mistake another schema's for this one's.
  const migrator = new Migrator({ db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new GalenError('internal', `database migration failed${failed ? ` at ${failed.migrationName}` : ''}: ${String((error as Error)?.message ?? error)}`, { cause: error });
  }
}
