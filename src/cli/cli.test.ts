import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** The `galen` command as a user runs it: a real process, its output and its exit code. */
const bin = resolve(import.meta.dirname, '../../bin/galen.mjs');
const dir = mkdtempSync(join(tmpdir(), 'galen-cli-'));
const db = join(dir, 'galen.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function galen(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the galen command', () => {
  it('documents every command', () => {
    const help = galen('--help');
    expect(help.status).toBe(0);
    for (const command of ['serve', 'start', 'seed', 'ingest', 'fhir', 'kb', 'ask', 'triage', 'calc', 'deid', 'train', 'models', 'predict']) expect(help.stdout).toContain(command);
    expect(galen('fhir', 'search', '--help').stdout).toContain('--db');
  });

  it('seeds, searches and reads, printing JSON', () => {
    const seeded = galen('seed', '--patients', '2', '--seed', 'cli', '--db', db);
    expect(seeded.status).toBe(0);
    expect(JSON.parse(seeded.stdout)).toMatchObject({ patients: 2 });
    const search = JSON.parse(galen('fhir', 'search', 'Patient', '_count=1', '--db', db).stdout);
    expect(search).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 2 });
    const id = search.entry[0].resource.id as string;
    expect(JSON.parse(galen('fhir', 'read', 'Patient', id, '--db', db).stdout).id).toBe(id);
  });

  it('says what is wrong on stderr and exits non-zero on bad input', () => {
    const missing = galen('fhir', 'read', 'Patient', 'no-such-id', '--db', db);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/Patient\/no-such-id not found/);
    const badSearch = galen('fhir', 'search', 'Observation', 'colour=blue', '--db', db);
    expect(badSearch.status).not.toBe(0);
    expect(badSearch.stderr).toMatch(/no search parameter "colour"/);
    const bundle = join(dir, 'bad.json');
    writeFileSync(bundle, '{"resourceType": "Bundle", "type": ');
    const bad = galen('ingest', bundle, '--db', db);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/malformed JSON/);
    expect(galen('seed', '--patients', 'many', '--db', db).status).not.toBe(0);
    expect(galen('no-such-command').status).not.toBe(0);
  });
});
