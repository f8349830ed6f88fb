/**
 * The institution's directory: one health system with a hospital, primary-care clinics and
 * specialty clinics, and the clinicians who work there. It depends on the seed only (never on the
 * population size), and every resource carries an NPI identifier so patient bundles can point at
 * it with conditional references.
 */
import type { Bundle, Organization, Practitioner, PractitionerRole } from '@medplum/fhirtypes';
import { Rng, streamKey } from './random.ts';
import { drawAddress, drawNpi, drawPhone, phoneText, regions, type PhoneNumber, type PostalAddress, type Region } from './contact-details.ts';
import { drawPersonName, type PersonName } from './names.ts';
import { system } from './vocabulary/systems.ts';
import type { Sex, Specialty } from './vocabulary/conditions.ts';

export type OrgKind = 'system' | 'hospital' | 'primaryCare' | 'specialty';

export interface DirectoryOrganization {
  uuid: string;
  npi: string;
  name: string;
  kind: OrgKind;
  specialty?: Specialty;
  address: PostalAddress;
  phone: PhoneNumber;
  fax: PhoneNumber;
  /** Web address of the patient portal or clinic page. */
  url: string;
}

export type Credential = 'MD' | 'DO' | 'NP' | 'PA-C' | 'RN';

export interface DirectoryPractitioner {
  uuid: string;
  roleUuid: string;
  npi: string;
  name: PersonName;
  sex: Sex;
  credential: Credential;
  /** Primary care, a specialty, hospital medicine or nursing. */
  role: 'primaryCare' | 'nurse' | Specialty;
  organization: DirectoryOrganization;
  phone: PhoneNumber;
  email: string;
}

export interface DirectoryModel {
  seed: string;
  region: Region;
  systemName: string;
  /** Web domain of the health system. */
  domain: string;
  organizations: DirectoryOrganization[];
  practitioners: DirectoryPractitioner[];
}

const systemNames = ['Riverside', 'Lakeview', 'Summit', 'Valley', 'Mercy', 'St. Anne', 'Prairie', 'Northstar', 'Harbor', 'Cedar Ridge', 'Bayview', 'Good Shepherd'];
const clinicSites = ['Northgate', 'Eastside', 'Westfield', 'Downtown', 'Southpoint', 'Oak Park', 'Mill Creek', 'Fairview'];

const specialtyClinics: readonly { specialty: Specialty; name: string }[] = [
  { specialty: 'cardiology', name: 'Heart and Vascular Center' },
  { specialty: 'endocrinology', name: 'Diabetes and Endocrine Clinic' },
  { specialty: 'nephrology', name: 'Kidney Care Clinic' },
  { specialty: 'pulmonology', name: 'Lung and Sleep Clinic' },
  { specialty: 'gastroenterology', name: 'Digestive Health Center' },
  { specialty: 'orthopedics', name: 'Orthopedics and Sports Medicine' },
  { specialty: 'behavioral health', name: 'Behavioral Health Services' },
];

const directoryCache = new Map<string, DirectoryModel>();

export function directoryModel(seed: string | number): DirectoryModel {
  const key = String(seed);
  const cached = directoryCache.get(key);
  if (cached) return cached;
  const model = buildDirectory(key);
  directoryCache.set(key, model);
  return model;
}

