type Cell = string | number | boolean | Date | null | undefined;

/**
 * RFC 4180 CSV with a header line and CRLF line ends. Cells that a spreadsheet would run as a formula
 * (starting with =, +, - or @) are prefixed with a quote, so an export cannot carry an injection.
 */
export function toCsv<T>(rows: T[], columns: [header: string, cell: (row: T) => Cell][]): string {
  const lines = [columns.map(([header]) => escapeCell(header))];
  for (const row of rows) lines.push(columns.map(([, cell]) => escapeCell(cell(row))));
  return lines.map((line) => line.join(',')).join('\r\n') + '\r\n';
}

function escapeCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = value instanceof Date ? value.toISOString() : value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
