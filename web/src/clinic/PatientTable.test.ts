import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Patient } from '@medplum/fhirtypes';
import { PatientTable } from './PatientTable.tsx';

const patients: Patient[] = [
  { resourceType: 'Patient', id: 'p/1', name: [{ given: ['Aiko'], family: 'Tanaka' }], birthDate: '1962-03-12', gender: 'female' },
  { resourceType: 'Patient', id: 'p2', name: [{ given: ['James'], family: 'Okafor' }] },
];

describe('PatientTable', () => {
  it('shows one row per patient, family name first, linking to the chart', () => {
    const html = renderToStaticMarkup(createElement(PatientTable, { patients }));
    expect(html).toContain('<caption class="visually-hidden">Patients</caption>');
    expect(html.match(/<tr>/g)).toHaveLength(3); // header row + two patients
    expect(html).toContain('<a href="/clinic/patients/p%2F1">Tanaka, Aiko</a>');
    expect(html).toContain('Okafor, James');
    expect(html).toMatch(/Mar 12, 1962|12 Mar 1962/);
    expect(html).toContain('Not recorded');
  });
});
