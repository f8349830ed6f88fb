/** Code system URIs used by the generated resources (FHIR R4 canonical names). */
export const system = {
  snomed: 'http://snomed.info/sct',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  loinc: 'http://loinc.org',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  cvx: 'http://hl7.org/fhir/sid/cvx',
  ucum: 'http://unitsofmeasure.org',
  npi: 'http://hl7.org/fhir/sid/us-npi',
  ssn: 'http://hl7.org/fhir/sid/us-ssn',
  mrn: 'urn:galen:mrn',
  noteId: 'urn:galen:synth:note',
  identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  interpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  allergyClinical: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
  allergyVerification: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  roleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
  contactRelationship: 'http://terminology.hl7.org/CodeSystem/v2-0131',
  participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  diagnosticServiceSection: 'http://terminology.hl7.org/CodeSystem/v2-0074',
  organizationType: 'http://terminology.hl7.org/CodeSystem/organization-type',
  maritalStatus: 'http://terminology.hl7.org/CodeSystem/v3-MaritalStatus',
  nucc: 'http://nucc.org/provider-taxonomy',
  documentCategory: 'http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category',
  medicationRequestCategory: 'http://terminology.hl7.org/CodeSystem/medicationrequest-category',
  language: 'urn:ietf:bcp:47',
} as const;

export interface Code {
  system: string;
  code: string;
  display: string;
}

export const snomed = (code: string, display: string): Code => ({ system: system.snomed, code, display });
export const icd10 = (code: string, display: string): Code => ({ system: system.icd10cm, code, display });
export const loinc = (code: string, display: string): Code => ({ system: system.loinc, code, display });
export const rxnorm = (code: string, display: string): Code => ({ system: system.rxnorm, code, display });
export const cvx = (code: string, display: string): Code => ({ system: system.cvx, code, display });
