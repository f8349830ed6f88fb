/**
 * MedlinePlus health topics XML (the public-domain file the National Library of Medicine publishes, e.g.
 * mplus_topics_YYYY-MM-DD.xml): <health-topics date-generated><health-topic title url id language
 * date-created meta-desc><also-called/><full-summary>HTML</full-summary><mesh-heading><descriptor id/>...
 * Each English topic becomes one patient article, `medlineplus-<id>`, citing MedlinePlus.
 */
import { XMLParser } from 'fast-xml-parser';
import { GalenError } from '../../errors/index.ts';
import type { Article, Code } from '../types.ts';
import { decodeEntities, htmlToMarkdown } from './html.ts';
import { articleProblems, firstSentence, neutralizeMarkers, type ImportResult } from './validate.ts';

export const meshSystem = 'http://id.nlm.nih.gov/mesh';

/** Attributes of a <health-topic> (attribute names unprefixed). */
type Attrs = Record<string, string | undefined>;
type RawTopic = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  stopNodes: ['*.full-summary'],
  isArray: (name) => ['health-topic', 'also-called', 'mesh-heading', 'descriptor'].includes(name),
});

export interface MedlinePlusOptions {
  /** Topic language to keep (default English; the file holds Spanish topics as well). */
  language?: string;
}

export function parseMedlinePlusXml(xml: string, options: MedlinePlusOptions = {}): ImportResult {
  const language = options.language ?? 'English';
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml, true) as Record<string, unknown>;
  } catch (error) {
    throw new GalenError('invalid_input', `MedlinePlus XML is not well-formed: ${(error as Error).message}`);
  }
  const root = doc['health-topics'] as RawTopic | undefined;
  if (!root || typeof root !== 'object') throw new GalenError('invalid_input', 'not a MedlinePlus health topics file (no <health-topics> root)');
  const fileYear = yearOf(text(root['date-generated']));
  const result: ImportResult = { articles: [], skipped: [] };

  for (const topic of (root['health-topic'] as RawTopic[] | undefined) ?? []) {
    const attrs = topic as Attrs;
    const origin = `health-topic ${attrs.id ?? '?'}`;
    if ((attrs.language ?? 'English') !== language) continue;
    const rawSummary = text(topic['full-summary']);
    // The NLM file escapes the summary's HTML; a hand-made file may hold it as raw elements.
    const html = /&lt;/.test(rawSummary) ? decodeEntities(rawSummary) : rawSummary;
    const summaryMarkdown = neutralizeMarkers(htmlToMarkdown(html));
    if (!attrs.id || !attrs.title || summaryMarkdown.length === 0) {
      result.skipped.push({ origin, reason: !attrs.id || !attrs.title ? 'no id or title' : 'empty full-summary' });
      continue;
    }
    const title = decodeEntities(attrs.title);
    const alsoCalled = ((topic['also-called'] as unknown[] | undefined) ?? []).map(text).filter(Boolean);
    const year = yearOf(attrs['date-created']) ?? fileYear;
    const article: Article = {
      id: `medlineplus-${attrs.id}`,
      title,
      audience: 'patient',
      summary: attrs['meta-desc'] ? decodeEntities(attrs['meta-desc']) : firstSentence(summaryMarkdown),
      sources: [{ organization: 'MedlinePlus (National Library of Medicine)', title, year: fileYear ?? year ?? 0, ...(attrs.url ? { url: attrs.url } : {}) }],
      codes: meshCodes(topic),
      review: { status: 'draft', reviewer: null, date: null },
      body: `# ${title}\n\n${alsoCalled.length ? `Also called: ${alsoCalled.join(', ')}\n\n` : ''}${summaryMarkdown}\n`,
      origin,
    };
    const problems = articleProblems(article);
    if (problems.length > 0) result.skipped.push({ origin, reason: problems.join('; ') });
    else result.articles.push(article);
  }
  return result;
}

function meshCodes(topic: RawTopic): Code[] {
  const codes: Code[] = [];
  for (const heading of (topic['mesh-heading'] as RawTopic[] | undefined) ?? []) {
    for (const descriptor of (heading.descriptor as unknown[] | undefined) ?? []) {
      if (descriptor && typeof descriptor === 'object') {
        const d = descriptor as Record<string, string>;
        if (d.id) codes.push({ system: meshSystem, code: d.id, ...(d['#text'] ? { display: d['#text'] } : {}) });
      }
    }
  }
  return codes;
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return String((value as Record<string, unknown>)['#text']);
  return '';
}

/** The year of "MM/DD/YYYY[ time]" or "YYYY-MM-DD" dates. */
function yearOf(date: string | undefined): number | undefined {
  const match = /\b(19|20)\d{2}\b/.exec(date ?? '');
  return match ? Number(match[0]) : undefined;
}
