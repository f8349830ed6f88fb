import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GalenError } from '../errors/index.ts';
import { readKnowledgeSource } from './sources.ts';

const fixtures = join(import.meta.dirname, 'fixtures');

describe('knowledge sources', () => {
  it('recognises each supported format', () => {
    expect(readKnowledgeSource(join(fixtures, 'pack')).format).toBe('pack');
    expect(readKnowledgeSource(join(fixtures, 'plain-markdown')).format).toBe('markdown');
    expect(readKnowledgeSource(join(fixtures, 'medlineplus-topics.xml')).format).toBe('medlineplus');
    expect(readKnowledgeSource(join(fixtures, 'pubmed.xml')).format).toBe('pubmed');
    const medquad = readKnowledgeSource(join(fixtures, 'medquad.jsonl'));
    expect(medquad.format).toBe('medquad');
    expect(medquad.pack.articles.length).toBeGreaterThan(0);
  });

  it('refuses what it cannot read, naming the file', () => {
    expect(() => readKnowledgeSource(join(fixtures, 'nope'))).toThrow(GalenError);
    expect(() => readKnowledgeSource(join(import.meta.dirname, 'sources.ts'))).toThrow(/not a knowledge source/);
  });
});
