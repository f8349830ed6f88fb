/** The clinical history of one synthetic patient as plain data, before it is written as FHIR. */
import type { DirectoryOrganization, DirectoryPractitioner } from './directory.ts';
import type { Demographics } from './patient.ts';
import type { AcuteDef, AdmissionDef, ChronicDef, SmokingStatus, Specialty } from './vocabulary/conditions.ts';
import type { Code } from './vocabulary/systems.ts';
import type { MedicationDef } from './vocabulary/medications.ts';
import type { LabKey, QuantityDef, VitalKey } from './vocabulary/observations.ts';
import type { VaccineKey } from './vocabulary/immunizations.ts';
import type { ProcedureKey } from './vocabulary/encounters.ts';
import type { AllergyDef } from './vocabulary/allergies.ts';

export type NoteStyle = 'progress' | 'telephone' | 'discharge' | 'referral';

export interface ConditionRecord {
  uuid: string;
  snomed: Code;
  icd10: Code;
  label: string;
  category: 'problem-list-item' | 'encounter-diagnosis';
  onsetDay: number;
  abatementDay?: number;
  recordedDay: number;
  encounter?: EncounterRecord;
  chronic?: ChronicState;
}

export interface ChronicState {
  def: ChronicDef;
  onsetDay: number;
  diagnosedInWindow: boolean;
  regimen: MedicationDef[];
  /** Day treatment began (may precede the history window). */
  treatmentDay: number;
  /** A medicine added later because the problem was above goal. */
  escalation?: { day: number; medication: MedicationDef };
  record?: ConditionRecord;
}

export interface MedicationRecord {
  uuid: string;
  def: MedicationDef;
  authoredDay: number;
  endDay?: number;
  status: 'active' | 'completed' | 'stopped';
  reason?: ConditionRecord;
  encounter?: EncounterRecord;
  requester: DirectoryPractitioner;
  chronic: boolean;
}

export interface QuantityResult {
  def: QuantityDef;
  key: LabKey | VitalKey;
  value: number;
}

export interface ObservationRecord {
  uuid: string;
  day: number;
  minute: number;
  encounter: EncounterRecord;
  kind: 'quantity' | 'bloodPressure' | 'smoking';
  quantity?: QuantityResult;
  systolic?: number;
  diastolic?: number;
  smoking?: SmokingStatus;
}

export interface ReportRecord {
  uuid: string;
  panel: Code;
  members: ObservationRecord[];
  day: number;
  minute: number;
  encounter: EncounterRecord;
}

export interface ImmunizationRecord {
  uuid: string;
  vaccine: VaccineKey;
  day: number;
  encounter: EncounterRecord;
  performer: DirectoryPractitioner;
  lot: string;
}

export interface ProcedureRecord {
  uuid: string;
  key: ProcedureKey;
  day: number;
  encounter: EncounterRecord;
  performer: DirectoryPractitioner;
  reason?: ConditionRecord;
}

export interface AllergyRecord {
  uuid: string;
  def: AllergyDef;
  recordedDay: number;
  onsetYearsAgo: number;
}

export type EncounterKind = 'wellness' | 'followUp' | 'acute' | 'telephone' | 'inpatient' | 'specialist' | 'immunization' | 'procedure';

export type PhoneTopic = 'labResults' | 'refill' | 'symptom' | 'postDischarge' | 'acuteFollowUp';

export interface ReferralInfo {
  specialty: Specialty;
  to: DirectoryPractitioner;
  reason: string;
  condition?: ChronicState;
}

export interface EncounterRecord {
  uuid: string;
  kind: EncounterKind;
  day: number;
  startMinute: number;
  endDay: number;
  endMinute: number;
  practitioner: DirectoryPractitioner;
  organization: DirectoryOrganization;
  /** Problems addressed: shown as Encounter.reasonReference and in the note's assessment. */
  diagnoses: ConditionRecord[];
  acute?: AcuteDef;
  acuteCondition?: ConditionRecord;
  admission?: AdmissionDef;
  phoneTopic?: PhoneTopic;
  referral?: ReferralInfo;
  specialty?: Specialty;
  /** The visit a telephone call, consult or follow-up relates to. */
  related?: EncounterRecord;
  observations: ObservationRecord[];
  reports: ReportRecord[];
  medicationsStarted: MedicationRecord[];
  immunizations: ImmunizationRecord[];
  procedures: ProcedureRecord[];
  /** Chronic problems newly diagnosed at this visit. */
  newDiagnoses: ChronicState[];
  /** Medicines added to a chronic regimen at this visit. */
  escalations: { state: ChronicState; medication: MedicationDef }[];
  noteStyles: NoteStyle[];
}

export interface PatientCourse {
  demographics: Demographics;
  asOfDay: number;
  windowStart: number;
  heightCm: number;
  baseBmi: number;
  smoking: SmokingStatus;
  /** Pack-years or quit year used in notes. */
  smokingDetail: { packsPerDay: number; quitYearsAgo?: number };
  chronic: ChronicState[];
  conditions: ConditionRecord[];
  medications: MedicationRecord[];
  allergies: AllergyRecord[];
  encounters: EncounterRecord[];
}
