import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type GalenDatabase } from './database.ts';
import type { DialectName } from './dialect.ts';

/**
 * Real databases for tests, never fakes: every storage test runs on SQLite (a fresh file) and on
 * PostgreSQL (a fresh schema, dropped afterwards), so runs never collide.
 */
export const testDialects: DialectName[] = ['sqlite', 'postgres'];

export const testPostgresUrl = process.env.GALEN_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase extends GalenDatabase {
  /** Closes the connection and removes the database file or schema. */
  drop(): Promise<void>;
}

export async function openTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'galen-test-'));
    const handle = await openDatabase(join(dir, 'galen.db'));
    return {
      ...handle,
      async drop() {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const handle = await openDatabase(testPostgresUrl, { schema, poolSize: 4 });
  return {
    ...handle,
    async drop() {
      await handle.close();
      const client = new pg.Client({ connectionString: testPostgresUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}
