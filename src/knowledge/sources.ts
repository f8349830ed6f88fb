import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { GalenError } from '../errors/index.ts';
import { importMarkdownFolder } from './importers/markdown-folder.ts';
import { parseMedlinePlusXml } from './importers/medlineplus.ts';
import { parseMedquadJsonl } from './importers/medquad.ts';
import { parsePubmedXml } from './importers/pubmed.ts';
import { markdownFilesUnder, packFromArticles } from './pack.ts';
import { splitFrontMatter } from './markdown.ts';
import { loadPack } from './pack.ts';
import type { KnowledgePack } from './types.ts';

export interface LoadedSource {
  format: 'pack' | 'markdown' | 'medlineplus' | 'pubmed' | 'medquad';
  pack: KnowledgePack;
  skipped: { origin: string; reason: string }[];
}

/**
 * Reads any supported knowledge source into a pack: a folder of articles with front matter (a
 * knowledge pack, validated strictly), a folder of plain Markdown, MedlinePlus health-topics XML,
 * PubMed/MEDLINE XML, or MedQuAD question-answer JSONL.
 */
export function readKnowledgeSource(path: string): LoadedSource {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw new GalenError('not_found', `no such file or folder: ${path}`);
  }
  if (isDir) {
    const files = markdownFilesUnder(path);
    // Every file with front matter: an authored pack, validated strictly. Otherwise a mixed folder.
    const allFrontMatter = files.length > 0 && files.every((f) => splitFrontMatter(readFileSync(f, 'utf8')).frontMatter !== null);
    if (allFrontMatter) return { format: 'pack', pack: loadPack(path), skipped: [] };
    const result = importMarkdownFolder(path);
    return { format: 'markdown', pack: packFromArticles(result.articles), skipped: result.skipped };
  }
  const text = readFileSync(path, 'utf8');
  const head = text.slice(0, 4000);
  if (/\.jsonl$/i.test(path)) {
    const result = parseMedquadJsonl(text);
    return { format: 'medquad', pack: packFromArticles(result.articles), skipped: result.skipped };
  }
  if (/<health-topics[\s>]/.test(head)) {
    const result = parseMedlinePlusXml(text);
    return { format: 'medlineplus', pack: packFromArticles(result.articles), skipped: result.skipped };
  }
  if (/<PubmedArticleSet[\s>]/.test(head)) {
    const result = parsePubmedXml(text);
    return { format: 'pubmed', pack: packFromArticles(result.articles), skipped: result.skipped };
  }
  throw new GalenError('invalid_input', `${basename(path)}: not a knowledge source (a folder of Markdown, MedlinePlus XML, PubMed XML or MedQuAD JSONL)`);
}
