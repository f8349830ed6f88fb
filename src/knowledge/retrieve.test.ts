import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnAssociations, rerankByAssociations } from './associations.ts';
import { buildIndex, plainQuery, rankPassages } from './bm25.ts';
import { loadPack } from './pack.ts';
import { buildRetriever, plainRetrieval, searchArticles, searchPassages } from './retrieve.ts';
import type { Passage } from './types.ts';

const pack = loadPack(join(import.meta.dirname, 'fixtures', 'pack'));

function passage(id: string, text: string, extra: Partial<Passage> = {}): Passage {
  return {
    id: `${id}#s-1`, articleId: id, title: id, audience: 'patient', reviewStatus: 'approved', section: 'S', ordinal: 1,
    text, citations: [], codes: [], ...extra,
  };
}

describe('BM25 ranking', () => {
  const passages = [
    passage('salt', 'Eat less salt to lower blood pressure. Salt makes the body hold water.'),
    passage('walk', 'Walking most days lowers blood pressure.'),
    passage('flu', 'A flu shot every fall protects against influenza.'),
  ];
  const index = buildIndex(passages, { headingWeight: 0 });

  it('ranks the passage that uses the rarer query words more often first', () => {
    const ranked = rankPassages(index, plainQuery('salt and blood pressure'), { statuses: ['approved'] });
    expect(ranked.map((r) => r.passage.articleId)).toEqual(['salt', 'walk']);
    expect(ranked[0].score).toBeGreaterThan(ranked[1].score);
  });

  it('returns nothing for words the corpus does not hold', () => {
    expect(rankPassages(index, plainQuery('zebra'))).toEqual([]);
  });

  it('keeps only the k best', () => {
    expect(rankPassages(index, plainQuery('blood pressure flu'), {}, 1)).toHaveLength(1);
  });
});

describe('filters', () => {
  const retriever = buildRetriever(pack.passages);
  const all = { statuses: ['draft', 'approved', 'retired'] as ('draft' | 'approved' | 'retired')[] };

  it('a patient viewer only ever reaches approved patient-audience passages', () => {
    // Even when asking for clinician content and drafts, the patient filter wins.
    const results = searchPassages(retriever, 'hypertension diuretics stage blood pressure', {
      viewer: 'patient', audience: 'clinician', statuses: ['draft', 'approved'], k: 50,
    });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.passage.audience === 'patient' && r.passage.reviewStatus === 'approved')).toBe(true);
    expect(results.some((r) => r.passage.articleId === 'water-pills')).toBe(false); // a draft
  });

  it('searches approved passages only unless other statuses are asked for', () => {
    expect(searchPassages(retriever, 'diuretics kidneys').map((r) => r.passage.articleId)).not.toContain('water-pills');
    expect(searchPassages(retriever, 'diuretics kidneys', all).map((r) => r.passage.articleId)).toContain('water-pills');
  });

  it('filters by audience and by code', () => {
    const clinician = searchPassages(retriever, 'blood pressure', { ...all, audience: 'clinician' });
    expect(new Set(clinician.map((r) => r.passage.articleId))).toEqual(new Set(['hypertension-guideline']));
    const coded = searchPassages(retriever, 'blood pressure', { ...all, codes: ['38341003'] });
    expect(new Set(coded.map((r) => r.passage.articleId))).toEqual(new Set(['hypertension']));
    const bySystem = searchPassages(retriever, 'blood pressure', { ...all, codes: ['http://hl7.org/fhir/sid/icd-10-cm|I10'] });
    expect(new Set(bySystem.map((r) => r.passage.articleId))).toEqual(new Set(['hypertension', 'hypertension-guideline']));
  });
});

describe('vocabulary expansion in retrieval', () => {
  const retriever = buildRetriever(pack.passages);
  const drafts = { statuses: ['draft', 'approved'] as ('draft' | 'approved')[] };

  it('ranks the passage on diuretics first when the user asks about "water pills"', () => {
    const corpus = buildRetriever([
      passage('diuretics', 'Common side effects of diuretics are passing urine more often and low potassium.', { title: 'Diuretics' }),
      passage('water', 'Drink water with each meal; water helps prevent kidney stones.', { title: 'Drinking enough' }),
      passage('pills', 'Keep a list of every pill you take and its side effects.', { title: 'Medicine lists' }),
    ]);
    const query = 'water pill side effects';
    expect(searchArticles(corpus, query, { settings: plainRetrieval })[0].articleId).toBe('pills');
    expect(searchArticles(corpus, query)[0].articleId).toBe('diuretics');
  });

  it('finds the hypertension article for the abbreviation HTN', () => {
    expect(searchArticles(retriever, 'HTN', drafts).map((a) => a.articleId)).toContain('hypertension');
    expect(searchArticles(retriever, 'HTN', { ...drafts, settings: plainRetrieval })).toEqual([]);
  });

  it('ranks articles by their best passage, each article once', () => {
    const articles = searchArticles(retriever, 'blood pressure', drafts);
    expect(new Set(articles.map((a) => a.articleId)).size).toBe(articles.length);
  });
});

describe('term associations learned from the corpus', () => {
  const texts = [
    'Dialysis cleans the blood when the kidneys fail.',
    'Hemodialysis and dialysis sessions take hours; kidneys no longer filter.',
    'A fistula in the arm is used for dialysis; the kidneys have failed.',
    'Dialysis diet limits potassium because the kidneys cannot remove it.',
    'Migraine brings throbbing headache and light sensitivity.',
    'Migraine headache may come with nausea.',
    'A migraine headache can last hours.',
    'Tension headache feels like a tight band.',
    'Flu shots are given each fall.', 'Shingles vaccine is two doses.', 'Walk thirty minutes a day.',
    'Eat fruit and vegetables.', 'Sleep seven hours.', 'Wash your hands.', 'Wear sunscreen outside.',
    'Quit smoking to protect your lungs.', 'Limit alcohol.', 'Check your feet daily.', 'Floss every day.',
    'See an eye doctor each year.', 'Get your hearing checked.', 'Keep a list of your medicines.',
  ].map((t, i) => passage(`p${i}`, t));

  it('links words that keep appearing together, and not words that never do', () => {
    const associations = learnAssociations(texts, { minDocs: 3, minPairDocs: 3, maxDocShare: 0.5 });
    expect(associations.related.get('dialysi')?.map((a) => a.term)).toContain('kidnei');
    expect(associations.related.get('migrain')?.map((a) => a.term)).toContain('headach');
    expect(associations.related.get('dialysi')?.map((a) => a.term)).not.toContain('headach');
  });

  it('re-ranking moves up a passage that holds the query word\'s usual companions', () => {
    const associations = learnAssociations(texts, { minDocs: 3, minPairDocs: 3, maxDocShare: 0.5 });
    const candidates = [
      { passage: passage('other', 'Dialysis is mentioned here alone.'), score: 1.0 },
      { passage: passage('topic', 'Dialysis filters blood when kidneys fail.'), score: 0.95 },
    ];
    const reranked = rerankByAssociations(candidates, ['dialysi'], associations, 0.5);
    expect(reranked.map((r) => r.passage.articleId)).toEqual(['topic', 'other']);
    expect(rerankByAssociations(candidates, ['dialysi'], associations, 0).map((r) => r.passage.articleId)).toEqual(['other', 'topic']);
  });
});
