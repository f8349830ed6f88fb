import { describe, expect, it } from 'vitest';
import type { DocumentReference } from '@medplum/fhirtypes';
import { generatePopulation, notesToJsonl, type SyntheticNote } from './index.ts';

const population = [...generatePopulation({ patients: 80, seed: 'notes' })];
const notes: SyntheticNote[] = population.flatMap((p) => p.notes);

describe('notes', () => {
  it('come in all four styles', () => {
    const styles = new Set(notes.map((n) => n.style));
    expect([...styles].sort()).toEqual(['discharge', 'progress', 'referral', 'telephone']);
    expect(notes.length).toBeGreaterThan(500);
  });

  it('give spans whose text is exactly the slice they point at, in order and without overlap', () => {
    const bad: string[] = [];
    let spans = 0;
    for (const n of notes) {
      let lastEnd = 0;
      for (const s of n.spans) {
        spans++;
        if (n.text.slice(s.start, s.end) !== s.text) bad.push(`${n.noteId}: ${JSON.stringify(s)}`);
        if (s.start < lastEnd || s.end <= s.start) bad.push(`${n.noteId}: overlap at ${s.start}`);
        lastEnd = s.end;
      }
    }
    expect(spans).toBeGreaterThan(5000);
    expect(bad).toEqual([]);
  });

  it('mark the patient, relatives and clinicians by name, and every PHI type that notes carry', () => {
    const types = new Set(notes.flatMap((n) => n.spans.map((s) => s.type)));
    for (const t of ['NAME', 'DATE', 'PHONE', 'FAX', 'EMAIL', 'MRN', 'ADDRESS', 'LOCATION', 'ZIP', 'URL', 'ID']) expect(types.has(t as never), t).toBe(true);
    // Every note names the patient somewhere, by some form of the name in the record.
    for (const p of population.slice(0, 20)) {
      const patient = p.bundle.entry?.[0].resource;
      if (patient?.resourceType !== 'Patient') throw new Error('first entry is not the Patient');
      const family = patient.name?.[0].family ?? '';
      const given = patient.name?.[0].given?.[0] ?? '';
      for (const n of p.notes) {
        const names = n.spans.filter((s) => s.type === 'NAME').map((s) => s.text.toLowerCase());
        expect(names.some((x) => x.includes(family.toLowerCase()) || x.includes(given.toLowerCase())), n.noteId).toBe(true);
      }
    }
  });

  it('write dates in many formats', () => {
    const dates = notes.flatMap((n) => n.spans.filter((s) => s.type === 'DATE').map((s) => s.text));
    const formats = [/^\d{2}\/\d{2}\/\d{4}$/, /^\d{1,2}\/\d{1,2}\/\d{2}$/, /^\d{4}-\d{2}-\d{2}$/, /^[A-Z][a-z]+ \d{1,2}, \d{4}$/, /^\d{1,2} [A-Z][a-z]{2} \d{4}$/, /^[A-Z][a-z]{2} \d{1,2}$/, /^\d{1,2}(st|nd|rd|th) of [A-Z][a-z]+$/];
    for (const f of formats) expect(dates.some((d) => f.test(d)), String(f)).toBe(true);
  });

  it('leave clinical wording unmarked: eponyms, drugs, doses, lab values, times and ICD codes', () => {
    const marked = notes.flatMap((n) => n.spans.map((s) => s.text));
    for (const word of ['Parkinson disease', 'Graves disease', 'Hashimoto', 'Murphy sign', 'Homans sign', 'metformin', 'mg', 'I10', 'E11.9']) {
      expect(marked.some((m) => m.includes(word)), word).toBe(false);
    }
    const text = notes.map((n) => n.text).join('\n');
    expect(text).toMatch(/Murphy sign negative|Homans sign negative|Romberg negative/);
    expect(text).toMatch(/\((I10|E11\.9|E78\.5)\)/);
  });

  it('mark ages over 89 and only those', () => {
    for (const n of notes) for (const s of n.spans.filter((x) => x.type === 'AGE')) expect(Number(s.text)).toBeGreaterThan(89);
  });

  it('are stored in the bundle as base64 text DocumentReferences with the note id', () => {
    for (const p of population.slice(0, 10)) {
      const docs = (p.bundle.entry ?? []).map((e) => e.resource).filter((r): r is DocumentReference => r?.resourceType === 'DocumentReference');
      expect(docs.length).toBe(p.notes.length);
      for (const [i, doc] of docs.entries()) {
        const note = p.notes[i];
        expect(doc.identifier?.[0]).toEqual({ system: 'urn:galen:synth:note', value: note.noteId });
        const attachment = doc.content[0].attachment;
        expect(attachment.contentType).toBe('text/plain; charset=utf-8');
        expect(Buffer.from(attachment.data ?? '', 'base64').toString('utf8')).toBe(note.text);
        expect(doc.type?.coding?.[0].system).toBe('http://loinc.org');
        expect(doc.context?.encounter?.[0].reference).toMatch(/^urn:uuid:/);
      }
    }
  });

  it('write one JSON line per note for the span file', () => {
    const some = notes.slice(0, 25);
    const lines = notesToJsonl(some).trimEnd().split('\n');
    expect(lines).toHaveLength(25);
    const parsed = lines.map((l) => JSON.parse(l) as SyntheticNote);
    expect(parsed[3]).toEqual({ noteId: some[3].noteId, patientIndex: some[3].patientIndex, style: some[3].style, text: some[3].text, spans: some[3].spans });
  });

  it('use surnames that are also common words at a realistic rate', () => {
    const families = population.map((p) => (p.bundle.entry?.[0].resource?.resourceType === 'Patient' ? p.bundle.entry[0].resource.name?.[0].family : '') ?? '');
    const wordLike = families.filter((f) => /^(Rose|Hope|Bush|Frank|Love|Snow|Winter|Summers|Strong|Little|Sharp|Best|Hale|Chase|Banks|Marsh|Field|Wise|Joy|May|Short|Moody|Sweet|Bishop|Page|Ball|Hardy|Bond|Graves|Parkinson|Swan|Crane|Root|Bloom|Brown|Young|White|Black|Green|King|Hill|Wood|Cook|Baker|Long|Bell|Fox|Stone|Hunt|Price|Rice|Ford|Mills|Grant|Hart|Lane|Ray|Church|Gold|Day)$/.test(f));
    expect(wordLike.length).toBeGreaterThan(3);
    expect(wordLike.length).toBeLessThan(families.length / 3);
  });
});
