/**
 * Finds every Reference in a resource (any object with a string `reference`), optionally
 * rewriting it, and reports the top-level element it sits under: the reference index and the
 * patient compartment are built from these.
 */
export interface FoundReference {
  /** Top-level element name, e.g. "subject", "patient", "context". */
  element: string;
  reference: string;
  /** The object holding `reference`, so callers can rewrite it in place. */
  holder: { reference: string };
}

export function findReferences(resource: Record<string, unknown>): FoundReference[] {
  const found: FoundReference[] = [];
  for (const key in resource) {
    if (key === 'text' || key === 'meta') continue;
    const value = resource[key];
    if (value !== null && typeof value === 'object') collect(value, key, found);
  }
  return found;
}

// Runs over every element of every resource written: plain loops, no per-object entry arrays.
function collect(value: object, element: string, out: FoundReference[]): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === 'object') collect(item, element, out);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.reference === 'string') out.push({ element, reference: record.reference, holder: record as { reference: string } });
  for (const key in record) {
    if (key === 'reference') continue;
    const child = record[key];
    if (child !== null && typeof child === 'object') collect(child, element, out);
  }
}

export interface ParsedReference {
  type: string;
  id: string;
}

const relative = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[A-Za-z0-9\-.]{1,64})?$/;

/** "Patient/123" (optionally versioned) → { type, id }; anything else (URLs, urn:, #contained) → undefined. */
export function parseRelativeReference(reference: string): ParsedReference | undefined {
  const m = relative.exec(reference);
  return m ? { type: m[1]!, id: m[2]! } : undefined;
}

/** "Practitioner?identifier=system|value" → its parts; the only conditional form Galen resolves. */
export function parseConditionalReference(reference: string): { type: string; system: string; value: string } | undefined {
  const m = /^([A-Z][A-Za-z]+)\?identifier=(.*)$/.exec(reference);
  if (!m) return undefined;
  const token = decodeURIComponent(m[2]!);
  const bar = token.indexOf('|');
  return bar < 0 ? { type: m[1]!, system: '', value: token } : { type: m[1]!, system: token.slice(0, bar), value: token.slice(bar + 1) };
}
