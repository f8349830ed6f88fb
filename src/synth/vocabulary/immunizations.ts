/**
 * Adult vaccines (CVX codes) and when they are given, following the CDC adult immunization
 * schedule (2024): influenza every season; one Tdap then Td or Tdap every 10 years; recombinant
 * zoster (two doses) from 50; pneumococcal conjugate from 65 or earlier with chronic heart, lung,
 * kidney disease or diabetes; hepatitis B for adults through 59 not yet vaccinated; COVID-19.
 */
import { cvx, type Code } from './systems.ts';

export const vaccines = {
  influenza: cvx('150', 'Influenza, injectable, quadrivalent, preservative free'),
  influenzaHighDose: cvx('197', 'Influenza, high-dose, quadrivalent'),
  tdap: cvx('115', 'Tdap'),
  td: cvx('113', 'Td (adult) preservative free'),
  zoster: cvx('187', 'zoster vaccine recombinant'),
  pcv20: cvx('216', 'Pneumococcal conjugate PCV20, polysaccharide CRM197 conjugate, adjuvant, preservative free'),
  ppsv23: cvx('33', 'pneumococcal polysaccharide vaccine, 23 valent'),
  hepB: cvx('43', 'Hep B, adult'),
  covid: cvx('208', 'COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose'),
  covidUpdated: cvx('213', 'SARS-COV-2 (COVID-19) vaccine, UNSPECIFIED FORMULATION'),
} as const satisfies Record<string, Code>;

export type VaccineKey = keyof typeof vaccines;

/** How a vaccine is named in a note. */
export const vaccineNoteNames: Record<VaccineKey, string> = {
  influenza: 'influenza vaccine',
  influenzaHighDose: 'high-dose influenza vaccine',
  tdap: 'Tdap',
  td: 'Td booster',
  zoster: 'Shingrix',
  pcv20: 'PCV20',
  ppsv23: 'PPSV23',
  hepB: 'hepatitis B vaccine',
  covid: 'COVID-19 vaccine',
  covidUpdated: 'updated COVID-19 vaccine',
};
