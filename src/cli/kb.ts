import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { GalenError } from '../errors/index.ts';
import { defaultRetrieval, plainRetrieval, readKnowledgeSource, type Audience, type ReviewStatus } from '../knowledge/index.ts';
import { tenantContext, withServices } from './context.ts';
import { printJson, withDbOption, withTenantOption } from './program.ts';

function audienceOf(value: string | undefined): Audience | undefined {
  if (value === undefined) return undefined;
  if (value !== 'patient' && value !== 'clinician') throw new GalenError('invalid_input', `--audience must be patient or clinician, not "${value}"`);
  return value;
}

function kOf(value: string): number {
  const k = Number(value);
  if (!Number.isInteger(k) || k < 1 || k > 100) throw new GalenError('invalid_input', `--k must be a whole number from 1 to 100, not "${value}"`);
  return k;
}

export function register(program: Command): void {
  const kb = program.command('kb').description('the knowledge base: import, search, review');

  withTenantOption(withDbOption(kb.command('import').description('import a knowledge pack folder, a Markdown folder, MedlinePlus XML, PubMed XML or MedQuAD JSONL as one snapshot').argument('<path>'))).action(
    async (path: string, options: { db?: string; tenant: string }) => {
      const source = readKnowledgeSource(path);
      await withServices(options.db, async (services) => {
        const ctx = await tenantContext(services, options.tenant, { create: true });
        const summary = await services.knowledge.repository.importPack(ctx, source.pack, path);
        await services.audit.record(ctx, { action: 'kb.import', detail: { ...summary } });
        printJson({ format: source.format, ...summary, skipped: source.skipped.length, ...(source.skipped.length ? { firstSkipped: source.skipped.slice(0, 5) } : {}) });
      });
    },
  );

  withTenantOption(withDbOption(kb.command('search').description('search passages; with --batch read JSONL {"id","query"} on stdin').argument('[query]')))
    .option('--audience <audience>', 'patient or clinician')
    .option('--k <k>', 'results per query', '5')
    .option('--approved-only', 'only approved articles (what patients see); default: drafts too')
    .option('--plain', 'plain BM25, without the medical vocabulary and corpus associations')
    .option('--batch', 'read one JSON query per line on stdin and write one result line per query')
    .action(async (query: string | undefined, options: { db?: string; tenant: string; audience?: string; k: string; approvedOnly?: boolean; plain?: boolean; batch?: boolean }) => {
      const audience = audienceOf(options.audience);
      const k = kOf(options.k);
      const statuses: ReviewStatus[] = options.approvedOnly ? ['approved'] : ['draft', 'approved'];
      const settings = options.plain ? plainRetrieval : defaultRetrieval;
      if (!options.batch && !query) throw new GalenError('invalid_input', 'give a query, or --batch with JSONL on stdin');
      await withServices(options.db, async (services) => {
        const ctx = await tenantContext(services, options.tenant);
        const run = async (q: string) =>
          (await services.knowledge.retrieve(ctx, q, { ...(audience ? { audience } : {}), statuses, k, settings })).map(({ passage, score }) => ({
            passageId: passage.id, articleId: passage.articleId, title: passage.title, section: passage.section, score: Math.round(score * 1000) / 1000,
            citations: passage.citations.map(({ organization, title, year, url }) => ({ organization, title, year, ...(url ? { url } : {}) })),
          }));
        if (!options.batch) return printJson(await run(query!));
        let line = 0;
        for await (const text of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
          line++;
          if (!text.trim()) continue;
          let item: { id?: unknown; query?: unknown };
          try {
            item = JSON.parse(text) as typeof item;
          } catch {
            throw new GalenError('invalid_json', `stdin line ${line} is not JSON`);
          }
          if (typeof item.query !== 'string') throw new GalenError('invalid_input', `stdin line ${line} has no "query" string`);
          process.stdout.write(JSON.stringify({ id: item.id ?? line, results: await run(item.query) }) + '\n');
        }
      });
    });

  withTenantOption(withDbOption(kb.command('stats').description('articles by audience and review status, passages, recent snapshots'))).action(async (options: { db?: string; tenant: string }) => {
    await withServices(options.db, async (services) => printJson(await services.knowledge.repository.stats(await tenantContext(services, options.tenant))));
  });

  withTenantOption(withDbOption(kb.command('approve').description('mark articles approved by a named reviewer (patients see approved articles only)').argument('[articles...]')))
    .option('--all', 'every article')
    .requiredOption('--reviewer <name>', 'who reviewed them')
    .option('--status <status>', 'approved, draft or retired', 'approved')
    .action(async (articles: string[], options: { db?: string; tenant: string; all?: boolean; reviewer: string; status: string }) => {
      if (!options.all && articles.length === 0) throw new GalenError('invalid_input', 'name the articles to approve, or --all');
      if (!['approved', 'draft', 'retired'].includes(options.status)) throw new GalenError('invalid_input', `--status must be approved, draft or retired`);
      await withServices(options.db, async (services) => {
        const ctx = await tenantContext(services, options.tenant);
        const updated = await services.knowledge.repository.setReview(ctx, options.all ? 'all' : articles, { status: options.status as ReviewStatus, reviewer: options.reviewer });
        await services.audit.record(ctx, { action: 'kb.review', detail: { status: options.status, reviewer: options.reviewer, articles: options.all ? 'all' : articles } });
        printJson({ updated, status: options.status, reviewer: options.reviewer });
      });
    });
}
