/**
 * Demographics of one synthetic patient: who they are, where they live, how to reach them and who
 * their relatives are. Ages follow the US adult age structure (US Census Bureau population
 * estimates, 2023), with a few patients over 89.
 */
import { addYears, ageOn, dayNumber } from './dates.ts';
import { drawAddress, drawCity, drawEmail, drawPhone, drawSsn, mrnFor, type PhoneNumber, type PostalAddress } from './contact-details.ts';
import type { DirectoryModel, DirectoryOrganization, DirectoryPractitioner } from './directory.ts';
import { drawGivenName, drawPersonName, drawSurname, type PersonName } from './names.ts';
import { Rng, streamKey } from './random.ts';
import type { Sex } from './vocabulary/conditions.ts';

export type RelationshipKey = 'wife' | 'husband' | 'partner' | 'daughter' | 'son' | 'sister' | 'brother' | 'mother' | 'father' | 'friend' | 'niece' | 'nephew';

export interface Relative {
  name: PersonName;
  relationship: RelationshipKey;
  sex: Sex;
  phone: PhoneNumber;
  email?: string;
}

export interface Demographics {
  index: number;
  rng: Rng;
  uuid: string;
  sex: Sex;
  name: PersonName;
  birthDay: number;
  /** Age in whole years on the day the history ends. */
  age: number;
  address: PostalAddress;
  homePhone?: PhoneNumber;
  mobilePhone: PhoneNumber;
  workPhone?: PhoneNumber;
  email: string;
  mrn: string;
  ssn: string;
  maritalStatus: 'M' | 'S' | 'W' | 'D';
  language: { code: string; display: string };
  relatives: Relative[];
  pcp: DirectoryPractitioner;
  clinic: DirectoryOrganization;
  /** Health-plan member number, quoted in referral letters. */
  insuranceMemberId: string;
}

const ageBands: readonly { value: [number, number]; weight: number }[] = [
  { value: [18, 24], weight: 11 },
  { value: [25, 34], weight: 17 },
  { value: [35, 44], weight: 16.5 },
  { value: [45, 54], weight: 15.5 },
  { value: [55, 64], weight: 16.5 },
  { value: [65, 74], weight: 13 },
  { value: [75, 84], weight: 7 },
  { value: [85, 89], weight: 1.8 },
  { value: [90, 99], weight: 1.2 },
];

const relationshipSex: Record<RelationshipKey, Sex | undefined> = {
  wife: 'female',
  husband: 'male',
  partner: undefined,
  daughter: 'female',
  son: 'male',
  sister: 'female',
  brother: 'male',
  mother: 'female',
  father: 'male',
  friend: undefined,
  niece: 'female',
  nephew: 'male',
};

export function seedOffset(seed: string | number): number {
  return new Rng(streamKey(seed, 'mrn-offset')).int(0, 99_999_999);
}

