import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_knowledge.ts';

/**
 * Every migration, in order. A static list (not a folder scan) so migrations work the same
 * under tsx, Vitest and a bundled build.
 */
const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_knowledge': m0002,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
