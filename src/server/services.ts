import { AuditLog } from '../audit/index.ts';
import { FhirStore } from '../fhir/index.ts';
import type { GalenDatabase } from '../store/index.ts';
import { Accounts } from '../tenancy/index.ts';

/** The domain services one server (or CLI run) works with, built once over one database. */
export interface Services {
  database: GalenDatabase;
  fhir: FhirStore;
  accounts: Accounts;
  audit: AuditLog;
}

export function createServices(database: GalenDatabase): Services {
  return { database, fhir: new FhirStore(database.db), accounts: new Accounts(database.db), audit: new AuditLog(database.db) };
}
