import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../knowledge/index.ts';
import { composeExtractive } from './extractive.ts';
import type { Evidence } from './types.ts';

const passage = (id: string, title: string, text: string): Evidence => ({ kind: 'knowledge', id, articleId: id, title, section: 'Overview', text, citations: [] });

describe('the extractive composer', () => {
  it('answers with the sentence that holds the rare words of the question, not the one sharing only common words', () => {
    const evidence = [
      passage('shingles', 'Shingles vaccine', 'Adults 50 and older need two doses of the shingles vaccine.'),
      passage('depression', 'Screening', 'All adults should be screened for depression.'),
      passage('anxiety', 'Screening', 'Adults younger than 65 should be screened for anxiety.'),
      passage('hiv', 'Screening', 'Adults up to 65 should be tested for HIV at least once.'),
    ];
    const answer = composeExtractive({ question: 'do adults need a shingles shot', evidence });
    expect(answer.map((s) => s.evidenceIds[0])).toEqual(['shingles']);
  });

  it('keeps the whole answer at reading grade 8 or below, taking a harder sentence only when plainer ones balance it', () => {
    const hard = 'Calcium channel blockers such as amlodipine, nifedipine, diltiazem and verapamil commonly cause peripheral edema, particularly affecting the ankles.';
    expect(fleschKincaidGrade(hard)).toBeGreaterThan(8);
    const evidence = [
      passage('ccb', 'Calcium channel blockers', `${hard} Swollen ankles are common. They are not harmful. Tell your care team if it bothers you.`),
    ];
    const answer = composeExtractive({ question: 'amlodipine swollen ankles', evidence });
    expect(answer.length).toBeGreaterThan(0);
    expect(fleschKincaidGrade(answer.map((s) => s.text).join(' '))).toBeLessThanOrEqual(8);
    expect(answer.map((s) => s.text)).toContain('Swollen ankles are common.');
  });

  it('does not pad an answer with sentences that match the question far worse than the best one', () => {
    const evidence = [
      passage('ccb', 'Blood pressure pills', 'Swollen ankles are a common side effect of this pill.'),
      passage('gout', 'Gout', 'Gout can affect the ankle.'),
    ];
    const answer = composeExtractive({ question: 'pill swollen ankles', evidence });
    expect(answer.map((s) => s.evidenceIds[0])).toEqual(['ccb']);
  });
});
