import type { Command } from 'commander';
import { GalenError } from '../errors/index.ts';
import type { SearchQuery } from '../fhir/index.ts';
import { tenantContext, withServices } from './context.ts';
import { printJson, withDbOption, withTenantOption } from './program.ts';

const cliBase = 'galen:fhir/R4';

export function register(program: Command): void {
  const fhir = program.command('fhir').description('read and search the FHIR record store');

  withTenantOption(withDbOption(fhir.command('read').description('print one resource as JSON').argument('<type>').argument('<id>'))).action(
    async (type: string, id: string, options: { db?: string; tenant: string }) => {
      await withServices(options.db, async (services) => printJson(await services.fhir.read(await tenantContext(services, options.tenant), type, id)));
    },
  );

  withTenantOption(withDbOption(fhir.command('search').description('print a searchset Bundle, e.g. galen fhir search Observation patient=ID code=http://loinc.org|4548-4 _sort=-date').argument('<type>').argument('[params...]', 'name=value pairs'))).action(
    async (type: string, params: string[], options: { db?: string; tenant: string }) => {
      const query: SearchQuery = {};
      for (const param of params) {
        const eq = param.indexOf('=');
        if (eq <= 0) throw new GalenError('invalid_input', `search parameters are name=value, not "${param}"`);
        const name = param.slice(0, eq);
        const value = param.slice(eq + 1);
        const prior = query[name];
        query[name] = prior === undefined ? value : [...(Array.isArray(prior) ? prior : [prior]), value];
      }
      await withServices(options.db, async (services) => printJson(await services.fhir.search(await tenantContext(services, options.tenant), type, query, cliBase)));
    },
  );
}
