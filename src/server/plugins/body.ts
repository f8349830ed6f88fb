import type { FastifyInstance } from 'fastify';
import { decodeUtf8, parseJson } from '../../fhir/index.ts';

/**
 * JSON bodies are read as bytes and decoded strictly, so invalid UTF-8 is refused (400) instead
 * of being silently replaced, and malformed JSON answers with a message that says where.
 */
export function registerBodyParsers(app: FastifyInstance): void {
  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser(['application/json', 'application/fhir+json', 'application/json-patch+json'], { parseAs: 'buffer' }, (request, body, done) => {
    try {
      const text = decodeUtf8(body as Buffer, 'body');
      done(null, text.trim() === '' ? undefined : parseJson(text, 'body'));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}
