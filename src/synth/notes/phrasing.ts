/**
 * How PHI is written in running text: names with and without titles, relatives, clinicians,
 * addresses. Every PHI value goes through `phi()`; titles ("Mr.", "Dr.") and credentials ("MD")
 * stay outside the span, as in the i2b2 and HIPAA conventions.
 */
import type { Rng } from '../random.ts';
import type { Demographics, Relative } from '../patient.ts';
import type { DirectoryOrganization, DirectoryPractitioner } from '../directory.ts';
import type { PhoneNumber } from '../contact-details.ts';
import { ageOn } from '../dates.ts';
import { phi } from './markup.ts';
import { drawDateStyle, formatDate, formatPhone, fullDateStyles, proseDateStyles, type DateStyle } from './formats.ts';

export class Phrasing {
  constructor(
    readonly rng: Rng,
    readonly patient: Demographics,
  ) {}

  get he(): string {
    return this.patient.sex === 'female' ? 'she' : 'he';
  }
  get He(): string {
    return this.patient.sex === 'female' ? 'She' : 'He';
  }
  get his(): string {
    return this.patient.sex === 'female' ? 'her' : 'his';
  }
  get His(): string {
    return this.patient.sex === 'female' ? 'Her' : 'His';
  }
  get him(): string {
    return this.patient.sex === 'female' ? 'her' : 'him';
  }
  get manWoman(): string {
    return this.patient.sex === 'female' ? 'woman' : 'man';
  }

  fullName(): string {
    const n = this.patient.name;
    if (n.middle && this.rng.chance(0.2)) return phi('NAME', `${n.given} ${n.middle[0]}. ${n.family}`);
    return phi('NAME', `${n.given} ${n.family}`);
  }

  firstName(): string {
    return phi('NAME', this.patient.name.given);
  }

  /** "Ms. O'Connell": the title is not PHI, the surname is. */
  formal(): string {
    const title = this.patient.sex === 'male' ? 'Mr.' : this.patient.maritalStatus === 'M' && this.rng.chance(0.3) ? 'Mrs.' : 'Ms.';
    return `${title} ${phi('NAME', this.patient.name.family)}`;
  }

  /** How the patient is named at the start of a sentence, varied. */
  subject(): string {
    return this.rng.weighted([
      { value: () => this.formal(), weight: 4 },
      { value: () => this.firstName(), weight: 2 },
      { value: () => this.fullName(), weight: 2 },
      { value: () => 'The patient', weight: 1.5 },
      { value: () => 'Pt', weight: 0.5 },
    ])();
  }

  /** "O'CONNELL, MARIA" or "O'Connell, Maria" as in chart headers. */
  headerName(): string {
    const n = this.patient.name;
    const text = this.rng.chance(0.5) ? `${n.family.toUpperCase()}, ${n.given.toUpperCase()}` : `${n.family}, ${n.given}${n.middle && this.rng.chance(0.5) ? ` ${n.middle[0]}.` : ''}`;
    return phi('NAME', text);
  }

  date(day: number, styles: readonly DateStyle[] = proseDateStyles): string {
    return phi('DATE', formatDate(day, drawDateStyle(this.rng, styles)));
  }

  fullDate(day: number): string {
    return this.date(day, fullDateStyles);
  }

  dob(): string {
    return this.fullDate(this.patient.birthDay);
  }

  /** "67-year-old"; ages over 89 are PHI under HIPAA Safe Harbor and are marked, younger ages are not. */
  ageOn(day: number): string {
    const age = ageOn(this.patient.birthDay, day);
    return age > 89 ? phi('AGE', String(age)) : String(age);
  }

  phone(p: PhoneNumber): string {
    return phi('PHONE', formatPhone(p, this.rng));
  }

  fax(p: PhoneNumber): string {
    return phi('FAX', formatPhone(p, this.rng));
  }

  mrn(): string {
    const m = this.patient.mrn;
    return phi('MRN', this.rng.chance(0.15) ? m.replace(/^0+/, '') || m : m);
  }

  mrnLabel(): string {
    return this.rng.pick(['MRN', 'MRN:', 'MR#', 'Med Rec #', 'MRN #']);
  }

  email(value: string = this.patient.email): string {
    return phi('EMAIL', value);
  }

  ssn(): string {
    return phi('SSN', this.rng.chance(0.85) ? this.patient.ssn : this.patient.ssn.replace(/-/g, ''));
  }

  /** "1234 Oak Street, Apt 5, Columbus, OH 43215": street, city and ZIP are PHI; the state is not. */
  address(a: { line: string[]; city: string; state: string; postalCode: string } = this.patient.address): string {
    const street = a.line.map((l) => phi('ADDRESS', l)).join(', ');
    return `${street}, ${phi('LOCATION', a.city)}, ${a.state} ${phi('ZIP', a.postalCode)}`;
  }

  facility(org: DirectoryOrganization): string {
    return phi('LOCATION', org.name);
  }

  mainPhone(): PhoneNumber {
    return this.patient.homePhone && this.rng.chance(0.4) ? this.patient.homePhone : this.patient.mobilePhone;
  }

  /** "Dr. Patel", "Dr. Raj Patel", "Jane Smith, NP", "Raj Patel, MD". */
  clinician(p: DirectoryPractitioner, form?: 'dr' | 'full' | 'signature'): string {
    const physician = p.credential === 'MD' || p.credential === 'DO';
    const chosen = form ?? (physician ? this.rng.pick(['dr', 'dr', 'full', 'signature'] as const) : 'signature');
    if (chosen === 'dr' && physician) return `Dr. ${phi('NAME', p.name.family)}`;
    if (chosen === 'full' && physician) return `Dr. ${phi('NAME', `${p.name.given} ${p.name.family}`)}`;
    return `${phi('NAME', `${p.name.given} ${p.name.family}`)}, ${p.credential}`;
  }

  /** "her daughter Maria O'Connell", "his wife, Linda", "her son (Tom Baker)". */
  relative(r: Relative): string {
    const name = this.rng.chance(0.55) || r.name.family !== this.patient.name.family ? `${r.name.given} ${r.name.family}` : r.name.given;
    return this.rng.weighted([
      { value: `${this.his} ${r.relationship} ${phi('NAME', name)}`, weight: 4 },
      { value: `${this.his} ${r.relationship}, ${phi('NAME', name)},`, weight: 1.5 },
      { value: `${this.his} ${r.relationship} (${phi('NAME', name)})`, weight: 1 },
    ]);
  }

  pickRelative(): Relative | undefined {
    return this.patient.relatives.length > 0 ? this.rng.pick(this.patient.relatives) : undefined;
  }

  time(minuteOfDay: number): string {
    const h = Math.floor(minuteOfDay / 60);
    const m = minuteOfDay % 60;
    return this.rng.chance(0.6) ? `${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}` : `${((h + 11) % 12) + 1}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
  }
}
