import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
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
 * FHIR Bulk Data NDJSON: one resource per line. Resources keep their ids (references between
 * files of one export are relative "Type/id"), so the whole file is one atomic write.
 */
export async function requestsFromNdjson(path: string): Promise<WriteRequest[]> {
  const requests: WriteRequest[] = [];
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    const location = `${path}:${n}`;
    if (line.includes('\uFFFD')) throw new GalenError('invalid_encoding', 'line is not valid UTF-8', { location });
    const resource = parseJson(line, location);
    validateResource(resource, location);
    requests.push({ mode: typeof resource.id === 'string' ? 'upsert' : 'create', resource, location, validated: true });
  }
  return requests;
}

/** Reads one file (a Bundle or resource as .json, or .ndjson) into write requests. */
export async function requestsFromFile(path: string): Promise<WriteRequest[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new GalenError('not_found', `no such file: ${path}`);
  if (/\.ndjson$/i.test(path)) return requestsFromNdjson(path);
  const text = decodeUtf8(await readFile(path), path);
  return requestsFromDocument(parseJson(text, path));
}

/** Ingests files one by one; each file is stored whole or not at all. */
export async function ingestFiles(store: FhirStore, ctx: RequestContext, paths: string[], onProgress?: (done: number, total: number, resources: number) => void): Promise<IngestSummary> {
  const started = performance.now();
  const byType: Record<string, number> = {};
  let resources = 0;
  let current = 0;
  async function* sets(): AsyncGenerator<WriteRequest[]> {
    for (const [i, path] of paths.entries()) {
      current = i;
      yield await requestsFromFile(path);
    }
  }
  try {
    await store.writeSets(ctx, sets(), (outcomes: WriteOutcome[], i: number) => {
      for (const o of outcomes) {
        if (o.status === 'exists') continue;
        byType[o.resourceType] = (byType[o.resourceType] ?? 0) + 1;
        resources++;
      }
      onProgress?.(i + 1, paths.length, resources);
    });
  } catch (error) {
    // Files before the failing one are stored; say which file failed and how far ingest got.
    if (error instanceof GalenError && paths.length > 1) {
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
