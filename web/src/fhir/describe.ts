import type {
  AllergyIntolerance, CodeableConcept, Condition, DocumentReference, Encounter, Immunization, MedicationRequest, Observation,
  Procedure, Quantity, Resource,
} from '@medplum/fhirtypes';
import { conceptText } from './conditions.ts';
import { formatDate } from './display.ts';

/**
 * A FHIR resource as a few labelled facts, for the source viewer that a chart statement or an
 * assistant citation opens. The raw resource is shown beside it, so nothing here needs to be complete.
 */
export interface ResourceDescription {
  title: string;
  facts: { label: string; value: string }[];
  /** Free text the resource carries (a note's body), decoded. */
  text?: string;
}

type Fact = { label: string; value: string | undefined };

function facts(list: Fact[]): ResourceDescription['facts'] {
  return list.filter((fact): fact is { label: string; value: string } => Boolean(fact.value));
}

function quantity(value: Quantity | undefined): string | undefined {
  if (value?.value === undefined) return undefined;
  return [value.value, value.unit ?? value.code].filter((part) => part !== undefined).join(' ');
}

function codes(concept: CodeableConcept | undefined): string | undefined {
  const list = concept?.coding?.filter((coding) => coding.code).map((coding) => `${coding.code}${coding.display ? ` (${coding.display})` : ''}`);
  return list && list.length > 0 ? list.join('; ') : undefined;
}

function status(concept: CodeableConcept | undefined): string | undefined {
  return concept?.coding?.find((coding) => coding.code)?.code;
}

function date(value: string | undefined): string | undefined {
  return value ? formatDate(value) : undefined;
}

/** Decodes a base64 UTF-8 attachment (how notes are stored) without Node's Buffer. */
export function decodeBase64Text(data: string): string {
  const binary = atob(data);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

function observation(resource: Observation): ResourceDescription {
  const range = resource.referenceRange?.[0];
  const interpretation = resource.interpretation?.[0];
  const parts: Fact[] = [
    { label: 'Result', value: quantity(resource.valueQuantity) ?? resource.valueString ?? (resource.valueCodeableConcept ? conceptText(resource.valueCodeableConcept) : undefined) },
    ...(resource.component ?? []).map((component) => ({ label: conceptText(component.code), value: quantity(component.valueQuantity) })),
    { label: 'Reference range', value: range?.text ?? ([quantity(range?.low), quantity(range?.high)].filter(Boolean).join(' – ') || undefined) },
    { label: 'Interpretation', value: interpretation ? conceptText(interpretation) : undefined },
    { label: 'Date', value: date(resource.effectiveDateTime ?? resource.effectivePeriod?.start ?? resource.issued) },
    { label: 'Status', value: resource.status },
    { label: 'Code', value: codes(resource.code) },
  ];
  return { title: conceptText(resource.code), facts: facts(parts) };
}

function describeKnown(resource: Resource): ResourceDescription | undefined {
  switch (resource.resourceType) {
    case 'Observation':
      return observation(resource);
    case 'Condition': {
      const condition: Condition = resource;
      return {
        title: conceptText(condition.code),
        facts: facts([
          { label: 'Status', value: status(condition.clinicalStatus) },
          { label: 'Onset', value: date(condition.onsetDateTime ?? condition.onsetPeriod?.start) },
          { label: 'Resolved', value: date(condition.abatementDateTime ?? condition.abatementPeriod?.start) },
          { label: 'Recorded', value: date(condition.recordedDate) },
          { label: 'Code', value: codes(condition.code) },
        ]),
      };
    }
    case 'MedicationRequest': {
      const request: MedicationRequest = resource;
      return {
        title: conceptText(request.medicationCodeableConcept),
        facts: facts([
          { label: 'Instructions', value: request.dosageInstruction?.map((dosage) => dosage.text).filter(Boolean).join('; ') },
          { label: 'Status', value: request.status },
          { label: 'Prescribed', value: date(request.authoredOn) },
          { label: 'Prescriber', value: request.requester?.display },
          { label: 'Code', value: codes(request.medicationCodeableConcept) },
        ]),
      };
    }
    case 'AllergyIntolerance': {
      const allergy: AllergyIntolerance = resource;
      return {
        title: conceptText(allergy.code),
        facts: facts([
          { label: 'Reaction', value: allergy.reaction?.flatMap((reaction) => reaction.manifestation?.map(conceptText) ?? []).join(', ') },
          { label: 'Criticality', value: allergy.criticality },
          { label: 'Status', value: status(allergy.clinicalStatus) },
          { label: 'Recorded', value: date(allergy.recordedDate) },
        ]),
      };
    }
    case 'Immunization': {
      const immunization: Immunization = resource;
      return {
        title: conceptText(immunization.vaccineCode),
        facts: facts([
          { label: 'Given', value: date(immunization.occurrenceDateTime) },
          { label: 'Status', value: immunization.status },
          { label: 'Lot', value: immunization.lotNumber },
          { label: 'Code', value: codes(immunization.vaccineCode) },
        ]),
      };
    }
    case 'Encounter': {
      const encounter: Encounter = resource;
      return {
        title: encounter.type?.[0] ? conceptText(encounter.type[0]) : 'Visit',
        facts: facts([
          { label: 'Date', value: date(encounter.period?.start) },
          { label: 'Class', value: encounter.class?.display ?? encounter.class?.code },
          { label: 'Status', value: encounter.status },
          { label: 'Where', value: encounter.serviceProvider?.display },
        ]),
      };
    }
    case 'Procedure': {
      const procedure: Procedure = resource;
      return {
        title: conceptText(procedure.code),
        facts: facts([
          { label: 'Date', value: date(procedure.performedDateTime ?? procedure.performedPeriod?.start) },
          { label: 'Status', value: procedure.status },
          { label: 'Code', value: codes(procedure.code) },
        ]),
      };
    }
    case 'DocumentReference': {
      const document: DocumentReference = resource;
      const data = document.content?.find((content) => content.attachment?.data && content.attachment.contentType?.startsWith('text/'))?.attachment?.data;
      let text: string | undefined;
      try {
        text = data ? decodeBase64Text(data) : undefined;
      } catch {
        text = undefined;
      }
      return {
        title: conceptText(document.type),
        facts: facts([
          { label: 'Date', value: date(document.date) },
          { label: 'Author', value: document.author?.map((author) => author.display).filter(Boolean).join(', ') },
          { label: 'Status', value: document.docStatus ?? document.status },
        ]),
        ...(text ? { text } : {}),
      };
    }
    default:
      return undefined;
  }
}

export function describeResource(resource: Resource): ResourceDescription {
  return describeKnown(resource) ?? { title: resource.resourceType, facts: [] };
}
