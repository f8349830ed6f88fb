import * as faker from '@faker-js/faker';
import type { GoldSpan } from './metrics.ts';
import type { PhiType } from './types.ts';
import { usStates } from './vocab/names.ts';

/**
 * How the labels of annotated corpora map onto Galen's PHI types. Labels for things Safe Harbor
 * does not require removing (ages under 90, a year alone, sex, country, profession, organisation and
 * facility names) map to IGNORE: they are neither required nor penalised.
 */
const yearOnly = /^\s*(?:(?:el |en )?a[ñn]o\s+)?(?:de(?:l)?\s+)?'?\d{2,4}s?\s*$/i;
/** Dates that name no month or day ("1977", "the 90s", "this year") are not Safe Harbor dates. */
const hasMonthOrDay = /\d{1,2}[/.-]\d{1,2}|\d{4}-\d{2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo|\d{1,2}(?:st|nd|rd|th)\b|christmas|navidad/i;

function ageType(text: string): PhiType | 'IGNORE' {
  const n = Number(/\d+/.exec(text)?.[0] ?? NaN);
  if (/mes|month|d[ií]a|day|semana|week/i.test(text)) return 'IGNORE';
  return n >= 90 ? 'AGE' : 'IGNORE';
}

export function meddocanType(label: string, text: string): PhiType | 'IGNORE' {
  switch (label) {
    case 'NOMBRE_SUJETO_ASISTENCIA':
    case 'NOMBRE_PERSONAL_SANITARIO':
      return 'NAME';
    case 'FAMILIARES_SUJETO_ASISTENCIA':
      // Mostly kinship words ("su padre", "la familia"); only a relative's proper name is PHI.
      return /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+$/u.test(text.trim()) ? 'NAME' : 'IGNORE';
    case 'FECHAS':
      return yearOnly.test(text) || !hasMonthOrDay.test(text) ? 'IGNORE' : 'DATE';
    case 'EDAD_SUJETO_ASISTENCIA':
      return ageType(text);
    case 'TERRITORIO':
      return /^(?:E-)?\d{5}$/.test(text.trim()) ? 'ZIP' : 'LOCATION';
    case 'CALLE':
      return 'ADDRESS';
    case 'ID_SUJETO_ASISTENCIA':
      return 'MRN';
    case 'ID_TITULACION_PERSONAL_SANITARIO':
    case 'ID_ASEGURAMIENTO':
    case 'ID_CONTACTO_ASISTENCIAL':
    case 'ID_EMPLEO_PERSONAL_SANITARIO':
    case 'NUMERO_BENEF_PLAN_SALUD':
    case 'OTRO_NUMERO_IDENTIF':
    case 'IDENTIF_VEHICULOS_NRSERIE_PLACAS':
    case 'IDENTIF_DISPOSITIVOS_NRSERIE':
    case 'IDENTIF_BIOMETRICOS':
      return /\d/.test(text) ? 'ID' : 'IGNORE';
    case 'CORREO_ELECTRONICO':
      return 'EMAIL';
    case 'NUMERO_TELEFONO':
      return 'PHONE';
    case 'NUMERO_FAX':
      return 'FAX';
    case 'URL_WEB':
      return 'URL';
    case 'DIRECCION_IP':
      return 'IP';
    default:
      // SEXO_SUJETO_ASISTENCIA, PAIS, PROFESION, OTROS_SUJETO_ASISTENCIA, HOSPITAL, INSTITUCION, CENTRO_SALUD
      return 'IGNORE';
  }
}

const countries: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  for (const code of ['en', 'es', 'de', 'fr'] as const) {
    const list = (faker as unknown as Record<string, { location?: { country?: unknown } } | undefined>)[code]?.location?.country;
    if (Array.isArray(list)) for (const c of list) if (typeof c === 'string') set.add(c.toLowerCase());
  }
  return set;
})();

export function presidioType(label: string, text: string): PhiType | 'IGNORE' {
  switch (label) {
    case 'PERSON':
      return 'NAME';
    case 'STREET_ADDRESS':
      return 'ADDRESS';
    case 'GPE': {
      const key = text.trim().toLowerCase();
      // Countries and US states may stay under Safe Harbor; smaller places may not.
      return countries.has(key) || usStates.has(key) ? 'IGNORE' : 'LOCATION';
    }
    case 'DATE_TIME':
      return hasMonthOrDay.test(text) ? 'DATE' : 'IGNORE';
    case 'AGE':
      return ageType(text);
    case 'PHONE_NUMBER':
      return 'PHONE';
    case 'EMAIL_ADDRESS':
      return 'EMAIL';
    case 'ZIP_CODE':
      return 'ZIP';
    case 'DOMAIN_NAME':
      return 'URL';
    case 'US_SSN':
      return 'SSN';
    case 'IP_ADDRESS':
      return 'IP';
    case 'CREDIT_CARD':
    case 'IBAN_CODE':
    case 'US_DRIVER_LICENSE':
      return 'ID';
    default:
      // ORGANIZATION, TITLE, NRP
      return 'IGNORE';
  }
}

export interface AnnotatedDoc {
  id: string;
  text: string;
  gold: GoldSpan[];
}

export function meddocanDoc(line: { doc_id: string; text: string; spans: Array<{ label: string; start: number; end: number; text: string }> }): AnnotatedDoc {
  return { id: line.doc_id, text: line.text, gold: line.spans.map((s) => ({ start: s.start, end: s.end, type: meddocanType(s.label, s.text) })) };
}

export function presidioDoc(
  sample: { full_text: string; template_id: number; spans: Array<{ entity_type: string; entity_value: string; start_position: number; end_position: number }> },
  index: number,
): AnnotatedDoc & { templateId: number } {
  return {
    id: `presidio-${index}`,
    text: sample.full_text,
    templateId: sample.template_id,
    gold: sample.spans.map((s) => ({ start: s.start_position, end: s.end_position, type: presidioType(s.entity_type, s.entity_value) })),
  };
}
