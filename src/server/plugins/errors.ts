import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorCodes, GalenError, isGalenError, type ErrorCode } from '../../errors/index.ts';
import { operationOutcome } from '../../fhir/index.ts';

/** Fastify's own error codes mapped onto Galen's registry, so every error has one shape. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_VALIDATION: 'invalid_input',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_input',
};

export function toGalenError(error: unknown): GalenError {
  if (isGalenError(error)) return error;
  const fe = error as Partial<FastifyError>;
  const code = fe.code ? fastifyCodes[fe.code] : undefined;
  if (code) return new GalenError(code, fe.message ?? errorCodes[code].title);
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new GalenError(fe.statusCode === 413 ? 'payload_too_large' : fe.statusCode === 415 ? 'unsupported_media_type' : 'invalid_input', fe.message ?? 'bad request');
  }
  return new GalenError('internal', 'internal error', { cause: error });
}

export function isFhirRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/fhir/');
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: GalenError): FastifyReply {
  const status = error.status;
  if (isFhirRequest(request)) {
    return reply.status(status).type('application/fhir+json').send(operationOutcome(error));
  }
  return reply.status(status).type('application/problem+json').send({
    type: `https://galen.invalid/errors/${error.code}`,
    title: errorCodes[error.code].title,
    status,
    detail: error.message,
    code: error.code,
    ...(error.location ? { location: error.location } : {}),
  });
}

/** One error handler for the whole app: OperationOutcome on FHIR routes, problem+json elsewhere. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const galen = toGalenError(error);
    if (galen.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendError(request, reply, galen);
  });
}