function buildDirectory(seed: string): DirectoryModel {
  const rng = new Rng(streamKey(seed, 'directory'));
  const region = rng.pick(regions);
  const base = rng.pick(systemNames);
  const systemName = `${base} Health`;
  const domain = `${base.toLowerCase().replace(/[^a-z]/g, '')}health.org`;
  const usedNpis = new Set<string>();
  const npi = (): string => {
    let value = drawNpi(rng);
    while (usedNpis.has(value)) value = drawNpi(rng);
    usedNpis.add(value);
    return value;
  };
  const hub = region.cities[0];
  const org = (name: string, kind: OrgKind, path: string, specialty?: Specialty): DirectoryOrganization => {
    const city = kind === 'primaryCare' ? rng.pick(region.cities) : hub;
    const address = drawAddress(rng, city);
    return {
      uuid: rng.uuid(),
      npi: npi(),
      name,
      kind,
      specialty,
      address,
      phone: drawPhone(rng, city.areaCodes),
      fax: drawPhone(rng, city.areaCodes),
      url: `https://www.${domain}/${path}`,
    };
  };

  const organizations: DirectoryOrganization[] = [org(systemName, 'system', '')];
  organizations.push(org(`${base} ${rng.pick(['General Hospital', 'Medical Center', 'Regional Medical Center', 'Memorial Hospital'])}`, 'hospital', 'hospital'));
  for (const site of rng.shuffle(clinicSites).slice(0, 3)) {
    organizations.push(org(`${base} Family Medicine - ${site}`, 'primaryCare', `locations/${site.toLowerCase().replace(/\s+/g, '-')}`));
  }
  for (const clinic of specialtyClinics) {
    organizations.push(org(`${base} ${clinic.name}`, 'specialty', clinic.specialty.replace(/\s+/g, '-'), clinic.specialty));
  }

  const practitioners: DirectoryPractitioner[] = [];
  const clinician = (organization: DirectoryOrganization, role: DirectoryPractitioner['role'], credential: Credential): void => {
    const sex: Sex = rng.chance(credential === 'NP' || credential === 'RN' ? 0.8 : 0.5) ? 'female' : 'male';
    const name = drawPersonName(rng, sex);
    const local = `${name.given[0]}${name.family}`.toLowerCase().replace(/[^a-z]/g, '');
    practitioners.push({
      uuid: rng.uuid(),
      roleUuid: rng.uuid(),
      npi: npi(),
      name,
      sex,
      credential,
      role,
      organization,
      phone: drawPhone(rng, organization.address.areaCodes),
      email: `${local}@${domain}`,
    });
  };
  for (const clinic of organizations.filter((o) => o.kind === 'primaryCare')) {
    clinician(clinic, 'primaryCare', 'MD');
    clinician(clinic, 'primaryCare', rng.pick(['MD', 'DO'] as const));
    clinician(clinic, 'primaryCare', rng.pick(['NP', 'PA-C'] as const));
    clinician(clinic, 'primaryCare', 'NP');
    clinician(clinic, 'nurse', 'RN');
    clinician(clinic, 'nurse', 'RN');
  }
  for (const clinic of organizations.filter((o) => o.kind === 'specialty')) {
    clinician(clinic, clinic.specialty ?? 'primaryCare', 'MD');
    clinician(clinic, clinic.specialty ?? 'primaryCare', rng.pick(['MD', 'DO', 'NP'] as const));
  }
  const hospital = organizations.find((o) => o.kind === 'hospital');
  if (hospital) {
    for (let i = 0; i < 4; i++) clinician(hospital, 'hospital medicine', rng.pick(['MD', 'MD', 'DO'] as const));
    for (let i = 0; i < 3; i++) clinician(hospital, 'emergency medicine', rng.pick(['MD', 'DO', 'PA-C'] as const));
    clinician(hospital, 'nurse', 'RN');
  }
  return { seed, region, systemName, domain, organizations, practitioners };
}

export function organizationReference(org: DirectoryOrganization): string {
  return `Organization?identifier=${system.npi}|${org.npi}`;
}

export function practitionerReference(p: DirectoryPractitioner): string {
  return `Practitioner?identifier=${system.npi}|${p.npi}`;
}

/** "Dr. Patel" for physicians, "Jane Smith, NP" style for others. */
export function practitionerDisplay(p: DirectoryPractitioner): string {
  return `${p.name.given} ${p.name.family}, ${p.credential}`;
}

