/** A prepare worker: turns sources into prepared rows off the writer's thread. */
import { parentPort } from 'node:worker_threads';
import type { WriteSource } from './ingest.ts';
import { prepareSource } from './prepare-source.ts';

parentPort!.on('message', (message: { seq: number; source: WriteSource }) => {
  parentPort!.postMessage({ seq: message.seq, result: prepareSource(message.source) });
});
