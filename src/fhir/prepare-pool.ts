import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WriteSource } from './ingest.ts';
import { prepareSource, type PrepareResult } from './prepare-source.ts';

/**
 * Worker threads that parse, validate and prepare write sources while the writer's thread stores
 * earlier ones: on a multi-core machine the JSON work and the database inserts overlap.
 */
export class PreparePool {
  private readonly pending = new Map<number, { resolve: (r: PrepareResult) => void; reject: (e: Error) => void }>();
  private seq = 0;
  private failure: Error | undefined;

  private constructor(private readonly workers: Worker[]) {
    for (const worker of workers) {
      worker.on('message', (message: { seq: number; result: PrepareResult }) => {
        const waiting = this.pending.get(message.seq);
        this.pending.delete(message.seq);
        waiting?.resolve(message.result);
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => { if (code !== 0) this.fail(new Error(`a prepare worker stopped with code ${code}`)); });
    }
  }

  /** One worker per core beyond the writer's own, at least one. */
  static start(workers = Math.max(1, Math.min(4, availableParallelism() - 1))): PreparePool {
    const entry = new URL('./prepare-worker.mjs', import.meta.url);
    return new PreparePool(Array.from({ length: workers }, () => new Worker(entry)));
  }

  prepare(source: WriteSource): Promise<PrepareResult> {
    if (this.failure) return Promise.reject(this.failure);
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.workers[seq % this.workers.length]!.postMessage({ seq, source });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

/**
 * Prepares sources in order, keeping up to `window` of them in flight in the pool (or preparing
 * inline without one), and yields each with its result in the order they came.
 */
export async function* prepareInOrder(
  sources: Iterable<WriteSource> | AsyncIterable<WriteSource>,
  pool: PreparePool | undefined,
  window = 16,
): AsyncGenerator<{ source: WriteSource; result: PrepareResult }> {
  const inFlight: { source: WriteSource; result: Promise<PrepareResult> }[] = [];
  for await (const source of sources) {
    // Without a pool the source is prepared when its turn comes, not ahead of time.
    if (!pool) {
      yield { source, result: prepareSource(source) };
      continue;
    }
    const result = pool.prepare(source);
    result.catch(() => undefined); // awaited below in order; keeps an early failure from going unhandled
    inFlight.push({ source, result });
    if (inFlight.length >= window) {
      const next = inFlight.shift()!;
      yield { source: next.source, result: await next.result };
    }
  }
  for (const next of inFlight) yield { source: next.source, result: await next.result };
}