function address(a: PostalAddress): { use: 'work'; line: string[]; city: string; state: string; postalCode: string; country: string } {
  return { use: 'work', line: a.line, city: a.city, state: a.state, postalCode: a.postalCode, country: 'US' };
}

const specialtyTaxonomy: Record<DirectoryPractitioner['role'], { code: string; display: string }> = {
  primaryCare: { code: '207Q00000X', display: 'Family Medicine Physician' },
  nurse: { code: '163W00000X', display: 'Registered Nurse' },
  cardiology: { code: '207RC0000X', display: 'Cardiovascular Disease Physician' },
  endocrinology: { code: '207RE0101X', display: 'Endocrinology, Diabetes & Metabolism Physician' },
  nephrology: { code: '207RN0300X', display: 'Nephrology Physician' },
  pulmonology: { code: '207RP1001X', display: 'Pulmonary Disease Physician' },
  gastroenterology: { code: '207RG0100X', display: 'Gastroenterology Physician' },
  orthopedics: { code: '207X00000X', display: 'Orthopaedic Surgery Physician' },
  'behavioral health': { code: '2084P0800X', display: 'Psychiatry Physician' },
  'hospital medicine': { code: '208M00000X', display: 'Hospitalist Physician' },
  'emergency medicine': { code: '207P00000X', display: 'Emergency Medicine Physician' },
};

export function directoryBundle(model: DirectoryModel): Bundle {
  const parent = model.organizations[0];
  const entries: NonNullable<Bundle['entry']> = [];
  for (const o of model.organizations) {
    const resource: Organization = {
      resourceType: 'Organization',
      identifier: [{ system: system.npi, value: o.npi }],
      active: true,
      type: [{ coding: [{ system: system.organizationType, code: 'prov', display: 'Healthcare Provider' }] }],
      name: o.name,
      telecom: [
        { system: 'phone', value: phoneText(o.phone), use: 'work' },
        { system: 'fax', value: phoneText(o.fax), use: 'work' },
        { system: 'url', value: o.url, use: 'work' },
      ],
      address: [address(o.address)],
      ...(o === parent ? {} : { partOf: { reference: `urn:uuid:${parent.uuid}`, display: parent.name } }),
    };
    entries.push({ fullUrl: `urn:uuid:${o.uuid}`, resource, request: { method: 'POST', url: 'Organization' } });
  }
  for (const p of model.practitioners) {
    const practitioner: Practitioner = {
      resourceType: 'Practitioner',
      identifier: [{ system: system.npi, value: p.npi }],
      active: true,
      name: [{ use: 'official', family: p.name.family, given: [p.name.given], ...(p.credential === 'MD' || p.credential === 'DO' ? { prefix: ['Dr.'] } : {}), suffix: [p.credential] }],
      telecom: [
        { system: 'phone', value: phoneText(p.phone), use: 'work' },
        { system: 'email', value: p.email, use: 'work' },
      ],
      address: [address(p.organization.address)],
      gender: p.sex,
      qualification: [{ code: { text: p.credential } }],
    };
    entries.push({ fullUrl: `urn:uuid:${p.uuid}`, resource: practitioner, request: { method: 'POST', url: 'Practitioner' } });
    const taxonomy = specialtyTaxonomy[p.role];
    const role: PractitionerRole = {
      resourceType: 'PractitionerRole',
      active: true,
      practitioner: { reference: `urn:uuid:${p.uuid}`, display: practitionerDisplay(p) },
      organization: { reference: `urn:uuid:${p.organization.uuid}`, display: p.organization.name },
      specialty: [{ coding: [{ system: system.nucc, code: taxonomy.code, display: taxonomy.display }] }],
      telecom: [{ system: 'phone', value: phoneText(p.phone), use: 'work' }],
    };
    entries.push({ fullUrl: `urn:uuid:${p.roleUuid}`, resource: role, request: { method: 'POST', url: 'PractitionerRole' } });
  }
  return { resourceType: 'Bundle', type: 'transaction', entry: entries };
}
