import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packFromArticles } from '../pack.ts';
import { htmlToMarkdown } from './html.ts';
import { importMarkdownFolder } from './markdown-folder.ts';
import { parseMedlinePlusXml } from './medlineplus.ts';
import { parseMedquadJsonl } from './medquad.ts';
import { parsePubmedXml } from './pubmed.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const read = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

describe('MedlinePlus health topics XML', () => {
  const result = parseMedlinePlusXml(read('medlineplus-topics.xml'));

  it('makes one patient article per English topic, citing MedlinePlus with the file year', () => {
    expect(result.articles.map((a) => a.id)).toEqual(['medlineplus-9001']);
    const [article] = result.articles;
    expect(article).toMatchObject({
      title: 'High Blood Pressure',
      audience: 'patient',
      summary: 'High blood pressure usually has no symptoms. Learn how it is checked.',
      review: { status: 'draft' },
      codes: [{ system: 'http://id.nlm.nih.gov/mesh', code: 'D006973', display: 'Hypertension' }],
    });
    expect(article.sources).toEqual([
      { organization: 'MedlinePlus (National Library of Medicine)', title: 'High Blood Pressure', year: 2024, url: 'https://medlineplus.gov/highbloodpressure.html' },
    ]);
  });

  it('turns the summary HTML into sections, paragraphs and lists', () => {
    const passages = packFromArticles(result.articles).passages;
    expect(passages.map((p) => [p.section, p.text])).toEqual([
      ['Overview', 'Also called: HBP, Hypertension'],
      ['Overview', 'Blood pressure is the force of your blood pushing against the walls of your arteries. High blood pressure often has no signs (1).'],
      ['How is it treated?', 'Treatment may include:\n- Eating less & salt\n- Being active'],
    ]);
  });

  it('reports the topic it could not use', () => {
    expect(result.skipped).toEqual([{ origin: 'health-topic 9003', reason: 'empty full-summary' }]);
  });

  it('rejects a file that is not a health topics file', () => {
    expect(() => parseMedlinePlusXml('<PubmedArticleSet/>')).toThrow(/health-topics/);
  });
});

describe('PubMed XML', () => {
  const result = parsePubmedXml(read('pubmed.xml'));

  it('makes one clinician article per citation with an abstract, citing its journal and year', () => {
    expect(result.articles.map((a) => a.id)).toEqual(['pubmed-11111111', 'pubmed-22222222']);
    expect(result.articles[0]).toMatchObject({
      title: 'Effect of sodium reduction on blood pressure in adults.',
      audience: 'clinician',
      sources: [{ organization: 'Journal of Example Cardiology', year: 2019, url: 'https://pubmed.ncbi.nlm.nih.gov/11111111/' }],
      codes: [{ code: 'D006973' }],
    });
    expect(result.articles[1].sources[0].year).toBe(1998);
    expect(result.skipped).toEqual([{ origin: 'PMID 33333333', reason: 'no abstract' }]);
  });

  it('makes labelled abstract parts into sections and decodes entities', () => {
    const passages = packFromArticles(result.articles).passages.filter((p) => p.articleId === 'pubmed-11111111');
    expect(passages.map((p) => [p.id, p.text])).toEqual([
      ['pubmed-11111111#background-1', 'Dietary sodium raises blood pressure (2).'],
      ['pubmed-11111111#results-1', 'Systolic pressure fell by 5 mm Hg (95% CI 3–7).'],
    ]);
    expect(passages[0].citations).toHaveLength(1);
  });
});

describe('MedQuAD JSONL', () => {
  const result = parseMedquadJsonl(read('medquad.jsonl'));

  it('makes each answer an article whose id is its answer_id, once per distinct answer', () => {
    expect(result.articles.map((a) => a.id)).toEqual(['NHLBI_0000001_Sec1', 'NHLBI_0000001_Sec1-2', 'GHR_0000804_Sec2']);
    expect(result.articles[0]).toMatchObject({
      title: 'Anemia',
      audience: 'patient',
      sources: [{ organization: 'National Heart, Lung, and Blood Institute (NHLBI)', year: 2019 }],
    });
    expect(result.skipped).toEqual([{ origin: 'line 5', reason: 'empty answer' }]);
  });

  it('keeps every question with the article that answers it', () => {
    expect(result.questions.map((q) => [q.question, q.articleId])).toEqual([
      ['What is (are) Anemia ?', 'NHLBI_0000001_Sec1'],
      ['Do you have information about Anemia', 'NHLBI_0000001_Sec1'],
      ['What is (are) Other Anemia ?', 'NHLBI_0000001_Sec1-2'],
      ['Is Noonan syndrome inherited ?', 'GHR_0000804_Sec2'],
    ]);
  });

  it('reads focus and question type from the question when the record lacks them', () => {
    const ghr = result.articles[2];
    expect(ghr.title).toBe('Noonan syndrome');
    expect(packFromArticles([ghr]).passages[0].section).toBe('Inheritance');
  });

  it('splits the answer layout into paragraphs and list items', () => {
    const passages = packFromArticles([result.articles[0]]).passages;
    expect(passages.map((p) => p.text)).toEqual([
      'Anemia is a condition in which your blood has a lower than normal number of red blood cells.',
      'Key Points\n- Anemia can make you feel tired.\n- Iron helps (3) make red cells.',
    ]);
  });
});

describe('a folder of Markdown', () => {
  const result = importMarkdownFolder(join(fixtures, 'plain-markdown'));

  it('reads Galen articles as written and plain files as draft articles named by their path', () => {
    const byId = Object.fromEntries(result.articles.map((a) => [a.id, a]));
    expect(Object.keys(byId).sort()).toEqual(['flu-note', 'heart-failure', 'water-pills']);
    expect(byId['heart-failure']).toMatchObject({ title: 'Heart failure care', audience: 'clinician', review: { status: 'draft' } });
    expect(byId['flu-note']).toMatchObject({ title: 'flu note', audience: 'patient' });
    expect(byId['water-pills'].sources[0].organization).toBe('NHLBI');
    expect(result.skipped).toEqual([]);
  });
});

describe('htmlToMarkdown', () => {
  it('keeps text, headings and list items and drops scripts and tags', () => {
    expect(htmlToMarkdown('<h2>Signs</h2><script>x()</script><p>Fever &gt; 38&deg;C</p><ol><li>Rest</li><li>Fluids</li></ol>')).toBe(
      '## Signs\n\nFever > 38°C\n\n- Rest\n- Fluids',
    );
  });
});
