import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../context.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../store/testing.ts';
import { AuditLog } from './log.ts';

describe.each(testDialects)('audit log on %s', (dialect) => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await openTestDatabase(dialect);
  });
  afterAll(async () => handle.drop());

  it('chains entries per institution and detects tampering', async () => {
    const log = new AuditLog(handle.db);
    const a = systemContext('a');
    await Promise.all([1, 2, 3, 4, 5].map((i) => log.record(a, { action: 'fhir.read', resourceType: 'Patient', resourceId: `p${i}`, patientId: `p${i}` })));
    await log.record(systemContext('b'), { action: 'fhir.search', resourceType: 'Observation' });
    expect(await log.verify('a')).toEqual({ ok: true, entries: 5 });
    expect((await log.list('b')).map((r) => r.action)).toEqual(['fhir.search']);
    const third = (await log.list('a'))[2]!;
    await handle.db.updateTable('audit_log').set({ resource_id: 'someone-else' }).where('seq', '=', third.seq).execute();
    expect(await log.verify('a')).toMatchObject({ ok: false, brokenAt: third.seq });
  });
});