export function drawDemographics(seed: string | number, index: number, asOf: string, directory: DirectoryModel): Demographics {
  const rng = new Rng(streamKey(seed, 'patient', index));
  const uuid = rng.uuid();
  const sex: Sex = rng.chance(0.51) ? 'female' : 'male';
  const [lo, hi] = rng.weighted(ageBands);
  const age = rng.int(lo, hi);
  const end = dayNumber(asOf);
  const birthDay = addYears(end, -age) - rng.int(1, 364);
  const realAge = ageOn(birthDay, end);
  const name = drawPersonName(rng, sex);
  const city = drawCity(rng, directory.region);
  const address = drawAddress(rng, city);
  const mobilePhone = drawPhone(rng, city.areaCodes);
  const homePhone = rng.chance(realAge >= 60 ? 0.6 : 0.2) ? drawPhone(rng, city.areaCodes) : undefined;
  const workPhone = realAge < 65 && rng.chance(0.2) ? drawPhone(rng, city.areaCodes) : undefined;
  const email = drawEmail(rng, name, Math.floor(1970 + birthDay / 365.25));

  const maritalStatus = rng.weighted<Demographics['maritalStatus']>([
    { value: 'M', weight: realAge < 25 ? 1 : 5 },
    { value: 'S', weight: realAge < 30 ? 6 : 2 },
    { value: 'D', weight: realAge < 30 ? 0.2 : 1.2 },
    { value: 'W', weight: realAge >= 70 ? 3 : realAge >= 50 ? 0.4 : 0.05 },
  ]);
  const language = rng.weighted([
    { value: { code: 'en-US', display: 'English (United States)' }, weight: 88 },
    { value: { code: 'es', display: 'Spanish' }, weight: 8 },
    { value: { code: 'vi', display: 'Vietnamese' }, weight: 1 },
    { value: { code: 'zh', display: 'Chinese' }, weight: 1 },
    { value: { code: 'ar', display: 'Arabic' }, weight: 0.5 },
  ]);

  const relatives: Relative[] = [];
  const addRelative = (relationship: RelationshipKey, sameFamily: boolean): void => {
    const relSex = relationshipSex[relationship] ?? (rng.chance(0.5) ? 'female' : 'male');
    const relName: PersonName = sameFamily
      ? { given: drawGivenName(rng, relSex), family: name.family }
      : { given: drawGivenName(rng, relSex), family: drawSurname(rng) };
    relatives.push({
      name: relName,
      relationship,
      sex: relSex,
      phone: drawPhone(rng, rng.chance(0.8) ? city.areaCodes : rng.pick(directory.region.cities).areaCodes),
      email: rng.chance(0.3) ? drawEmail(rng, relName, 1950 + rng.int(0, 50)) : undefined,
    });
  };
  if (maritalStatus === 'M') addRelative(sex === 'female' ? (rng.chance(0.93) ? 'husband' : 'wife') : rng.chance(0.93) ? 'wife' : 'husband', rng.chance(0.75));
  else if (rng.chance(0.25)) addRelative('partner', false);
  if (realAge >= 45) {
    const children = rng.int(0, 3);
    for (let i = 0; i < children; i++) {
      const child: RelationshipKey = rng.chance(0.5) ? 'daughter' : 'son';
      // Adult daughters often carry a married name.
      addRelative(child, child === 'son' ? rng.chance(0.9) : rng.chance(0.45));
    }
  }
  if (realAge < 45 && rng.chance(0.7)) addRelative(rng.chance(0.55) ? 'mother' : 'father', rng.chance(0.8));
  if (rng.chance(0.3)) addRelative(rng.chance(0.5) ? 'sister' : 'brother', rng.chance(0.6));
  if (relatives.length === 0) addRelative(rng.pick<RelationshipKey>(['friend', 'niece', 'nephew', 'sister']), false);

  const clinics = directory.organizations.filter((o) => o.kind === 'primaryCare');
  const clinic = rng.pick(clinics);
  const pcps = directory.practitioners.filter((p) => p.organization === clinic && p.role === 'primaryCare');
  const pcp = rng.pick(pcps);
  const insuranceMemberId = `${rng.pick(['XJH', 'MBR', 'W', 'ZGP', 'YLK'])}${rng.digits(9)}`;

  return {
    index,
    rng,
    uuid,
    sex,
    name,
    birthDay,
    age: realAge,
    address,
    homePhone,
    mobilePhone,
    workPhone,
    email,
    mrn: mrnFor(index, seedOffset(seed)),
    ssn: drawSsn(rng),
    maritalStatus,
    language,
    relatives,
    pcp,
    clinic,
    insuranceMemberId,
  };
}

/** "Mr." / "Ms." / "Mrs." as a clinician would address the patient. */
export function honorific(d: Pick<Demographics, 'sex' | 'maritalStatus'>, rng: Rng): string {
  if (d.sex === 'male') return 'Mr.';
  return d.maritalStatus === 'M' && rng.chance(0.35) ? 'Mrs.' : 'Ms.';
}
