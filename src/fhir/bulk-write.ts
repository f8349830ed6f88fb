import type { ControlledTransaction, Kysely, Transaction } from 'kysely';
import { GalenError } from '../errors/index.ts';
import { withBackgroundCheckpoints, type Database } from '../store/index.ts';
import { requestsFromSource, type WriteSource } from './ingest.ts';
import { PreparePool, prepareInOrder } from './prepare-pool.ts';
import { validateResource } from './validate.ts';
import { applyPrepared, storedVersions, writeInTransaction, type WriteOutcome, type WriteRequest } from './write.ts';

export interface BulkWriteOptions {
  /** Resources per commit (default 20,000). */
  batchResources?: number;
  onStored?: (outcomes: WriteOutcome[], index: number) => void;
}

/**
 * Stores many sets in few transactions: each set inside its own savepoint, so every set is still
 * stored whole or not at all, while commits — the costly part of small transactions — happen once
 * per `batchResources` resources. When a set fails, the sets before it are committed and the error
 * is thrown with the failing set's index (`setIndex`). On SQLite, checkpoints run in a background
 * thread for the duration.
 */
async function inBatches<T>(
  db: Kysely<Database>,
  sets: Iterable<T> | AsyncIterable<T>,
  writeSet: (trx: Transaction<Database>, set: T) => Promise<WriteOutcome[]>,
  options: BulkWriteOptions,
): Promise<void> {
  await withBackgroundCheckpoints(db, () => batches(db, sets, writeSet, options));
}

async function batches<T>(
  db: Kysely<Database>,
  sets: Iterable<T> | AsyncIterable<T>,
  writeSet: (trx: Transaction<Database>, set: T) => Promise<WriteOutcome[]>,
  options: BulkWriteOptions,
): Promise<void> {
  const batch = options.batchResources ?? 20_000;
  let trx: ControlledTransaction<Database> | undefined;
  let pending = 0;
  let index = 0;
  try {
    for await (const set of sets) {
      trx ??= await db.startTransaction().execute();
      const savepoint = await trx.savepoint('galen_set').execute();
      let outcomes: WriteOutcome[];
      try {
        outcomes = await writeSet(savepoint, set);
        await savepoint.releaseSavepoint('galen_set').execute();
      } catch (error) {
        await savepoint.rollbackToSavepoint('galen_set').execute();
        if (error instanceof GalenError) (error as { setIndex?: number }).setIndex = index;
        throw error;
      }
      options.onStored?.(outcomes, index);
      index++;
      pending += outcomes.length;
      if (pending >= batch) {
        await trx.commit().execute();
        trx = undefined;
        pending = 0;
      }
    }
  } catch (error) {
    // A failure outside a set (reading the next source, say) is still reported with its index.
    if (error instanceof GalenError && (error as { setIndex?: number }).setIndex === undefined) (error as { setIndex?: number }).setIndex = index;
    throw error;
  } finally {
    if (trx) await trx.commit().execute();
  }
}

/** Stores prepared request sets (one per Bundle or file), each atomic, committing in batches. */
export async function writeSets(db: Kysely<Database>, tenantId: string, sets: Iterable<WriteRequest[]> | AsyncIterable<WriteRequest[]>, options: BulkWriteOptions = {}): Promise<void> {
  // Conditional references resolve the same way for every set of one bulk write.
  const resolved = new Map<string, string>();
  await inBatches(db, sets, (trx, requests) => {
    for (const r of requests) if (!r.validated) validateResource(r.resource, r.location);
    return writeInTransaction(trx, tenantId, requests, resolved);
  }, options);
}

/**
 * Stores sources (Bundle JSON, NDJSON files), each atomic, committing in batches. With more than a
 * few sources, worker threads parse, validate and prepare the rows of the next sources while this
 * thread stores the current one; the writer only resolves what needs the database.
 */
export async function writeSources(
  db: Kysely<Database>,
  tenantId: string,
  sources: Iterable<WriteSource> | AsyncIterable<WriteSource>,
  options: BulkWriteOptions & { workers?: number } = {},
): Promise<void> {
  const resolved = new Map<string, string>();
  const pool = options.workers === 0 ? undefined : PreparePool.start(options.workers);
  try {
    await inBatches(db, prepareInOrder(sources, pool), async (trx, { source, result }) => {
      if (result.kind === 'error') throw new GalenError(result.code, result.message, { location: result.location });
      if (result.kind === 'prepared' && (await storedVersions(trx, tenantId, result.prepared.assumedNew)).size === 0) {
        return applyPrepared(trx, tenantId, result.prepared, resolved);
      }
      // Conditional creates, or updates of stored resources: planned here, against the database.
      return writeInTransaction(trx, tenantId, requestsFromSource(source), resolved);
    }, options);
  } finally {
    await pool?.close();
  }
}
