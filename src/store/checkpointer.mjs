// A background checkpointer for a SQLite database in WAL mode: while a bulk write appends to the
// write-ahead log, this thread copies committed pages from the log into the database file, so the
// writer's commits do not stop to do it. Plain JavaScript: it needs no TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';

const db = new SQLite(workerData.path);
db.pragma('busy_timeout = 5000');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
let stopping = false;
parentPort.on('message', (message) => {
  if (message === 'stop') stopping = true;
});

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
while (!stopping) {
  checkpoint.run();
  await pause(workerData.intervalMs);
}
// A last pass for what the writer committed since the previous one.
checkpoint.run();
db.close();
parentPort.postMessage('stopped');
