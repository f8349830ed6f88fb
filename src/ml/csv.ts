import { GalenError } from '../errors/index.ts';

/** A parsed CSV file: the header row and the data rows, every field a string. */
export interface CsvTable {
  header: string[];
  rows: string[][];
}

/**
 * Parses RFC 4180 CSV: quoted fields (with doubled quotes and embedded newlines), CRLF or LF line
 * ends, a leading UTF-8 byte-order mark (spreadsheet exports often carry one). Blank lines are
 * skipped. With `header: false` the caller names the columns (for headerless files such as UCI's).
 */
export function parseCsv(text: string, options: { header?: boolean | string[]; delimiter?: string } = {}): CsvTable {
  const delimiter = options.delimiter ?? ',';
  const records = splitRecords(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, delimiter);
  let header: string[];
  if (Array.isArray(options.header)) header = options.header;
  else if (options.header === false) header = (records[0] ?? []).map((_, i) => `column${i + 1}`);
  else {
    const first = records.shift();
    if (!first) throw new GalenError('invalid_input', 'the CSV file is empty');
    header = first.map((name) => name.trim());
  }
  const width = header.length;
  records.forEach((record, i) => {
    if (record.length !== width) {
      throw new GalenError('invalid_input', `CSV row ${i + 1} has ${record.length} fields; the header has ${width}`, { location: `row ${i + 1}` });
    }
  });
  return { header, rows: records };
}

function splitRecords(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let inQuotes = false;
  let i = 0;
  const n = text.length;
  const pushRecord = () => {
    record.push(field);
    field = '';
    // A line with a single empty field is a blank line.
    if (!(record.length === 1 && record[0] === '')) records.push(record);
    record = [];
  };
  while (i < n) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        inQuotes = false; i++; continue;
      }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { inQuotes = true; i++; continue; }
    if (c === delimiter) { record.push(field); field = ''; i++; continue; }
    if (c === '\r') { i++; continue; }
    if (c === '\n') { pushRecord(); i++; continue; }
    field += c; i++;
  }
  if (inQuotes) throw new GalenError('invalid_input', 'the CSV file ends inside a quoted field');
  if (field !== '' || record.length > 0) pushRecord();
  return records;
}
