import { systemContext, type RequestContext } from '../context.ts';
import { GalenError } from '../errors/index.ts';
import { createServices, type Services } from '../server/index.ts';
import { openDatabase } from '../store/index.ts';
import { resolveDbLocation } from './program.ts';

/** Opens the database named by --db, runs `fn` with the services, and always closes it. */
export async function withServices<T>(dbOption: string | undefined, fn: (services: Services) => Promise<T>): Promise<T> {
  const database = await openDatabase(resolveDbLocation(dbOption));
  try {
    return await fn(createServices(database));
  } finally {
    await database.close();
  }
}

/** The system context of an institution named by --tenant; `create` makes it on first use. */
export async function tenantContext(services: Services, slug: string, options: { create?: boolean } = {}): Promise<RequestContext> {
  const institution = options.create ? await services.accounts.ensureInstitution(slug, slug === 'demo' ? 'Galen Demo Clinic' : slug) : await services.accounts.findInstitution(slug);
  if (!institution) throw new GalenError('not_found', `no institution "${slug}" in this database (seed or ingest into it first)`);
  return systemContext(institution.id);
}
