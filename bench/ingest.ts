/**
 * bench:ingest — how fast a synthetic population is stored, on SQLite and PostgreSQL, beside the
 * raw ceiling measured in the same run: the very same rows (resources, history and every index
 * row) written with plain prepared statements in one transaction, with no parsing, validation,
 * reference resolution or index extraction.
 *
 *   npm run bench:ingest [-- --patients 1000 --seed bench]
 */
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { systemContext } from '../src/context.ts';
import { FhirStore } from '../src/fhir/index.ts';
import { openTestDatabase, testPostgresUrl, type TestDatabase } from '../src/store/testing.ts';
import type { DialectName } from '../src/store/index.ts';
import { generateDirectory, generatePopulation } from '../src/synth/index.ts';

const { values } = parseArgs({ options: { patients: { type: 'string', default: '1000' }, seed: { type: 'string', default: 'bench' }, dialects: { type: 'string', default: 'sqlite,postgres' } } });
const patients = Number(values.patients);
const dialects = values.dialects!.split(',') as DialectName[];
const tty = process.stderr.isTTY && !process.env.CI;
const progress = (label: string, done: number, total: number) => {
  if (tty && (done % 25 === 0 || done === total)) process.stderr.write(`\r${label}: ${done}/${total}   ${done === total ? '\n' : ''}`);
};

// Generate first and keep the bundles as JSON text, so the measurement covers parsing and storing, not generating.
const texts: string[] = [JSON.stringify(generateDirectory({ patients, seed: values.seed! }))];
for (const record of generatePopulation({ patients, seed: values.seed! })) {
  texts.push(JSON.stringify(record.bundle));
  progress('generating', record.index + 1, patients);
}
const megabytes = texts.reduce((n, t) => n + t.length, 0) / 1e6;

type Tables = 'fhir_resource' | 'fhir_history' | 'fhir_token' | 'fhir_date' | 'fhir_string' | 'fhir_reference';
const tables: Tables[] = ['fhir_resource', 'fhir_history', 'fhir_token', 'fhir_date', 'fhir_string', 'fhir_reference'];

async function ingestInto(handle: TestDatabase): Promise<{ resources: number; seconds: number }> {
  const store = new FhirStore(handle.db);
  const ctx = systemContext('bench');
  let resources = 0;
  const started = performance.now();
  // Each Bundle is parsed, prepared (in worker threads) and stored atomically (its own savepoint),
  // commits are batched: the path `galen ingest` takes.
  await store.writeSources(ctx, texts.map((text, i) => ({ format: 'json' as const, location: `bundle ${i}`, text })), (outcomes, i) => {
    resources += outcomes.length;
    progress(`ingest ${handle.dialect}`, i + 1, texts.length);
  });
  return { resources, seconds: (performance.now() - started) / 1000 };
}

async function readRows(handle: TestDatabase): Promise<Record<Tables, Record<string, unknown>[]>> {
  const out = {} as Record<Tables, Record<string, unknown>[]>;
  for (const t of tables) out[t] = (await handle.db.selectFrom(t).selectAll().execute()) as Record<string, unknown>[];
  return out;
}

async function ceilingSqlite(rows: Record<Tables, Record<string, unknown>[]>): Promise<number> {
  const target = await openTestDatabase('sqlite');
  await target.close();
  const db = new SQLite(target.location);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const statements = tables.filter((t) => rows[t].length > 0).map((t) => {
    const cols = Object.keys(rows[t][0]!);
    return { t, cols, stmt: db.prepare(`INSERT INTO ${t} (${cols.join(',')}) VALUES (${cols.map(() => '?').join(',')})`) };
  });
  const started = performance.now();
  db.transaction(() => {
    for (const { t, cols, stmt } of statements) for (const row of rows[t]) stmt.run(...cols.map((c) => row[c] as string | number | null));
  })();
  const seconds = (performance.now() - started) / 1000;
  db.close();
  await target.drop().catch(() => undefined);
  return seconds;
}

async function ceilingPostgres(rows: Record<Tables, Record<string, unknown>[]>): Promise<number> {
  const target = await openTestDatabase('postgres');
  const schema = /schema (\w+)/.exec(target.location)![1]!;
  await target.close();
  const client = new pg.Client({ connectionString: testPostgresUrl, options: `-c search_path=${schema}` });
  await client.connect();
  const started = performance.now();
  await client.query('BEGIN');
  for (const t of tables) {
    if (rows[t].length === 0) continue;
    const cols = Object.keys(rows[t][0]!);
    const text = `INSERT INTO ${t} (${cols.join(',')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(',')})`;
    for (const row of rows[t]) await client.query({ name: `ins_${t}`, text, values: cols.map((c) => row[c]) });
  }
  await client.query('COMMIT');
  const seconds = (performance.now() - started) / 1000;
  await client.end();
  await target.drop();
  return seconds;
}

const results: Record<string, unknown>[] = [];
for (const dialect of dialects) {
  const handle = await openTestDatabase(dialect);
  const { resources, seconds } = await ingestInto(handle);
  const rows = await readRows(handle);
  const indexRows = tables.reduce((n, t) => n + rows[t].length, 0);
  const ceilingSeconds = dialect === 'sqlite' ? await ceilingSqlite(rows) : await ceilingPostgres(rows);
  await handle.drop();
  results.push({
    dialect,
    patients,
    resources,
    rowsWritten: indexRows,
    seconds: +seconds.toFixed(2),
    resourcesPerSecond: Math.round(resources / seconds),
    ceilingSeconds: +ceilingSeconds.toFixed(2),
    ceilingResourcesPerSecond: Math.round(resources / ceilingSeconds),
    shareOfCeiling: +((resources / seconds) / (resources / ceilingSeconds)).toFixed(2),
  });
}

console.log(JSON.stringify({ benchmark: 'ingest', inputMegabytes: +megabytes.toFixed(1), results }));
console.log('');
console.log(`Ingest of ${patients} synthetic patients (${megabytes.toFixed(1)} MB of Bundle JSON)`);
console.log('dialect    resources   seconds   resources/s   raw ceiling/s   share of ceiling');
for (const r of results) {
  console.log(`${String(r.dialect).padEnd(10)} ${String(r.resources).padStart(9)} ${String(r.seconds).padStart(9)} ${String(r.resourcesPerSecond).padStart(13)} ${String(r.ceilingResourcesPerSecond).padStart(15)} ${String(r.shareOfCeiling).padStart(18)}`);
}
