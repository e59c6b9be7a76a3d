/** Builds CSV text (RFC 4180: quoted when needed, CRLF lines). Cells that a spreadsheet would
 * run as a formula (`=`, `+`, `-`, `@` first) get a leading apostrophe. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number): string => {
    let text = String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(cell).join(',')).join('\r\n');
}

/** Saves CSV text as a file; the BOM makes Excel read the Chinese text as UTF-8. */
export function downloadCsv(fileName: string, rows: readonly (readonly (string | number)[])[]): void {
  const blob = new Blob(['\uFEFF', toCsv(rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
