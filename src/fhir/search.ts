import type { Bundle, Resource } from '@medplum/fhirtypes';
import { sql, type Expression, type Kysely, type SqlBool, type ExpressionBuilder } from 'kysely';
import type { RequestContext } from '../context.ts';
import { GalenError } from '../errors/index.ts';
import type { Database } from '../store/index.ts';
import { parseDateRange } from './dates.ts';
import { parseRelativeReference } from './references.ts';
import { defaultDateParam, normalizeString, searchParamsFor, type SearchParamDefinition } from './search-params.ts';

/** Parameters that shape the result rather than filter it. */
const controlParams = new Set(['_count', '_offset', '_sort', '_format', '_pretty', '_summary', '_total', '_elements']);
const prefixes = ['eq', 'ne', 'gt', 'lt', 'ge', 'le', 'sa', 'eb'] as const;
type Prefix = (typeof prefixes)[number];

export const defaultPageSize = 20;
export const maxPageSize = 1000;

export type SearchQuery = Record<string, string | string[] | undefined>;

type RootEB = ExpressionBuilder<Database, 'fhir_resource'>;

export interface SearchOptions {
  /** The base URL that self/next/previous links are built on, e.g. http://host/fhir/R4 */
  baseUrl: string;
}

/** Runs a FHIR search for one resource type within the caller's institution and compartment. */
export async function search(db: Kysely<Database>, ctx: RequestContext, resourceType: string, query: SearchQuery, options: SearchOptions): Promise<Bundle> {
  const params = searchParamsFor(resourceType);
  const filters: ((eb: RootEB) => Expression<SqlBool>)[] = [];
  for (const [rawName, rawValue] of Object.entries(query)) {
    if (rawValue === undefined || controlParams.has(rawName)) continue;
    const values = Array.isArray(rawValue) ? rawValue : [rawValue];
    const [name, modifier] = rawName.split(':') as [string, string | undefined];
    for (const value of values) filters.push(buildFilter(ctx.tenantId, resourceType, name, modifier, value, params));
  }
  const count = clampCount(query._count);
  const offset = parseOffset(query._offset);

  const base = db
    .selectFrom('fhir_resource')
    .where('fhir_resource.tenant_id', '=', ctx.tenantId)
    .where('fhir_resource.resource_type', '=', resourceType)
    .where('fhir_resource.deleted', '=', 0)
    .where((eb) => eb.and([compartmentFilter(eb, ctx, resourceType), ...filters.map((f) => f(eb))]));

  let page = base.select(['fhir_resource.content', 'fhir_resource.id']);
  for (const sort of parseSort(single(query._sort), resourceType)) {
    page = page.orderBy(sortExpression(ctx.tenantId, resourceType, sort.key), sort.desc ? 'desc' : 'asc');
  }
  page = page.orderBy('fhir_resource.id', 'asc').limit(count).offset(offset);

  const [rows, totalRow] = await Promise.all([
    page.execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirst(),
  ]);
  const total = Number(totalRow?.total ?? 0);
  return searchsetBundle(rows.map((r) => JSON.parse(r.content) as Resource), total, { ...options, resourceType, query, count, offset });
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[value.length - 1] : value;
}

function clampCount(value: string | string[] | undefined): number {
  const raw = single(value);
  if (raw === undefined) return defaultPageSize;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new GalenError('invalid_input', `_count must be a whole number, not "${raw}"`, { location: '_count' });
  return Math.min(n, maxPageSize);
}

function parseOffset(value: string | string[] | undefined): number {
  const raw = single(value);
  if (raw === undefined) return 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new GalenError('invalid_input', `_offset must be a whole number, not "${raw}"`, { location: '_offset' });
  return n;
}

/** A patient actor sees only their own Patient resource and resources that reference it. */
function compartmentFilter(eb: RootEB, ctx: RequestContext, resourceType: string): Expression<SqlBool> {
  if (ctx.actor.role !== 'patient') return sql<SqlBool>`1 = 1`;
  const patientId = ctx.actor.patientId;
  if (!patientId) return sql<SqlBool>`1 = 0`;
  if (resourceType === 'Patient') return eb('fhir_resource.id', '=', patientId);
  return eb(
    'fhir_resource.id',
    'in',
    eb
      .selectFrom('fhir_reference')
      .select('fhir_reference.resource_id')
      .where('fhir_reference.tenant_id', '=', ctx.tenantId)
      .where('fhir_reference.resource_type', '=', resourceType)
      .where('fhir_reference.target_type', '=', 'Patient')
      .where('fhir_reference.target_id', '=', patientId),
  );
}

