import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GalenError } from '../errors/index.ts';
import { loadPack } from './pack.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'galen-pack-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function problemsOf(dir: string): string[] {
  try {
    loadPack(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(GalenError);
    return ((error as GalenError).details?.problems as string[]) ?? [];
  }
  throw new Error('expected the pack to be rejected');
}

describe('loadPack', () => {
  const pack = loadPack(join(fixtures, 'pack'));

  it('loads every article in the folder tree with its front matter', () => {
    expect(pack.articles.map((a) => a.id)).toEqual(['hypertension', 'hypertension-guideline', 'water-pills']);
    const htn = pack.articles.find((a) => a.id === 'hypertension')!;
    expect(htn).toMatchObject({ audience: 'patient', review: { status: 'approved', reviewer: 'Dr. Test', date: '2024-01-15' } });
    expect(htn.sources[1]).toMatchObject({ organization: 'CDC', year: 2023 });
    expect(htn.codes.map((c) => c.code)).toEqual(['38341003', 'I10']);
  });

  it('splits articles into passages by section and paragraph with stable ids', () => {
    const ids = pack.passages.filter((p) => p.articleId === 'hypertension').map((p) => p.id);
    expect(ids).toEqual([
      'hypertension#what-it-is-1',
      'hypertension#what-it-is-2',
      'hypertension#treatment-and-self-care-1',
      'hypertension#when-to-get-help-1',
    ]);
  });

  it('strips markers from passage text and keeps them as citations', () => {
    const first = pack.passages.find((p) => p.id === 'hypertension#what-it-is-1')!;
    expect(first.text).toBe(
      'Blood pressure is the force of blood pushing on the walls of your arteries. High blood pressure means that force stays too high over time.',
    );
    expect(first.citations.map((c) => [c.n, c.organization])).toEqual([[1, 'ACC/AHA']]);
    expect(pack.passages.find((p) => p.id === 'hypertension#what-it-is-2')!.citations.map((c) => c.n)).toEqual([2]);
    expect(pack.passages.find((p) => p.id === 'hypertension#treatment-and-self-care-1')!.citations.map((c) => c.n)).toEqual([1, 2]);
  });

  it('keeps a list with the sentence that introduces it', () => {
    const help = pack.passages.find((p) => p.id === 'hypertension#when-to-get-help-1')!;
    expect(help.text).toBe('Call 911 if your blood pressure is very high and you have:\n- Chest pain\n- Trouble speaking or seeing');
  });

  it('gives a paragraph without markers all of its article\'s sources', () => {
    const unmarked = pack.passages.find((p) => p.id === 'water-pills#what-they-treat-1')!;
    expect(unmarked.citations.map((c) => c.title)).toEqual(['High Blood Pressure Treatment']);
  });

  it('does not turn the Sources section into passages', () => {
    expect(pack.passages.some((p) => p.section === 'Sources')).toBe(false);
  });

  it('carries audience, review status and codes onto each passage', () => {
    const p = pack.passages.find((x) => x.articleId === 'hypertension-guideline')!;
    expect(p).toMatchObject({ audience: 'clinician', reviewStatus: 'approved', codes: ['http://hl7.org/fhir/sid/icd-10-cm|I10'] });
  });

  it('hashes content: the same files give the same hash, an edit gives another', () => {
    const copy = join(scratch, 'copy');
    cpSync(join(fixtures, 'pack'), copy, { recursive: true });
    expect(loadPack(copy).hash).toBe(pack.hash);
    const file = join(copy, 'patient', 'water-pills.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('extra salt', 'extra salt and'));
    expect(loadPack(copy).hash).not.toBe(pack.hash);
  });

  it('names the file and the problem for every invalid article', () => {
    const problems = problemsOf(join(fixtures, 'bad'));
    expect(problems).toContainEqual(expect.stringMatching(/^markers\.md: line 16: marker \[2\] points to no source/));
    expect(problems).toContainEqual(expect.stringMatching(/^wrong-name\.md: front matter audience/));
    expect(problems).toContainEqual(expect.stringMatching(/^wrong-name\.md: front matter sources\.0\.year/));
  });

  it('rejects duplicate ids, ids that differ from the file name, and files without front matter', () => {
    const dir = join(scratch, 'dupes');
    cpSync(join(fixtures, 'pack'), dir, { recursive: true });
    cpSync(join(dir, 'patient', 'hypertension.md'), join(dir, 'clinician', 'hypertension.md'));
    cpSync(join(dir, 'patient', 'water-pills.md'), join(dir, 'patient', 'diuretics.md'));
    writeFileSync(join(dir, 'patient', 'plain.md'), '# Just text\n');
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.stringMatching(/hypertension\.md: id "hypertension" is also used by/));
    expect(problems).toContainEqual('patient/diuretics.md: id "water-pills" differs from the file name "diuretics"');
    expect(problems).toContainEqual(expect.stringMatching(/^patient\/plain\.md: no YAML front matter/));
  });

  it('reports a missing folder as not found', () => {
    expect(() => loadPack(join(scratch, 'nope'))).toThrow(/not found/);
  });
});
