/**
 * PubMed/MEDLINE XML (efetch or the annual baseline): <PubmedArticleSet><PubmedArticle><MedlineCitation>
 * <PMID/><Article><Journal><Title/><JournalIssue><PubDate><Year/>|<MedlineDate/></PubDate></JournalIssue>
 * </Journal><ArticleTitle/><Abstract><AbstractText Label=...>...</Abstract></Article><MeshHeadingList/>.
 * Each citation with an abstract becomes one clinician article, `pubmed-<PMID>`, citing itself;
 * labelled abstract parts (BACKGROUND, METHODS, ...) become sections.
 */
import { XMLParser } from 'fast-xml-parser';
import { GalenError } from '../../errors/index.ts';
import type { Article, Code } from '../types.ts';
import { decodeEntities } from './html.ts';
import { meshSystem } from './medlineplus.ts';
import { articleProblems, firstSentence, neutralizeMarkers, type ImportResult } from './validate.ts';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseAttributeValue: false,
  parseTagValue: false,
  // Titles and abstracts may hold inline markup (<i>, <sup>, <b>); keep them raw and strip the tags.
  stopNodes: ['*.ArticleTitle', '*.AbstractText', '*.Title'],
  isArray: (name) => ['PubmedArticle', 'AbstractText', 'MeshHeading'].includes(name),
});

export function parsePubmedXml(xml: string): ImportResult {
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (error) {
    throw new GalenError('invalid_input', `PubMed XML is not well-formed: ${(error as Error).message}`);
  }
  const set = doc.PubmedArticleSet as Node | undefined;
  if (!set || typeof set !== 'object') throw new GalenError('invalid_input', 'not a PubMed file (no <PubmedArticleSet> root)');
  const result: ImportResult = { articles: [], skipped: [] };

  for (const entry of (set.PubmedArticle as Node[] | undefined) ?? []) {
    const citation = entry.MedlineCitation as Node | undefined;
    const pmid = inlineText(citation?.PMID);
    const origin = `PMID ${pmid || '?'}`;
    const article = citation?.Article as Node | undefined;
    if (!pmid || !article) {
      result.skipped.push({ origin, reason: 'no PMID or Article' });
      continue;
    }
    const title = inlineText(article.ArticleTitle).replace(/^\[(.*)\]\.?$/, '$1'); // translated titles come bracketed
    const parts = ((article.Abstract as Node | undefined)?.AbstractText as unknown[] | undefined) ?? [];
    if (parts.length === 0) {
      result.skipped.push({ origin, reason: 'no abstract' });
      continue;
    }
    const journal = article.Journal as Node | undefined;
    const year = publicationYear(journal);
    const sections = parts.map((part) => {
      const label = part && typeof part === 'object' ? (part as Node)['@Label'] : undefined;
      return { label: typeof label === 'string' && label.trim() ? sentenceCase(label) : 'Abstract', text: neutralizeMarkers(inlineText(part)) };
    });
    const body = sections
      .filter((s) => s.text)
      .reduce((md, s, i, all) => (i > 0 && all[i - 1].label === s.label ? `${md}${s.text}\n\n` : `${md}## ${s.label}\n\n${s.text}\n\n`), `# ${title}\n\n`);
    const built: Article = {
      id: `pubmed-${pmid}`,
      title: title || `PubMed ${pmid}`,
      audience: 'clinician',
      summary: firstSentence(sections.map((s) => s.text).join(' ')),
      sources: [{
        organization: inlineText(journal?.Title) || 'PubMed',
        title: title || `PubMed ${pmid}`,
        year: year ?? 0,
        url: `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`,
      }],
      codes: meshCodes(citation),
      review: { status: 'draft', reviewer: null, date: null },
      body,
      origin,
    };
    const problems = articleProblems(built);
    if (problems.length > 0) result.skipped.push({ origin, reason: problems.join('; ') });
    else result.articles.push(built);
  }
  return result;
}

/** <PubDate><Year> when present, else the first year in <MedlineDate> ("1998 Dec-1999 Jan"). */
function publicationYear(journal: Node | undefined): number | undefined {
  const pubDate = ((journal?.JournalIssue as Node | undefined)?.PubDate as Node | undefined) ?? {};
  const raw = inlineText(pubDate.Year) || inlineText(pubDate.MedlineDate);
  const match = /\b(1[89]|20)\d{2}\b/.exec(raw);
  return match ? Number(match[0]) : undefined;
}

function meshCodes(citation: Node | undefined): Code[] {
  const list = (citation?.MeshHeadingList as Node | undefined)?.MeshHeading as Node[] | undefined;
  return (list ?? []).flatMap((heading) => {
    const descriptor = heading.DescriptorName as Node | string | undefined;
    if (!descriptor || typeof descriptor !== 'object' || typeof descriptor['@UI'] !== 'string') return [];
    return [{ system: meshSystem, code: descriptor['@UI'], display: inlineText(descriptor) }];
  });
}

/** Text of an element that may be a string, a {#text} node, or raw inner XML from a stop node. */
function inlineText(value: unknown): string {
  const raw = typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : value && typeof value === 'object' && '#text' in value ? String((value as Node)['#text']) : '';
  return decodeEntities(raw.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

function sentenceCase(label: string): string {
  const lower = label.trim().toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
