/**
 * MedQuAD question–answer JSONL (Ben Abacha & Demner-Fushman 2019; NIH and CDC consumer-health text),
 * as stored under data/medquad-liveqa: one JSON object per line with answer_id, source, url, focus,
 * qtype, question and answer. Each answer becomes one patient article whose id is its `answer_id`,
 * titled by its focus (the condition) with the question type as its section, so an answer is found
 * by what it says, not by the wording of the question it was paired with.
 */
import { GalenError } from '../../errors/index.ts';
import type { Article } from '../types.ts';
import { articleProblems, firstSentence, neutralizeMarkers, type ImportResult } from './validate.ts';

/** The agencies behind MedQuAD's public subsets, by the `source` field. */
const agencies: Record<string, string> = {
  CancerGov: 'National Cancer Institute (NCI)',
  NIDDK: 'National Institute of Diabetes and Digestive and Kidney Diseases (NIDDK)',
  NINDS: 'National Institute of Neurological Disorders and Stroke (NINDS)',
  NIHSeniorHealth: 'NIHSeniorHealth (National Institute on Aging / National Library of Medicine)',
  NHLBI: 'National Heart, Lung, and Blood Institute (NHLBI)',
  CDC: 'Centers for Disease Control and Prevention (CDC)',
  MPlusHealthTopics: 'MedlinePlus (National Library of Medicine)',
  GHR: 'Genetics Home Reference (National Library of Medicine)',
  GARD: 'Genetic and Rare Diseases Information Center (GARD)',
};

/** MedQuAD was collected and published in 2019; the answers carry no date of their own. */
const collectionYear = 2019;

/** MedQuAD's question templates → question type, used when a record has no `focus`/`qtype` fields. */
const questionTemplates: [RegExp, string][] = [
  [/^what is \(are\) (.+)$/i, 'information'],
  [/^what are the (?:signs and )?symptoms of (.+)$/i, 'symptoms'],
  [/^what are the treatments for (.+)$/i, 'treatment'],
  [/^what causes (.+)$/i, 'causes'],
  [/^what are the genetic changes related to (.+)$/i, 'genetic changes'],
  [/^is (.+) inherited$/i, 'inheritance'],
  [/^how many people are affected by (.+)$/i, 'frequency'],
  [/^how to diagnose (.+)$/i, 'exams and tests'],
  [/^what (?:are the tests|tests are used) (?:for|to diagnose) (.+)$/i, 'exams and tests'],
  [/^what is the outlook for (.+)$/i, 'outlook'],
  [/^who is at risk for (.+?)\??$/i, 'susceptibility'],
  [/^how to prevent (.+)$/i, 'prevention'],
  [/^what research \(or clinical trials\) is being done for (.+)$/i, 'research'],
  [/^what are the stages of (.+)$/i, 'stages'],
  [/^what are the complications of (.+)$/i, 'complications'],
  [/^what to do for (.+)$/i, 'considerations'],
  [/^do you have information about (.+)$/i, 'information'],
];

const sectionNames: Record<string, string> = {
  information: 'What it is', treatment: 'Treatment', research: 'Research', symptoms: 'Symptoms',
  'exams and tests': 'Exams and tests', outlook: 'Outlook', susceptibility: 'Who is at risk', causes: 'Causes',
  considerations: 'What to do', prevention: 'Prevention', stages: 'Stages', complications: 'Complications',
  frequency: 'How common it is', inheritance: 'Inheritance', 'genetic changes': 'Genetic changes',
  'support groups': 'Support groups',
};

export interface MedquadQuestion {
  qid: string;
  question: string;
  qtype: string;
  /** The article holding this question's answer. */
  articleId: string;
}

export interface MedquadImport extends ImportResult {
  questions: MedquadQuestion[];
}

interface MedquadRecord {
  answer_id?: unknown;
  source?: unknown;
  url?: unknown;
  focus?: unknown;
  qtype?: unknown;
  qid?: unknown;
  question?: unknown;
  answer?: unknown;
}

/** Parses MedQuAD JSONL. An answer id seen again with a different answer is kept as `<answer_id>-2`, `-3`... */
export function parseMedquadJsonl(jsonl: string): MedquadImport {
  const result: MedquadImport = { articles: [], skipped: [], questions: [] };
  const byId = new Map<string, string>(); // article id → answer text
  jsonl.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const origin = `line ${index + 1}`;
    let record: MedquadRecord;
    try {
      record = JSON.parse(line) as MedquadRecord;
    } catch {
      throw new GalenError('invalid_input', `MedQuAD JSONL ${origin} is not valid JSON`, { location: origin });
    }
    const answerId = str(record.answer_id);
    const answer = str(record.answer);
    const question = str(record.question).replace(/\s*\(Also called:[^)]*(?:\([^)]*\)[^)]*)*\)\s*$/, '').trim();
    if (!answerId || !answer.trim()) {
      result.skipped.push({ origin, reason: !answerId ? 'no answer_id' : 'empty answer' });
      return;
    }
    const parsedQuestion = fromTemplate(question);
    const focus = str(record.focus) || parsedQuestion?.focus || answerId;
    const qtype = str(record.qtype) || parsedQuestion?.qtype || 'information';

    let id = answerId;
    for (let k = 2; byId.has(id) && byId.get(id) !== answer; k++) id = `${answerId}-${k}`;
    if (question) result.questions.push({ qid: str(record.qid) || answerId, question, qtype, articleId: id });
    if (byId.has(id)) return; // the same answer paired with another question
    byId.set(id, answer);

    const source = str(record.source) || answerId.split('_')[0];
    const body = answerMarkdown(answer);
    const url = str(record.url);
    const article: Article = {
      id,
      title: focus,
      audience: 'patient',
      summary: firstSentence(body),
      sources: [{ organization: agencies[source] ?? source, title: focus, year: collectionYear, ...(url ? { url } : {}) }],
      codes: [],
      review: { status: 'draft', reviewer: null, date: null },
      body: `# ${focus}\n\n## ${sectionNames[qtype] ?? capitalize(qtype)}\n\n${body}\n`,
      origin: `${origin} (${answerId})`,
    };
    const problems = articleProblems(article);
    if (problems.length > 0) result.skipped.push({ origin, reason: problems.join('; ') });
    else result.articles.push(article);
  });
  return result;
}

/** MedQuAD answers keep the source page's layout as runs of spaces: blank lines split paragraphs, "  - " starts an item. */
export function answerMarkdown(answer: string): string {
  return neutralizeMarkers(answer)
    .replace(/\r/g, '')
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .replace(/\s{2,}-\s+/g, '\n- ')
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}

function fromTemplate(question: string): { focus: string; qtype: string } | null {
  const trimmed = question.replace(/\s*\?+\s*$/, '').trim();
  for (const [pattern, qtype] of questionTemplates) {
    const match = pattern.exec(trimmed);
    if (match) return { focus: match[1].trim(), qtype };
  }
  return null;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
