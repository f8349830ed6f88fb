import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_knowledge.ts';
import * as m0003 from './0003_assistant.ts';
import * as m0004 from './0004_inbasket.ts';
import * as m0005 from './0005_deid.ts';
import * as m0006 from './0006_models.ts';
import * as m0007 from './0007_token_keys.ts';

/**
 * Every migration, in order. A static list (not a folder scan) so migrations work the same
 * under tsx, Vitest and a bundled build.
 */
const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_knowledge': m0002,
  '0003_assistant': m0003,
  '0004_inbasket': m0004,
  '0005_deid': m0005,
  '0006_models': m0006,
  '0007_token_keys': m0007,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
