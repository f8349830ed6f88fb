/**
 * Prints the Flesch-Kincaid grade of each Markdown article given on the command line:
 *   node bin/run-ts.mjs src/knowledge/readability-report.ts FILE.md... [--max 8]
 * Front matter, headings, the Sources section, citation markers and bullets are not counted.
 * Exits with status 1 when any file is above --max (when given), so it can guard a folder in CI.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readabilityStats } from './readability.ts';

function markdownFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const child = join(path, name);
      return statSync(child).isDirectory() || name.endsWith('.md') ? markdownFiles(child) : [];
    });
}

const args = process.argv.slice(2);
const maxIndex = args.indexOf('--max');
const max = maxIndex >= 0 ? Number(args[maxIndex + 1]) : undefined;
const paths = maxIndex < 0 ? args : args.filter((_, i) => i !== maxIndex && i !== maxIndex + 1);
if (paths.length === 0) {
  process.stderr.write('usage: node bin/run-ts.mjs src/knowledge/readability-report.ts FILE.md|DIR... [--max GRADE]\n');
  process.exit(2);
}

let over = 0;
for (const file of paths.flatMap(markdownFiles)) {
  const stats = readabilityStats(readFileSync(file, 'utf8'));
  const flag = max !== undefined && stats.grade > max ? '  ABOVE ' + max : '';
  if (flag) over += 1;
  process.stdout.write(
    `${stats.grade.toFixed(1).padStart(5)}  ${file}  (${stats.words} words, ${stats.sentences} sentences, ` +
      `${(stats.words / Math.max(1, stats.sentences)).toFixed(1)} words/sentence, ` +
      `${(stats.syllables / Math.max(1, stats.words)).toFixed(2)} syllables/word)${flag}\n`,
  );
}
if (over > 0) process.exitCode = 1;
