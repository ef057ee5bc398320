import { downloadFile } from './download';

/** What a cell may hold; `null` and `undefined` are written as an empty cell. */
export type CsvValue = string | number | boolean | Date | null | undefined;

/** One column of an export: its header, and how to read its cell from a row. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

/** A column whose cells are text, which a screen can show as they are. */
export interface CsvTextColumn<Row> extends CsvColumn<Row> {
  value: (row: Row) => string;
}

/** The byte order mark that makes Excel read the file as UTF-8, accents included. */
export const CSV_BOM = '\uFEFF';

const CSV_EOL = '\r\n';

/** Text starting with one of these could run as a formula in a spreadsheet (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A field holding one of these must be quoted. */
const NEEDS_QUOTES = /[",\r\n]/;

/** A Date at exactly midnight UTC stands for a calendar day. */
function isCalendarDay(date: Date): boolean {
  return (
    date.getUTCHours() === 0 &&
    date.getUTCMinutes() === 0 &&
    date.getUTCSeconds() === 0 &&
    date.getUTCMilliseconds() === 0
  );
}

function cellText(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return isCalendarDay(value) ? iso.slice(0, 10) : iso;
  }
  // Text only: a number passed as a number (-12) is data, not a formula.
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function field(value: CsvValue): string {
  const text = cellText(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The rows as CSV text (RFC 4180): a header line, then one line a row, fields separated by commas, every line
 * ended by CRLF, and a UTF-8 byte order mark first so that Excel shows accents right. A field holding a quote,
 * a comma, a CR or an LF is put in double quotes, its quotes doubled.
 *
 * - `null` and `undefined` give an empty cell; booleans `true`/`false` (a column that shows "oui"/"non" on screen
 *   passes the translated text instead); finite numbers as JavaScript writes them (`-12`, `3.5`), others empty.
 * - A `Date` at exactly midnight UTC is a calendar day, written `YYYY-MM-DD`; any other `Date` is an instant,
 *   written in full ISO 8601 UTC (`2026-11-28T09:30:00.000Z`). Columns that show a date in words on screen pass
 *   that text instead.
 * - Formula-injection guard: text starting with `=`, `+`, `-`, `@`, a tab or a CR gets a leading `'`, so that a
 *   spreadsheet shows it rather than runs it. Numbers passed as numbers are left alone.
 */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [
    columns.map((column) => field(column.header)),
    ...rows.map((row) => columns.map((column) => field(column.value(row)))),
  ];
  return CSV_BOM + lines.map((line) => line.join(',') + CSV_EOL).join('');
}

/** A screen label as a column header: "Date limite :" gives "Date limite". */
export function csvHeader(label: string): string {
  return label.replace(/[\s\u00a0\u202f]*:$/, '').trim();
}

/** `besoins` on 28 November 2026 (in Paris) gives `besoins-2026-11-28.csv`. */
export function csvFilename(name: string, now: Date = new Date()): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
  return `${name}-${day}.csv`;
}

/** Makes the browser download `csv` (from `toCsv`) as `filename`. */
export function downloadCsv(filename: string, csv: string): void {
  downloadFile(filename, csv, 'text/csv;charset=utf-8');
}

/** The most rows an export holds: a longer list is cut there, and the person told so. */
export const CSV_MAX_ROWS = 5000;

/** One page of a paginated list, and how to ask for the next one (`null` when it was the last). */
export interface CsvPage<Row, Cursor> {
  rows: readonly Row[];
  next: Cursor | null;
}

/**
 * Every row of a paginated list, asking for page after page from the first (`cursor` null), until the last page
 * or until more than `max` rows are in hand: then `max + 1` rows, so that the export knows the list goes on.
 */
export async function collectPages<Row, Cursor>(
  fetchPage: (cursor: Cursor | null) => Promise<CsvPage<Row, Cursor>>,
  max: number = CSV_MAX_ROWS,
): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: Cursor | null = null;
  do {
    const page: CsvPage<Row, Cursor> = await fetchPage(cursor);
    rows.push(...page.rows);
    // A page without rows cannot move the list on: stop rather than ask for it forever.
    cursor = page.rows.length > 0 ? page.next : null;
  } while (cursor !== null && rows.length <= max);
  return rows.slice(0, max + 1);
}
