import { describe, expect, it } from '@jest/globals';
import { csvCell, registrantsCsv, toCsv } from './registrants-csv.js';

describe('registrants CSV', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says, with CRLF between records', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'plain', null, 3]])).toBe('"a,b","say ""hi""","two\nlines",plain,,3\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+48 58 301')).toBe("'+48 58 301");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('Anna = Ania')).toBe('Anna = Ania');
  });

  it('writes a header and one line per registrant, times in UTC ISO 8601', () => {
    const csv = registrantsCsv([
      {
        name: 'Kowalska, Anna', library: 'MBP "Centrum"', library_city: 'Łódź', public_email: null, status: 'confirmed',
        registered_at: new Date('2026-03-01T10:00:00Z'), promoted_at: null, attended: true,
      },
    ]);
    const [header, line, end] = csv.split('\r\n');
    expect(header).toBe('Name,Library,City,Contact email,Status,Registered at (UTC),Promoted at (UTC),Attended');
    expect(line).toBe('"Kowalska, Anna","MBP ""Centrum""",Łódź,,confirmed,2026-03-01T10:00:00.000Z,,yes');
    expect(end).toBe('');
  });
});
