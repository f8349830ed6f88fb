import { GalenError, type ErrorCode } from '../errors/index.ts';
import { requestsFromSource, type WriteSource } from './ingest.ts';
import { NeedsDatabase, planWithoutDatabase, prepareSet, type PreparedSet } from './prepare.ts';

/** What preparing one source gave: its rows, a refusal, or word that only the writer can plan it. */
export type PrepareResult =
  | { kind: 'prepared'; prepared: PreparedSet }
  | { kind: 'needs-database' }
  | { kind: 'error'; code: ErrorCode; message: string; location?: string };

/**
 * Parses, validates and prepares one source without the database. Runs in the prepare workers (or
 * inline when there are none); everything it returns is plain data that crosses threads.
 */
export function prepareSource(source: WriteSource): PrepareResult {
  try {
    const requests = requestsFromSource(source);
    const planned = planWithoutDatabase(requests);
    const assumedNew = planned.filter((p) => p.request.mode === 'upsert').map((p) => `${p.request.resource.resourceType}/${p.id}`);
    return { kind: 'prepared', prepared: prepareSet(planned, new Date().toISOString(), assumedNew) };
  } catch (error) {
    if (error instanceof NeedsDatabase) return { kind: 'needs-database' };
    if (error instanceof GalenError) return { kind: 'error', code: error.code, message: error.message, location: error.location };
    return { kind: 'error', code: 'internal', message: error instanceof Error ? error.message : String(error), location: source.location };
  }
}
