import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from './database.ts';
import { scoped } from './tenant.ts';
import { openTestDatabase, testDialects, type TestDatabase } from './testing.ts';

describe('embedded SQLite', () => {
  it('creates the file and its folder on first use, in WAL mode', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'galen-db-'));
    const path = join(dir, 'nested', 'galen.db');
    const handle = await openDatabase(path);
    expect(existsSync(path)).toBe(true);
    const { rows } = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(handle.db);
    expect(rows[0]?.journal_mode).toBe('wal');
    await handle.close();
    // Opening again does not re-run migrations or lose data.
    const again = await openDatabase(path);
    await again.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe.each(testDialects)('tenant-scoped queries on %s', (dialect) => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await openTestDatabase(dialect);
    const now = new Date().toISOString();
    await handle.db.insertInto('tenants').values([
      { id: 'a', slug: 'a', name: 'A', created_at: now },
      { id: 'b', slug: 'b', name: 'B', created_at: now },
    ]).execute();
  });
  afterAll(async () => handle.drop());

  it('never returns another institution’s rows', async () => {
    const a = scoped(handle.db, { tenantId: 'a' });
    const b = scoped(handle.db, { tenantId: 'b' });
    await a.insertRows('fhir_token', [{ resource_type: 'Patient', resource_id: 'p1', param: 'gender', system: '', code: 'female' }]);
    await b.insertRows('fhir_token', [{ resource_type: 'Patient', resource_id: 'p2', param: 'gender', system: '', code: 'female' }]);
    const seenByA = await a.selectFrom('fhir_token').select('resource_id').execute();
    expect(seenByA.map((r) => r.resource_id)).toEqual(['p1']);
    await b.deleteFrom('fhir_token').execute();
    expect(await a.selectFrom('fhir_token').select('resource_id').execute()).toHaveLength(1);
    expect(await b.selectFrom('fhir_token').select('resource_id').execute()).toHaveLength(0);
  });
});
