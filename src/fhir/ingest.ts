import { readFile, stat } from 'node:fs/promises';
import type { RequestContext } from '../context.ts';
import { GalenError } from '../errors/index.ts';
import type { FhirStore } from './store.ts';
import { validateResource } from './validate.ts';
import { requestsFromBundle, type WriteOutcome, type WriteRequest } from './write.ts';

export interface IngestSummary {
  files: number;
  resources: number;
  byType: Record<string, number>;
  seconds: number;
  resourcesPerSecond: number;
}

/** Decodes bytes as UTF-8, refusing invalid sequences instead of replacing them. */
export function decodeUtf8(bytes: Uint8Array, location: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new GalenError('invalid_encoding', 'the body is not valid UTF-8', { location });
  }
}

export function parseJson(text: string, location: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new GalenError('invalid_json', `malformed JSON: ${(error as Error).message}`, { location });
  }
}

/** Write requests for a parsed JSON document: a transaction/collection Bundle or a single resource. */
export function requestsFromDocument(document: unknown): WriteRequest[] {
  if (document && typeof document === 'object' && (document as { resourceType?: unknown }).resourceType === 'Bundle') {
    return requestsFromBundle(document).requests;
  }
  validateResource(document);
  return [{ mode: typeof document.id === 'string' ? 'upsert' : 'create', resource: document, location: document.resourceType }];
}

/**
 * One unit of a bulk write, stored whole or not at all: a Bundle or single resource as JSON, or a
 * FHIR Bulk Data NDJSON file (one resource per line). Bytes are decoded as strict UTF-8.
 */
export interface WriteSource {
  format: 'json' | 'ndjson';
  /** Where it came from, for error messages: a path or a label. */
  location: string;
  text?: string;
  bytes?: Uint8Array;
}

/** The write requests of one source. */
export function requestsFromSource(source: WriteSource): WriteRequest[] {
  const text = source.text ?? decodeUtf8(source.bytes ?? new Uint8Array(), source.location);
  if (source.format === 'ndjson') return requestsFromNdjsonText(text, source.location);
  return requestsFromDocument(parseJson(text, source.location));
}

/**
 * FHIR Bulk Data NDJSON: one resource per line. Resources keep their ids (references between
 * files of one export are relative "Type/id"), so the whole file is one atomic write.
 */
export function requestsFromNdjsonText(text: string, path: string): WriteRequest[] {
  const requests: WriteRequest[] = [];
  let n = 0;
  for (const line of text.split(/\r?\n/)) {
    n++;
    if (line.trim() === '') continue;
    const location = `${path}:${n}`;
    const resource = parseJson(line, location);
    validateResource(resource, location);
    requests.push({ mode: typeof resource.id === 'string' ? 'upsert' : 'create', resource, location, validated: true });
  }
  return requests;
}

/** Reads one file (a Bundle or resource as .json, or .ndjson) as a write source. */
export async function sourceFromFile(path: string): Promise<WriteSource> {
  const bytes = await readFile(path).catch(() => undefined);
  if (!bytes) throw new GalenError('not_found', `no such file: ${path}`);
  return { format: /\.ndjson$/i.test(path) ? 'ndjson' : 'json', location: path, bytes };
}

/** Reads one file (a Bundle or resource as .json, or .ndjson) into write requests. */
export async function requestsFromFile(path: string): Promise<WriteRequest[]> {
  return requestsFromSource(await sourceFromFile(path));
}

/** Ingests files one by one; each file is stored whole or not at all. */
export async function ingestFiles(store: FhirStore, ctx: RequestContext, paths: string[], onProgress?: (done: number, total: number, resources: number) => void): Promise<IngestSummary> {
  const started = performance.now();
  const byType: Record<string, number> = {};
  let resources = 0;
  // Every file must be there before anything is stored.
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) throw new GalenError('not_found', `no such file: ${path}`);
  }
  async function* sources(): AsyncGenerator<WriteSource> {
    for (const path of paths) yield await sourceFromFile(path);
  }
  try {
    // Worker threads pay off from a few files on; one or two are prepared on this thread.
    const workers = paths.length < 4 ? 0 : undefined;
    await store.writeSources(ctx, sources(), (outcomes: WriteOutcome[], i: number) => {
      for (const o of outcomes) {
        if (o.status === 'exists') continue;
        byType[o.resourceType] = (byType[o.resourceType] ?? 0) + 1;
        resources++;
      }
      onProgress?.(i + 1, paths.length, resources);
    }, { workers });
  } catch (error) {
    // Files before the failing one are stored; say which file failed and how far ingest got.
    if (error instanceof GalenError && paths.length > 1) {
      const current = (error as { setIndex?: number }).setIndex ?? 0;
      throw new GalenError(error.code, `${paths[current]}: ${error.message} (${current} earlier file(s) stored, this one and later ones not)`, { location: error.location, cause: error });
    }
    throw error;
  }
  const seconds = (performance.now() - started) / 1000;
  return { files: paths.length, resources, byType: sortKeys(byType), seconds: round(seconds, 3), resourcesPerSecond: Math.round(resources / Math.max(seconds, 1e-9)) };
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
