/**
 * Notes are written as ordinary template strings in which every PHI value is wrapped by `phi()`.
 * `resolveMarkup` strips the wrappers and returns the plain text with the exact character span of
 * each PHI value, so spans can never drift from the text they describe.
 */
export type PhiType = 'NAME' | 'DATE' | 'AGE' | 'PHONE' | 'FAX' | 'EMAIL' | 'SSN' | 'MRN' | 'ID' | 'ADDRESS' | 'LOCATION' | 'ZIP' | 'URL' | 'IP';

export interface PhiSpan {
  start: number;
  end: number;
  type: PhiType;
  text: string;
}

const open = '\u0001';
const separator = '\u0002';
const close = '\u0003';

/** Marks a PHI value inside a note template. */
export function phi(type: PhiType, value: string): string {
  if (/[\u0001-\u0003]/.test(value)) throw new RangeError('PHI value contains a markup character');
  if (value.length === 0) throw new RangeError(`empty ${type} value`);
  return `${open}${type}${separator}${value}${close}`;
}

export function resolveMarkup(marked: string): { text: string; spans: PhiSpan[] } {
  let text = '';
  const spans: PhiSpan[] = [];
  let i = 0;
  while (i < marked.length) {
    const start = marked.indexOf(open, i);
    if (start === -1) {
      text += marked.slice(i);
      break;
    }
    text += marked.slice(i, start);
    const sep = marked.indexOf(separator, start);
    const end = marked.indexOf(close, sep);
    if (sep === -1 || end === -1) throw new RangeError('unterminated PHI markup');
    const type = marked.slice(start + 1, sep) as PhiType;
    const value = marked.slice(sep + 1, end);
    if (value.includes(open)) throw new RangeError('nested PHI markup');
    spans.push({ start: text.length, end: text.length + value.length, type, text: value });
    text += value;
    i = end + 1;
  }
  return { text, spans };
}
