import { randomBytes } from 'node:crypto';

/**
 * Resource ids as UUID version 7 (RFC 9562): 48 bits of millisecond time then random bits. Ids made
 * in order sort in order, so B-tree inserts land at the right edge of the indexes instead of on random
 * pages — fewer pages written per transaction on SQLite and PostgreSQL alike.
 */
// Random bytes drawn 4 KiB at a time: one system call per 256 ids instead of one per id.
let pool = Buffer.alloc(0);
let poolOffset = 0;
function randomPart(): Buffer {
  if (poolOffset + 16 > pool.length) {
    pool = randomBytes(4096);
    poolOffset = 0;
  }
  const part = pool.subarray(poolOffset, poolOffset + 16);
  poolOffset += 16;
  return part;
}

let lastMs = 0;
let counter = 0;

export function uuidv7(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    // Same millisecond: keep ids increasing with a counter in the 12 "rand_a" bits.
    counter++;
    if (counter > 0xfff) {
      lastMs++;
      counter = 0;
    }
    ms = lastMs;
  } else {
    lastMs = ms;
    counter = 0;
  }
  const bytes = Buffer.alloc(16);
  randomPart().copy(bytes, 0, 0, 16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | ((counter >> 8) & 0x0f);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
