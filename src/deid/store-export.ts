import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Patient, Resource } from '@medplum/fhirtypes';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../context.ts';
import type { FhirStore } from '../fhir/index.ts';
import type { Database } from '../store/index.ts';
import { deidentifyResources, patientNameWords, type ExportReport } from './export.ts';
import { kAnonymity, type KAnonymityReport } from './kanon.ts';
import { LinkTable } from './links.ts';
import type { PatientKey } from './keys.ts';
import { profileDescriptions, zip3, type Profile } from './transform.ts';
import type { PhiType } from './types.ts';

export interface StoreExportReport {
  profile: Profile;
  profileDescription: string;
  safeHarbor: boolean;
  /** Said plainly in every report of the shifted profile. */
  warning?: string;
  exportedAt: string;
  patients: number;
  resources: number;
  resourcesByType: Record<string, number>;
  phiFoundInText: Partial<Record<PhiType, number>>;
  kAnonymity: KAnonymityReport & { quasiIdentifiers: string[] };
  files: string[];
  linkTable: { newLinks: number; newPatientKeys: number };
}

/**
 * Writes a de-identified NDJSON export of an institution's whole record store (one file per resource
 * type), patient by patient so memory stays flat, with surrogates and keys from the protected link
 * table, and a report (JSON and Markdown) naming the profile.
 */
export async function exportDeidentified(db: Kysely<Database>, fhir: FhirStore, ctx: RequestContext, options: { out: string; profile: Profile; k?: number; onProgress?: (done: number, total: number) => void; newKey?: () => PatientKey }): Promise<StoreExportReport> {
  await mkdir(options.out, { recursive: true });
  const links = await LinkTable.load(db, ctx, options.newKey ? { newKey: options.newKey } : {});
  const streams = new Map<string, WriteStream>();
  const write = (resource: Resource) => {
    let stream = streams.get(resource.resourceType);
    if (!stream) {
      stream = createWriteStream(join(options.out, `${resource.resourceType}.ndjson`));
      streams.set(resource.resourceType, stream);
    }
    stream.write(JSON.stringify(resource) + '\n');
  };
  const byType: Record<string, number> = {};
  const found: Partial<Record<PhiType, number>> = {};
  const quasi: Record<string, string>[] = [];
  const shared = new Set<string>();
  let total = 0;
  const patientIds = await fhir.patientIds(ctx);
  const addReport = (report: ExportReport) => {
    for (const [t, n] of Object.entries(report.resourcesByType)) byType[t] = (byType[t] ?? 0) + n;
    for (const [t, n] of Object.entries(report.phiFoundInText)) found[t as PhiType] = (found[t as PhiType] ?? 0) + (n ?? 0);
  };
  // No surrogate name may be the name of any patient in the export, whichever patient it stands in for.
  const patients: Patient[] = [];
  for (const id of patientIds) patients.push((await fhir.read(ctx, 'Patient', id)) as Patient);
  const avoidNames = patientNameWords(patients);
  const deidOptions = { profile: options.profile, keyFor: (id: string) => links.keyFor(id), surrogateFor: (ref: string) => links.surrogateFor(ref), k: options.k ?? 5, avoidNames };
  for (const [i, patientId] of patientIds.entries()) {
    const bundle = await fhir.everything(ctx, patientId, 'galen:fhir/R4');
    const own: Resource[] = [];
    const others: Resource[] = [];
    for (const entry of bundle.entry ?? []) {
      const r = entry.resource!;
      if (entry.search?.mode === 'include') {
        // Practitioners and organizations are shared by many patients: export each once.
        const key = `${r.resourceType}/${r.id}`;
        if (!shared.has(key)) {
          shared.add(key);
          others.push(r);
        }
      } else own.push(r);
    }
    const { resources, report } = deidentifyResources([...own, ...others], deidOptions);
    resources.forEach(write);
    addReport(report);
    total += resources.length;
    const patient = own.find((r): r is Patient => r.resourceType === 'Patient');
    if (patient) quasi.push({ birthYear: patient.birthDate?.slice(0, 4) ?? '', sex: patient.gender ?? '', zip3: zip3(patient.address?.[0]?.postalCode ?? '') ?? '' });
    options.onProgress?.(i + 1, patientIds.length);
  }
  await Promise.all([...streams.values()].map((s) => new Promise<void>((resolve, reject) => s.end((e?: Error | null) => (e ? reject(e) : resolve())))));
  const saved = await links.save();
  const report: StoreExportReport = {
    profile: options.profile,
    profileDescription: profileDescriptions[options.profile],
    safeHarbor: options.profile === 'safe-harbor',
    ...(options.profile === 'shifted' ? { warning: 'This export is NOT Safe Harbor de-identified: dates are shifted, not removed. Use it only under an expert determination or a data use agreement.' } : {}),
    exportedAt: new Date().toISOString(),
    patients: patientIds.length,
    resources: total,
    resourcesByType: Object.fromEntries(Object.entries(byType).sort(([a], [b]) => a.localeCompare(b))),
    phiFoundInText: found,
    kAnonymity: { ...kAnonymity(quasi, options.k ?? 5), quasiIdentifiers: ['year of birth', 'sex', '3-digit ZIP'] },
    files: [...streams.keys()].sort().map((t) => `${t}.ndjson`),
    linkTable: { newLinks: saved.links, newPatientKeys: saved.keys },
  };
  await writeFile(join(options.out, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  await writeFile(join(options.out, 'REPORT.md'), reportMarkdown(report));
  return report;
}

function reportMarkdown(r: StoreExportReport): string {
  const lines = [
    `# De-identified export — profile \`${r.profile}\``,
    '',
    r.warning ? `**${r.warning}**` : '**Safe Harbor (45 CFR 164.514(b)(2)): the 18 identifiers are removed or generalized.**',
    '',
    r.profileDescription,
    '',
    `Exported ${r.exportedAt}: ${r.patients} patients, ${r.resources} resources.`,
    '',
    '| resource type | count |', '|---|---|',
    ...Object.entries(r.resourcesByType).map(([t, n]) => `| ${t} | ${n} |`),
    '',
    '## PHI found in free text', '', '| type | count |', '|---|---|',
    ...Object.entries(r.phiFoundInText).map(([t, n]) => `| ${t} | ${n} |`),
    '',
    `## k-anonymity (k = ${r.kAnonymity.k}) on ${r.kAnonymity.quasiIdentifiers.join(', ')}`,
    '',
    '```json', JSON.stringify(r.kAnonymity, null, 2), '```',
    '',
  ];
  return lines.join('\n');
}
