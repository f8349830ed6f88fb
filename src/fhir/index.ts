export { FhirStore } from './store.ts';
export { ingestFiles, requestsFromFile, requestsFromDocument, requestsFromSource, decodeUtf8, parseJson, type IngestSummary, type WriteSource } from './ingest.ts';
export { requestsFromBundle, type WriteRequest, type WriteOutcome } from './write.ts';
export { operationOutcome } from './outcome.ts';
export { r4ResourceTypes, isR4ResourceType } from './resource-types.ts';
export { searchParamsFor, searchParameters } from './search-params.ts';
export type { SearchQuery } from './search.ts';
