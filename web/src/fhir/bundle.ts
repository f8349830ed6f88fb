import type { Bundle, Resource } from '@medplum/fhirtypes';

/** Reading searchset Bundles: their resources, their paging links and what they hold. */
export function bundleResources<T extends Resource>(bundle: Bundle<T>, resourceType?: T['resourceType']): T[] {
  const resources: T[] = [];
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource;
    if (!resource) continue;
    // A searchset may carry included resources and OperationOutcomes beside its matches.
    if (entry.search?.mode && entry.search.mode !== 'match') continue;
    if (resourceType && resource.resourceType !== resourceType) continue;
    resources.push(resource);
  }
  return resources;
}

/** The URL of a paging link; FHIR servers write "previous" or the older "prev". */
export function bundleLink(bundle: Bundle, relation: 'next' | 'previous' | 'first' | 'last'): string | undefined {
  const names = relation === 'previous' ? ['previous', 'prev'] : [relation];
  return bundle.link?.find((link) => link.relation && names.includes(link.relation))?.url;
}

/** How many resources of each type a Bundle holds, largest first (ties by type name). */
export function countByType(bundle: Bundle): { resourceType: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const entry of bundle.entry ?? []) {
    const type = entry.resource?.resourceType;
    if (type) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([resourceType, count]) => ({ resourceType, count }))
    .sort((a, b) => b.count - a.count || a.resourceType.localeCompare(b.resourceType));
}
