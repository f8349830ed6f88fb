import type { OperationOutcome } from '@medplum/fhirtypes';
import { errorCodes, isGalenError } from '../errors/index.ts';

/** The OperationOutcome a FHIR endpoint answers with for an error. */
export function operationOutcome(error: unknown): OperationOutcome {
  if (isGalenError(error)) {
    return {
      resourceType: 'OperationOutcome',
      issue: [{
        severity: 'error',
        code: errorCodes[error.code].fhirIssue,
        details: { text: error.message },
        diagnostics: error.code,
        ...(error.location ? { expression: [error.location] } : {}),
      }],
    } as OperationOutcome;
  }
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception', details: { text: 'internal error' } }] };
}
