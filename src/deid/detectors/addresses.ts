import type { Candidate } from '../types.ts';
import { candidate, eachMatch, groupStart } from './collect.ts';
import { priority } from './patterns.ts';
import { notNameWords } from '../vocab/clinical.ts';

/** Street addresses in English and Spanish forms, and address lines introduced by a cue. */

const word = String.raw`[\p{Lu}\d][\p{L}\d'’.ºª-]*`;
const enSuffix = String.raw`(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Plaza|Loop|Row|Path|Pike|Alley|Crescent|Close|Gardens|Heights|Run|Point|Walk|Ridge|Crossing|Expressway|Freeway|Turnpike|Grove|Mews|Rise|Vale|Parade|Esplanade|Hollow|Glen|Cove|Knoll|Landing|Meadows|Commons|Manor|Strasse|Straße|straße|strasse|gate|vej|vägen|gatan|katu|utca|u\.|Rue|rue|Via|Viale|Calle|Avenida|Rua)`;
const unit = String.raw`(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|Floor|Fl|Bldg|Building|#)\.?\s*#?\s*[\w-]+)?`;
const enAddressRe = new RegExp(
  String.raw`\b\d{1,6}[A-Za-z]?(?:\s+|\s*,\s*)(?:(?:[NSEW]|North|South|East|West|NE|NW|SE|SW)\.?\s+)?(?:${word}\s+){0,4}${enSuffix}\b\.?(?:\s+\d{1,5}\b)?${unit}`,
  'gu',
);
const europeanAddressRe = new RegExp(String.raw`\b(?:${word}\s+){0,2}\p{Lu}\p{Ll}+(?:strasse|straße|gasse|weg|platz|gatan|vägen|vej|gate|katu|tie|kuja|utca|laan|straat|plein|ulica)\s+\d{1,5}[A-Za-z]?\b${unit}`, 'gu');
/** A numbered street line without a street-type word, before its town, state and ZIP: "15185 Westgate, Oregon City, OR 97068". */
const streetBeforeTownRe = /\b\d{1,6}(?:[ \t]+(?:[NSEW]|North|South|East|West)\.?)?(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,4}(?=,[ \t]*\p{Lu}[\p{L}'’. -]*,[ \t]*[A-Z]{2}[ \t]+\d{5}(?!\d))/gu;
const poBoxRe = /\b(?:P\.?\s?O\.?\s?Box|Post Office Box|Apartado(?: de correos)?|PSC|Unit)\s*\d{1,6}(?:,?\s*Box\s*\d{1,6})?/gi;
const apartmentRe = /\b(?:Apt|Apartment|Suite|Ste)\.?\s*#?\s*\d{1,5}[A-Za-z]?\b/g;

const esLead = String.raw`(?:C\/|c\/|Calle|calle|C\.\s|Avda\.?|avda\.?|Avd\.?|Av\.|Avenida|avenida|Paseo|paseo|P[ºo]\.?|Plaza|plaza|Pza\.?|Pl\.|Ronda|ronda|Carretera|carretera|Ctra\.?|ctra\.?|Camino|camino|Traves[ií]a|Urb\.?|Urbanizaci[oó]n|Glorieta|glorieta|Rambla|rambla|V[ií]a|Pasaje|pasaje|Callej[oó]n|Cuesta|Barrio|B[ºo]\.?|Pol[ií]gono|Pol\.|R[uú]a|Carrer|carrer|Passeig|passeig|Avinguda|avinguda|Pla[çc]a|Parque|Colonia|Col\.|Boulevard|Bulevar)`;
const esConnector = String.raw`(?:de(?:l| la| los| las)?|la|el|los|las|y|i|d'|l')`;
const esName = String.raw`(?:\s+${esConnector})?\s+${word}(?:\s+(?:${esConnector}\s+)?${word}){0,5}`;
const esNumber = String.raw`(?:,?\s*(?:n[ºo°]\.?\s*)?(?:\d{1,4}(?:\s*-\s*\d{1,4})?(?:\s?[A-Za-z](?![\p{L}]))?|s\/n|S\/N))?`;
const esFloor = String.raw`(?:,?\s*(?:\d{1,2}\s*[ºª°]\s*-?\s*[A-Za-z]?|\d{1,2}\s*-?\s*[A-Z](?![\p{L}])|\d{1,2}[A-Z](?![\p{L}])|bajo|[aá]tico|entlo\.?|esc\.?\s*\w+|piso\s*\d+|planta\s*\d+|puerta\s*\w+))*`;
const esAddressRe = new RegExp(`(?<![\\p{L}])${esLead}${esName}${esNumber}${esFloor}`, 'gu');

const addressCueRe = /\b(?:Domicilio|Direcci[oó]n|Address|Home address|Street address|[Aa]ddress is|[Aa]ddress on file(?: is)?|Lives at|lives at|resides at|residing at|living at|home at|vive en la calle|vive en)\s*[:.-]?\s*([^\n]{4,120})/gu;

/** A postal code followed by its town: "28006 Madrid", "E-37007 Salamanca", "11407 Jerez de la Frontera". */
const zipTownRe = /(?<![\w-])(?:E-)?(\d{5})[ \t]*[,-]?[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:de(?:l| la| los| las)?|la|el|les|d['’]|l['’])[ \t]+)?\p{Lu}[\p{L}'’-]*){0,3})/gu;
/** A postal code right after a street line: "Avda. Reyes Católicos, 2, 28040". */
const zipAfterStreetRe = /^[ \t]*[,.]?[ \t]*(?:E-)?(\d{5})(?!\d)/;
/** Labelled place fields, whose value may be written in any case: "Localidad/ Provincia: Las palmas". */
const placeFieldRe = /\b(?:Localidad(?:\s*\/\s*Provincia)?|Provincia|Municipio|Ciudad|Poblaci[oó]n|City|Town)\s*:[ \t]*([^\n.;:()]{2,60})/g;
const postalFieldRe = /\b(?:CP|C\.P\.|C[oó]digo postal|Postal code|ZIP(?: code)?)\s*:[ \t]*([A-Z]?\d[\dA-Z -]{2,9}\d)(?![\w-])/g;

export function detectAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, p: number) => {
    const c = candidate(text, start, end, 'ADDRESS', p);
    if (c) out.push(c);
  };
  eachMatch(enAddressRe, text, (m) => push(m.index, m.index + m[0].length, priority.address));
  eachMatch(europeanAddressRe, text, (m) => push(m.index, m.index + m[0].length, priority.address - 2));
  eachMatch(streetBeforeTownRe, text, (m) => push(m.index, m.index + m[0].length, priority.address - 1));
  eachMatch(poBoxRe, text, (m) => {
    if (/^Unit/i.test(m[0]) && !/Box/i.test(m[0])) return;
    push(m.index, m.index + m[0].length, priority.address);
  });
  eachMatch(apartmentRe, text, (m) => push(m.index, m.index + m[0].length, priority.address - 5));
  eachMatch(esAddressRe, text, (m) => {
    const value = m[0];
    // "Paseo" or "Plaza" followed by one ordinary capitalised word at a sentence start is too weak.
    if (!/\d|s\/n|S\/N/.test(value) && value.split(/\s+/).length < 3) return;
    // "C." is also a middle initial ("Ruiz, Mark C.   Med Rec"): as a street lead it needs a number.
    if (/^C\.\s/.test(value) && !/\d|s\/n|S\/N/.test(value)) return;
    push(m.index, m.index + value.length, priority.address);
    const after = zipAfterStreetRe.exec(text.slice(m.index + value.length, m.index + value.length + 12));
    if (after) {
      const s = m.index + value.length + after[0].length - after[1]!.length;
      const c = candidate(text, s, s + 5, 'ZIP', priority.zip);
      if (c) out.push(c);
    }
  });
  eachMatch(zipTownRe, text, (m) => {
    const zip = m[1]!;
    const zs = m.index + m[0].indexOf(zip);
    const town = m[2]!.replace(/\s+$/, '');
    if (/^(?:mg|ml|UI|U|Hz|Gy|Sv|Da|kDa|años|meses|días|pacientes|casos|células|copias|mm)/i.test(town)) return;
    if (notNameWords.has(town.toLowerCase().split(/\s+/)[0]!)) return;
    const zc = candidate(text, zs, zs + 5, 'ZIP', priority.zip);
    if (zc) out.push(zc);
    const ts = m.index + m[0].length - m[2]!.length;
    const tc = candidate(text, ts, ts + town.length, 'LOCATION', 57);
    if (tc) out.push(tc);
  });
  eachMatch(placeFieldRe, text, (m) => {
    const s = groupStart(m, 1);
    const c = candidate(text, s, s + m[1]!.trimEnd().length, 'LOCATION', 57);
    if (c && /\p{L}/u.test(c.text) && !/^\d+$/.test(c.text)) out.push(c);
  });
  eachMatch(postalFieldRe, text, (m) => {
    const s = groupStart(m, 1);
    const c = candidate(text, s, s + m[1]!.length, 'ZIP', priority.zip);
    if (c) out.push(c);
  });
  eachMatch(addressCueRe, text, (m) => {
    const s = groupStart(m, 1);
    let value = m[1]!;
    // The address ends at a sentence end, or where the next labelled field begins.
    // A town with its state ("…, Cary, NC 27514") is a place of its own after the street line.
    const stop = value.search(/\.\s*$|\s{2,}|\.\s+(?=\p{Lu}\p{Ll}+\s*:)|,\s+(?=\p{Lu}[\p{L}'’. -]*,\s+[A-Z]{2}\b)|\b(?:Localidad|Provincia|CP|C\.P\.|Tel[eé]fono|Tel\.|Phone|E-?mail|Correo|NHC|Fecha)\b/u);
    if (stop > 0) value = value.slice(0, stop);
    if (!/\d|s\/n/i.test(value)) return;
    push(s, s + value.length, priority.address - 1);
  });
  return out;
}