function buildFilter(tenantId: string, resourceType: string, name: string, modifier: string | undefined, value: string, params: Record<string, SearchParamDefinition>): (eb: RootEB) => Expression<SqlBool> {
  const alternatives = splitOr(value);
  if (name === '_id') return (eb) => eb('fhir_resource.id', 'in', alternatives);
  if (name === '_lastUpdated') {
    return (eb) => eb.or(alternatives.map((v) => {
      const { prefix, range } = parsePrefixedDate(v, '_lastUpdated');
      return lastUpdatedCondition(eb, prefix, range);
    }));
  }
  const def = params[name];
  if (!def) {
    const known = ['_id', '_lastUpdated', ...Object.keys(params)].sort().join(', ');
    throw new GalenError('unsupported_search', `${resourceType} has no search parameter "${name}"; supported: ${known}`, { location: name });
  }
  const owner = (eb: RootEB, table: 'fhir_token' | 'fhir_date' | 'fhir_string') =>
    eb.selectFrom(table).select(`${table}.resource_id` as 'fhir_token.resource_id').where(`${table}.tenant_id` as 'fhir_token.tenant_id', '=', tenantId).where(`${table}.resource_type` as 'fhir_token.resource_type', '=', resourceType).where(`${table}.param` as 'fhir_token.param', '=', name);

  switch (def.type) {
    case 'token':
      if (modifier && modifier !== 'not') throw new GalenError('unsupported_search', `modifier :${modifier} is not supported on token parameters`, { location: `${name}:${modifier}` });
      return (eb) => {
        const matches = eb
          .selectFrom('fhir_token')
          .select('fhir_token.resource_id')
          .where('fhir_token.tenant_id', '=', tenantId)
          .where('fhir_token.resource_type', '=', resourceType)
          .where('fhir_token.param', '=', name)
          .where((t) => t.or(alternatives.map((v) => {
            const bar = v.indexOf('|');
            if (bar < 0) return t('fhir_token.code', '=', v);
            const system = v.slice(0, bar);
            const code = v.slice(bar + 1);
            if (code === '') return t('fhir_token.system', '=', system);
            return t.and([t('fhir_token.system', '=', system), t('fhir_token.code', '=', code)]);
          })));
        return modifier === 'not' ? eb('fhir_resource.id', 'not in', matches) : eb('fhir_resource.id', 'in', matches);
      };
    case 'string': {
      if (modifier && modifier !== 'exact' && modifier !== 'contains') throw new GalenError('unsupported_search', `modifier :${modifier} is not supported on string parameters`, { location: `${name}:${modifier}` });
      return (eb) => eb('fhir_resource.id', 'in', owner(eb, 'fhir_string').where((s) => s.or(alternatives.map((v) => {
        const needle = normalizeString(v);
        if (modifier === 'exact') return s('fhir_string.value' as 'fhir_token.code', '=', needle);
        const pattern = (modifier === 'contains' ? '%' : '') + escapeLike(needle) + '%';
        return sql<SqlBool>`fhir_string.value LIKE ${pattern} ESCAPE '\\'`;
      }))));
    }
    case 'date':
      return (eb) => eb('fhir_resource.id', 'in', owner(eb, 'fhir_date').where((d) => d.or(alternatives.map((v) => {
        const { prefix, range } = parsePrefixedDate(v, name);
        return dateCondition(prefix, range);
      }))));
    case 'reference':
      return (eb) => eb('fhir_resource.id', 'in', eb
        .selectFrom('fhir_reference')
        .select('fhir_reference.resource_id')
        .where('fhir_reference.tenant_id', '=', tenantId)
        .where('fhir_reference.resource_type', '=', resourceType)
        .where('fhir_reference.element', 'in', def.elements)
        .where((r) => r.or(alternatives.map((v) => {
          const target = parseReferenceValue(v, def.target, name);
          return target.type
            ? r.and([r('fhir_reference.target_type', '=', target.type), r('fhir_reference.target_id', '=', target.id)])
            : r('fhir_reference.target_id', '=', target.id);
        }))));
  }
}

