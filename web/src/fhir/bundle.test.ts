import { describe, expect, it } from 'vitest';
import type { Bundle } from '@medplum/fhirtypes';
import { bundleLink, bundleResources, countByType } from './bundle.ts';

const bundle: Bundle = {
  resourceType: 'Bundle',
  type: 'searchset',
  link: [
    { relation: 'self', url: 'http://galen.example/fhir/R4/Patient?_count=2' },
    { relation: 'next', url: 'http://galen.example/fhir/R4/Patient?_count=2&_offset=2' },
    { relation: 'prev', url: 'http://galen.example/fhir/R4/Patient?_count=2&_offset=0' },
  ],
  entry: [
    { resource: { resourceType: 'Patient', id: 'a' }, search: { mode: 'match' } },
    { resource: { resourceType: 'Observation', id: 'o1', status: 'final', code: {} } },
    { resource: { resourceType: 'Observation', id: 'o2', status: 'final', code: {} } },
    { resource: { resourceType: 'OperationOutcome', issue: [] }, search: { mode: 'outcome' } },
    { fullUrl: 'urn:uuid:no-resource' },
  ],
};

describe('searchset bundles', () => {
  it('returns the matches, leaving out outcomes and entries without a resource', () => {
    expect(bundleResources(bundle).map((resource) => resource.id ?? resource.resourceType)).toEqual(['a', 'o1', 'o2']);
    expect(bundleResources(bundle, 'Observation').map((resource) => resource.id)).toEqual(['o1', 'o2']);
  });

  it('reads paging links, accepting the older "prev" for "previous"', () => {
    expect(bundleLink(bundle, 'next')).toContain('_offset=2');
    expect(bundleLink(bundle, 'previous')).toContain('_offset=0');
    expect(bundleLink(bundle, 'last')).toBeUndefined();
  });

  it('counts resources by type, most frequent first', () => {
    expect(countByType(bundle)).toEqual([
      { resourceType: 'Observation', count: 2 },
      { resourceType: 'OperationOutcome', count: 1 },
      { resourceType: 'Patient', count: 1 },
    ]);
  });
});
