import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * Bulk inserts. On SQLite, rows go through cached per-table prepared statements on the embedded
 * connection: SQLite runs one prepared INSERT per row faster than it parses and binds a multi-row
 * statement with thousands of parameters. Kysely's SQLite driver uses that one connection, so inside
 * a Kysely transaction these writes belong to the same transaction. On PostgreSQL, where every
 * statement is a network round trip, rows go as multi-row INSERTs in chunks under its bind limit.
 */
const statements = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();
// Keyed by the Kysely adapter, which a Kysely instance shares with every transaction it opens.
const sqliteByAdapter = new WeakMap<object, SQLite.Database>();

export function registerSqliteConnection(db: Kysely<Database>, connection: SQLite.Database): void {
  sqliteByAdapter.set(db.getExecutor().adapter as object, connection);
}

function sqliteConnectionOf(db: Kysely<Database>): SQLite.Database | undefined {
  return sqliteByAdapter.get(db.getExecutor().adapter as object);
}

function preparedInsert(connection: SQLite.Database, table: string, columns: string[]): SQLite.Statement {
  let cache = statements.get(connection);
  if (!cache) statements.set(connection, (cache = new Map()));
  const key = `${table}(${columns.join(',')})`;
  let statement = cache.get(key);
  if (!statement) {
    // Named parameters bind straight from the row object: no per-row array to allocate.
    statement = connection.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(',')}) VALUES (${columns.map((c) => `@${c}`).join(',')})`);
    cache.set(key, statement);
  }
  return statement;
}

export async function insertInChunks<T extends keyof Database>(db: Kysely<Database>, table: T, rows: Insertable<Database[T]>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object);
  const connection = sqliteConnectionOf(db);
  if (connection) {
    const statement = preparedInsert(connection, table, columns);
    for (const row of rows) statement.run(row as Record<string, string | number | null>);
    return;
  }
  const perChunk = Math.max(1, Math.floor(30_000 / columns.length));
  for (let i = 0; i < rows.length; i += perChunk) {
    const chunk = rows.slice(i, i + perChunk);
    await (db.insertInto(table) as unknown as { values(v: unknown[]): { execute(): Promise<unknown> } }).values(chunk).execute();
  }
}

/**
 * Inserts rows given as one flat array of column values (`stride` values per row) with the tenant
 * id as the first column of every row: the compact form a prepared write set carries.
 */
export async function insertTuples<T extends keyof Database>(db: Kysely<Database>, table: T, columns: readonly string[], tenantId: string, values: readonly unknown[]): Promise<void> {
  const stride = columns.length - 1;
  if (values.length === 0) return;
  const connection = sqliteConnectionOf(db);
  if (connection) {
    const statement = preparedPositionalInsert(connection, table, columns);
    const bind = new Array<unknown>(columns.length);
    bind[0] = tenantId;
    for (let i = 0; i < values.length; i += stride) {
      for (let c = 0; c < stride; c++) bind[c + 1] = values[i + c];
      statement.run(bind);
    }
    return;
  }
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < values.length; i += stride) {
    const row: Record<string, unknown> = { [columns[0]!]: tenantId };
    for (let c = 0; c < stride; c++) row[columns[c + 1]!] = values[i + c];
    rows.push(row);
  }
  await insertInChunks(db, table, rows as Insertable<Database[T]>[]);
}

function preparedPositionalInsert(connection: SQLite.Database, table: string, columns: readonly string[]): SQLite.Statement {
  let cache = statements.get(connection);
  if (!cache) statements.set(connection, (cache = new Map()));
  const key = `${table}[${columns.join(',')}]`;
  let statement = cache.get(key);
  if (!statement) {
    statement = connection.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(',')}) VALUES (${columns.map(() => '?').join(',')})`);
    cache.set(key, statement);
  }
  return statement;
}

/**
 * Runs a bulk write on SQLite with checkpoints moved to a background thread: the writer's automatic
 * checkpoints are turned off for the duration (each would copy the whole log into the database file
 * inside a commit) and a worker with its own connection copies committed pages as they come. Other
 * dialects, and in-memory databases, run the write as it is.
 */
export async function withBackgroundCheckpoints<T>(db: Kysely<Database>, write: () => Promise<T>, options: { intervalMs?: number } = {}): Promise<T> {
  const connection = sqliteConnectionOf(db);
  if (!connection || connection.memory || String(connection.pragma('journal_mode', { simple: true })) !== 'wal') return write();
  const previous = Number(connection.pragma('wal_autocheckpoint', { simple: true }));
  const worker = new Worker(new URL('./checkpointer.mjs', import.meta.url), { workerData: { path: connection.name, intervalMs: options.intervalMs ?? 100 } });
  const stopped = new Promise<void>((resolve, reject) => {
    worker.on('message', (m) => { if (m === 'stopped') resolve(); });
    worker.on('error', reject);
    worker.on('exit', () => resolve());
  });
  connection.pragma('wal_autocheckpoint = 0');
  try {
    return await write();
  } finally {
    connection.pragma(`wal_autocheckpoint = ${previous}`);
    worker.postMessage('stop');
    await stopped.catch(() => undefined);
    await worker.terminate();
  }
}
