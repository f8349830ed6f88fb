/**
 * The one registry of Galen's error codes. Domain code throws `GalenError` with a code from here;
 * the HTTP error handler maps it to a status (FHIR routes answer with an OperationOutcome, the rest
 * with application/problem+json) and the CLI maps it to a message on stderr and a non-zero exit.
 */
export const errorCodes = {
  invalid_input: { status: 400, fhirIssue: 'invalid', title: 'Invalid input' },
  invalid_json: { status: 400, fhirIssue: 'structure', title: 'Malformed JSON' },
  invalid_encoding: { status: 400, fhirIssue: 'structure', title: 'Invalid UTF-8' },
  unknown_resource_type: { status: 400, fhirIssue: 'not-supported', title: 'Unknown resource type' },
  invalid_resource: { status: 400, fhirIssue: 'structure', title: 'Resource fails its basic shape' },
  unresolved_reference: { status: 422, fhirIssue: 'not-found', title: 'Reference resolves to nothing' },
  unsupported_search: { status: 400, fhirIssue: 'not-supported', title: 'Unsupported search parameter' },
  unauthenticated: { status: 401, fhirIssue: 'login', title: 'Sign-in required' },
  forbidden: { status: 403, fhirIssue: 'forbidden', title: 'Not allowed' },
  not_found: { status: 404, fhirIssue: 'not-found', title: 'Not found' },
  gone: { status: 410, fhirIssue: 'deleted', title: 'Deleted' },
  conflict: { status: 409, fhirIssue: 'conflict', title: 'Conflict' },
  payload_too_large: { status: 413, fhirIssue: 'too-costly', title: 'Body over the size limit' },
  unsupported_media_type: { status: 415, fhirIssue: 'not-supported', title: 'Unsupported media type' },
  out_of_range: { status: 422, fhirIssue: 'value', title: 'Input outside the valid range' },
  too_many_requests: { status: 429, fhirIssue: 'throttled', title: 'Too many attempts' },
  internal: { status: 500, fhirIssue: 'exception', title: 'Internal error' },
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class GalenError extends Error {
  readonly code: ErrorCode;
  /** Where in the input the problem is (a FHIRPath-like location or a field name), when known. */
  readonly location?: string;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: { location?: string; details?: Record<string, unknown>; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GalenError';
    this.code = code;
    this.location = options.location;
    this.details = options.details;
  }

  get status(): number {
    return errorCodes[this.code].status;
  }
}

export function isGalenError(value: unknown): value is GalenError {
  return value instanceof GalenError;
}