function splitOr(value: string): string[] {
  // Commas separate alternatives; "\," is a literal comma.
  return value.split(/(?<!\\),/).map((v) => v.replace(/\\,/g, ',')).filter((v) => v.length > 0);
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function parseReferenceValue(value: string, defaultType: string | undefined, param: string): { type?: string; id: string } {
  const relative = parseRelativeReference(value) ?? parseRelativeReference(value.replace(/^.*\/([A-Z][A-Za-z]+\/[^/]+)$/, '$1'));
  if (relative) return relative;
  if (/^[A-Za-z0-9\-.]{1,64}$/.test(value)) return { type: defaultType, id: value };
  throw new GalenError('invalid_input', `"${value}" is not a reference for ${param}`, { location: param });
}

function parsePrefixedDate(value: string, param: string): { prefix: Prefix; range: { lo: number; hi: number } } {
  const maybe = value.slice(0, 2) as Prefix;
  const prefix: Prefix = (prefixes as readonly string[]).includes(maybe) && /^\D/.test(value) ? maybe : 'eq';
  const text = prefix === 'eq' && !value.startsWith('eq') ? value : value.slice(2);
  const range = parseDateRange(text);
  if (!range) throw new GalenError('invalid_input', `"${value}" is not a FHIR date for ${param} (use YYYY, YYYY-MM, YYYY-MM-DD or a dateTime, with an optional prefix ${prefixes.join(', ')})`, { location: param });
  return { prefix, range };
}

/** FHIR date search semantics: the indexed value's range against the search value's range. */
function dateCondition(prefix: Prefix, range: { lo: number; hi: number }): Expression<SqlBool> {
  switch (prefix) {
    case 'eq': return sql<SqlBool>`(fhir_date.lo >= ${range.lo} AND fhir_date.hi <= ${range.hi})`;
    case 'ne': return sql<SqlBool>`(fhir_date.lo > ${range.hi} OR fhir_date.hi < ${range.lo})`;
    case 'gt': return sql<SqlBool>`fhir_date.hi > ${range.hi}`;
    case 'ge': return sql<SqlBool>`fhir_date.hi >= ${range.lo}`;
    case 'lt': return sql<SqlBool>`fhir_date.lo < ${range.lo}`;
    case 'le': return sql<SqlBool>`fhir_date.lo <= ${range.hi}`;
    case 'sa': return sql<SqlBool>`fhir_date.lo > ${range.hi}`;
    case 'eb': return sql<SqlBool>`fhir_date.hi < ${range.lo}`;
  }
}

function lastUpdatedCondition(eb: RootEB, prefix: Prefix, range: { lo: number; hi: number }): Expression<SqlBool> {
  // last_updated is an ISO-8601 UTC string with milliseconds, so string order is time order.
  const lo = new Date(range.lo).toISOString();
  const hi = new Date(range.hi).toISOString();
  const col = 'fhir_resource.last_updated' as const;
  switch (prefix) {
    case 'eq': return eb.and([eb(col, '>=', lo), eb(col, '<=', hi)]);
    case 'ne': return eb.or([eb(col, '<', lo), eb(col, '>', hi)]);
    case 'gt': case 'sa': return eb(col, '>', hi);
    case 'ge': return eb(col, '>=', lo);
    case 'lt': case 'eb': return eb(col, '<', lo);
    case 'le': return eb(col, '<=', hi);
  }
}

interface SortKey {
  key: string;
  desc: boolean;
}

function parseSort(value: string | undefined, resourceType: string): SortKey[] {
  if (!value) return [];
  const params = searchParamsFor(resourceType);
  return value.split(',').filter(Boolean).map((item) => {
    const desc = item.startsWith('-');
    let key = desc ? item.slice(1) : item;
    if (key === 'date' && params.date === undefined) key = defaultDateParam(resourceType) ?? key;
    const def = params[key];
    if (key !== '_id' && key !== '_lastUpdated' && (!def || (def.type !== 'date' && def.type !== 'string'))) {
      throw new GalenError('unsupported_search', `cannot sort ${resourceType} by "${key}"; sort by _id, _lastUpdated or a date or string parameter`, { location: '_sort' });
    }
    return { key, desc };
  });
}

function sortExpression(tenantId: string, resourceType: string, key: string) {
  if (key === '_id') return sql`fhir_resource.id`;
  if (key === '_lastUpdated') return sql`fhir_resource.last_updated`;
  const def = searchParamsFor(resourceType)[key]!;
  const table = def.type === 'date' ? sql.raw('fhir_date') : sql.raw('fhir_string');
  const column = def.type === 'date' ? sql.raw('fhir_date.lo') : sql.raw('fhir_string.value');
  return sql`(SELECT MIN(${column}) FROM ${table} WHERE ${table}.tenant_id = ${tenantId} AND ${table}.resource_type = ${resourceType} AND ${table}.param = ${key} AND ${table}.resource_id = fhir_resource.id)`;
}

function searchsetBundle(resources: Resource[], total: number, o: SearchOptions & { resourceType: string; query: SearchQuery; count: number; offset: number }): Bundle {
  const link = (offset: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(o.query)) {
      if (v === undefined || k === '_offset' || k === '_count') continue;
      for (const item of Array.isArray(v) ? v : [v]) params.append(k, item);
    }
    params.set('_count', String(o.count));
    params.set('_offset', String(offset));
    return `${o.baseUrl}/${o.resourceType}?${params.toString()}`;
  };
  const links: { relation: string; url: string }[] = [
    { relation: 'self', url: link(o.offset) },
    { relation: 'first', url: link(0) },
  ];
  if (o.offset > 0) links.push({ relation: 'previous', url: link(Math.max(0, o.offset - o.count)) });
  if (o.count > 0 && o.offset + o.count < total) links.push({ relation: 'next', url: link(o.offset + o.count) });
  if (o.count > 0 && total > 0) links.push({ relation: 'last', url: link(Math.floor((total - 1) / o.count) * o.count) });
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total,
    link: links,
    entry: resources.map((resource) => ({
      fullUrl: `${o.baseUrl}/${resource.resourceType}/${resource.id}`,
      resource,
      search: { mode: 'match' },
    })),
  } as Bundle;
}
