// A data table as CSV (RFC 4180): the header row, then one line per row, every field quoted when needed.

const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** The cells a <table> shows, header rows first (text content, whitespace collapsed). */
export function tableRows(table: HTMLTableElement): string[][] {
  return [...table.querySelectorAll('tr')].map((tr) => [...tr.cells].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()));
}
