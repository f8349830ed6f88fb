import { describe, expect, it } from 'vitest';
import { countSyllables, fleschKincaidGrade, readabilityStats, readableBlocks } from './readability.ts';

describe('countSyllables', () => {
  it('counts common health words the way they are spoken', () => {
    const spoken: Record<string, number> = {
      blood: 1, pressure: 2, heart: 1, kidney: 2, arteries: 3, medication: 4, infection: 3, usually: 4,
      wanted: 2, used: 1, changes: 2, makes: 1, table: 2, likely: 2, patient: 2, quiet: 2, video: 3,
      hypertension: 4, emergency: 4, breathing: 2, health: 1, colonoscopy: 5, cholesterol: 4, the: 1,
    };
    const wrong = Object.entries(spoken).filter(([word, n]) => countSyllables(word) !== n);
    expect(wrong).toEqual([]);
  });

  it('treats a number as one word of one syllable', () => {
    expect(countSyllables('140')).toBe(1);
  });
});

describe('fleschKincaidGrade', () => {
  it('gives a low grade to short plain sentences and a high grade to dense clinical prose', () => {
    const plain = 'Your heart pumps blood. It works all day and all night. Walk each day to keep it strong.';
    const dense =
      'Pharmacological intervention necessitates comprehensive evaluation of cardiovascular comorbidities, ' +
      'particularly among individuals demonstrating persistent hyperglycemia and microalbuminuria.';
    expect(fleschKincaidGrade(plain)).toBeLessThan(4);
    expect(fleschKincaidGrade(dense)).toBeGreaterThan(16);
  });

  it('matches the published formula on a hand-counted text', () => {
    // 2 sentences and 9 words by hand; the grade must follow the formula from the counts.
    const text = 'The nurse will check your blood. Drink water today.';
    const stats = readabilityStats(text);
    expect(stats).toMatchObject({ sentences: 2, words: 9 });
    const expected = 0.39 * (stats.words / stats.sentences) + 11.8 * (stats.syllables / stats.words) - 15.59;
    expect(stats.grade).toBeCloseTo(expected, 1);
  });

  it('does not count front matter, headings, citation markers or the Sources section', () => {
    const body = 'Blood pressure is the force of blood on your arteries. It can be too high.';
    const article = [
      '---', 'id: x', 'title: Pathophysiological considerations', '---',
      '# Hypertension', '', '## What it is', body + ' [1][2]', '',
      '## Sources', '1. ACC/AHA Guideline for the Prevention, Detection, Evaluation, and Management of High Blood Pressure. 2017.',
    ].join('\n');
    expect(readabilityStats(article)).toEqual(readabilityStats(body));
  });

  it('reads each list item as a sentence, without its bullet', () => {
    expect(readableBlocks('## Signs\n- Chest pain [1]\n- Trouble **breathing**\n1. Call 911')).toEqual([
      'Chest pain', 'Trouble breathing', 'Call 911',
    ]);
    expect(readabilityStats('- Chest pain\n- Trouble breathing').sentences).toBe(2);
  });

  it('does not end a sentence at a decimal point or an abbreviation', () => {
    expect(readabilityStats('An A1c of 6.5% or higher, e.g. on two tests, means diabetes.').sentences).toBe(1);
  });

  it('returns 0 for text without words', () => {
    expect(fleschKincaidGrade('---\nid: x\n---\n# Title\n')).toBe(0);
  });
});
