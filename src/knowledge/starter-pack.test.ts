/**
 * Checks every article of the starter pack shipped in knowledge/starter/: it loads (front matter valid,
 * ids unique and equal to file names, every [n] marker points to a source, every source has a year),
 * patient articles read at grade 8 or below, and the pack has the promised size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from './pack.ts';
import { fleschKincaidGrade } from './readability.ts';

const starterDir = join(import.meta.dirname, '..', '..', 'knowledge', 'starter');

describe('starter pack (knowledge/starter)', () => {
  const pack = loadPack(starterDir); // throws, naming each file and problem, if any article is invalid

  it('has unique article ids and passage ids', () => {
    expect(new Set(pack.articles.map((a) => a.id)).size).toBe(pack.articles.length);
    const dupes = pack.passages.map((p) => p.id).filter((id, i, all) => all.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('keeps each article in the folder of its audience', () => {
    const misplaced = pack.articles.filter((a) => !a.origin?.startsWith(`${a.audience}/`)).map((a) => a.origin);
    expect(misplaced).toEqual([]);
  });

  it('gives every source a year and every article at least one source', () => {
    const missing = pack.articles.filter((a) => a.sources.length === 0 || a.sources.some((s) => !Number.isInteger(s.year)));
    expect(missing.map((a) => a.id)).toEqual([]);
  });

  it('ships every article as a draft awaiting clinical review', () => {
    expect(pack.articles.filter((a) => a.review.status !== 'draft').map((a) => a.id)).toEqual([]);
  });

  it('writes every patient article at a Flesch-Kincaid grade of 8 or below', () => {
    const tooHard = pack.articles
      .filter((a) => a.audience === 'patient')
      .map((a) => ({ id: a.id, grade: fleschKincaidGrade(readFileSync(join(starterDir, a.origin!), 'utf8')) }))
      .filter((a) => a.grade > 8);
    expect(tooHard).toEqual([]);
  });

  it('holds at least 100 patient articles and 20 clinician summaries', () => {
    const count = (audience: string): number => pack.articles.filter((a) => a.audience === audience).length;
    expect(count('patient')).toBeGreaterThanOrEqual(100);
    expect(count('clinician')).toBeGreaterThanOrEqual(20);
  });
});
