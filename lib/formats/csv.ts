type CsvValue = string | number | Date | null | undefined;

/** What a spreadsheet would run as a formula when a cell starts with it (OWASP, "CSV Injection"). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One CSV field: an apostrophe before anything a spreadsheet would run as a formula, then quoted per RFC 4180 when
 * it holds a comma, a quote or a line break — and a semicolon, the list separator of spreadsheets in locales whose
 * decimal mark is a comma. E.164 phone numbers start with "+" and get the apostrophe too, which also keeps a
 * spreadsheet from turning them into numbers.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = value instanceof Date ? value.toISOString() : String(value);
  const inert = formulaStart.test(text) ? `'${text}` : text;
  return /[",;\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

/** A record ends with CRLF (RFC 4180). */
export const csvRow = (cells: readonly CsvValue[]) => `${cells.map(csvCell).join(",")}\r\n`;
