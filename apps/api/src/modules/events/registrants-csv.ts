/**
 * CSV for spreadsheets, RFC 4180: comma-separated, CRLF line ends, a field in double quotes when it holds
 * a comma, a quote, CR or LF, with quotes doubled. Cells that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) get a leading apostrophe (OWASP "CSV injection").
 * No CSV library is among the dependencies, and writing CSV is these few lines.
 */
export function csvCell(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly Parameters<typeof csvCell>[0][])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export interface RegistrantRow {
  name: string;
  library: string | null;
  library_city: string | null;
  public_email: string | null;
  status: string;
  registered_at: Date;
  promoted_at: Date | null;
  attended: boolean | null;
}

export const REGISTRANT_COLUMNS = ['Name', 'Library', 'City', 'Contact email', 'Status', 'Registered at (UTC)', 'Promoted at (UTC)', 'Attended'];

export function registrantsCsv(rows: readonly RegistrantRow[]): string {
  return toCsv([
    REGISTRANT_COLUMNS,
    ...rows.map((r) => [
      r.name,
      r.library,
      r.library_city,
      r.public_email,
      r.status,
      r.registered_at,
      r.promoted_at,
      r.attended === null ? '' : r.attended ? 'yes' : 'no',
    ]),
  ]);
}
