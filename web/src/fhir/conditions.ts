import type { CodeableConcept, Condition } from '@medplum/fhirtypes';

/** A coded concept as words: its text, else the first coding's display, else its code. */
export function conceptText(concept: CodeableConcept | undefined): string {
  if (!concept) return 'Not coded';
  if (concept.text) return concept.text;
  const coding = concept.coding?.find((candidate) => candidate.display) ?? concept.coding?.[0];
  return coding?.display ?? coding?.code ?? 'Not coded';
}

/** A Condition is current unless its clinical status says it has ended. */
export function isCurrentCondition(condition: Condition): boolean {
  const status = condition.clinicalStatus?.coding?.find((coding) => coding.code)?.code;
  return status === undefined || status === 'active' || status === 'recurrence' || status === 'relapse';
}

/** Current problems, one line per distinct problem (case aside), alphabetically, each starting with a capital. */
export function currentProblems(conditions: Condition[]): string[] {
  const byKey = new Map<string, string>();
  for (const condition of conditions.filter(isCurrentCondition)) {
    const text = conceptText(condition.code);
    const key = text.toLowerCase();
    if (!byKey.has(key)) byKey.set(key, text.charAt(0).toUpperCase() + text.slice(1));
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}
