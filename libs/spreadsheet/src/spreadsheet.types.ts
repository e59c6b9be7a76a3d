/** Limits that bound time and memory when reading an untrusted .xlsx file. */
export interface SheetLimits {
  maxFileBytes: number;        // the upload itself
  maxEntries: number;          // ZIP entries
  maxUncompressedBytes: number; // sum over entries, as actually inflated
  maxRatio: number;            // inflated / compressed, per entry
  maxRows: number;             // data rows, header excluded
  maxColumns: number;
  maxCellChars: number;
}

export const DEFAULT_SHEET_LIMITS: SheetLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxEntries: 200,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxRatio: 200,
  maxRows: 20_000,
  maxColumns: 40,
  maxCellChars: 10_000,
};

export type SpreadsheetErrorCode =
  | 'NOT_XLSX'
  | 'FILE_TOO_LARGE'
  | 'ZIP_TOO_MANY_ENTRIES'
  | 'ZIP_BOMB'
  | 'ZIP_SIZE_MISMATCH'
  | 'ZIP_BAD_ENTRY_NAME'
  | 'NO_SHEET'
  | 'TOO_MANY_ROWS'
  | 'TOO_MANY_COLUMNS'
  /** A worksheet or the shared-string table holds more XML cells/strings than maxRows x maxColumns
   * can account for (found by the ZIP guard's structural pre-scan, before any XML parser runs). */
  | 'TOO_MANY_CELLS'
  | 'CELL_TOO_LONG'
  | 'BAD_HEADER';

/** A refusal of a whole file, typed so the API can map it (413/415/422) and a job can report it. */
export class SpreadsheetError extends Error {
  constructor(readonly code: SpreadsheetErrorCode, message: string, readonly details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'SpreadsheetError';
  }
}

export interface SheetRow {
  /** 1-based row number as shown in Excel (the header is row 1). */
  rowNumber: number;
  /** Cell text by header name; a Map so that header names like `__proto__` cannot touch prototypes. */
  cells: Map<string, string>;
}

export interface ParsedSheet {
  header: string[];
  rows: SheetRow[];
}
