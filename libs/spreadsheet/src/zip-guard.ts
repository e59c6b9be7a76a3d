import * as zlib from 'node:zlib';
import { type SheetLimits, SpreadsheetError } from './spreadsheet.types';

/*
 * A deliberately small, strict ZIP reader that looks at an untrusted .xlsx BEFORE any ZIP or XML
 * library (JSZip inside exceljs) sees it. It trusts nothing a header says: the declared sizes are
 * checked first (cheap refusal of honest bombs), then every entry is really inflated with a hard
 * output cap (refusal of headers that lie), one entry at a time, so peak memory is bounded by the
 * largest permitted entry (<= maxUncompressedBytes), never by what the file claims.
 *
 * Strictness is chosen so that this reader and JSZip cannot disagree about the archive: same
 * EOCD (the last signature in the file), no prepended bytes, no duplicate names, no Unicode-path
 * extra field (JSZip would use it instead of the name we checked), no overlapping entries.
 */

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const EXTRA_ZIP64 = 0x0001;
const EXTRA_UNICODE_PATH = 0x7075;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;

/**
 * The ratio test applies to entries that inflate to more than this. A smaller entry cannot be a bomb
 * (it costs at most this much to inflate, and the sum over entries is capped by maxUncompressedBytes),
 * while legitimate small parts can be extremely compressible (a cell holding 30,000 copies of one
 * character gives a 90 KB sharedStrings.xml at a ratio near 1000).
 */
export const RATIO_CHECK_FLOOR_BYTES = 1024 * 1024;

const REQUIRED_ENTRIES = ['[Content_Types].xml', 'xl/workbook.xml'];
/** The entries exceljs 4.4 parses as worksheets / the shared-string table (same unanchored test). */
const WORKSHEET_ENTRY = /xl\/worksheets\/sheet(\d+)[.]xml/;
const SHARED_STRINGS_ENTRY = 'xl/sharedStrings.xml';

interface CentralEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const notXlsx = (message: string, details: Record<string, unknown> = {}) =>
  new SpreadsheetError('NOT_XLSX', message, details);

/**
 * Row / cell budgets of the structural pre-scan. They are upper bounds with slack (Excel writes
 * <row>/<c> elements for rows and cells that only carry formatting), not the exact limits, which
 * readFirstSheet applies to cells with values. Their purpose is to keep the XML parser from ever
 * building a million-row model: exceljs needs roughly 300-600 bytes of heap per cell.
 */
export function structuralBudget(limits: SheetLimits): { rowElements: number; cellElements: number; sharedStrings: number } {
  const rowElements = 2 * (limits.maxRows + 1) + 1000;
  const cellElements = (limits.maxRows + 1) * limits.maxColumns + 10_000;
  return { rowElements, cellElements, sharedStrings: cellElements };
}

/**
 * Refuses an untrusted .xlsx upload with a typed SpreadsheetError, quickly and with bounded memory:
 * FILE_TOO_LARGE, NOT_XLSX (not a ZIP / truncated / ZIP64 / multi-disk / encrypted / corrupt / lacks
 * `[Content_Types].xml` or `xl/workbook.xml`), ZIP_TOO_MANY_ENTRIES, ZIP_BAD_ENTRY_NAME,
 * ZIP_BOMB (declared sizes over the caps, ratio over maxRatio for entries over RATIO_CHECK_FLOOR_BYTES,
 * overlapping entries),
 * ZIP_SIZE_MISMATCH (an entry does not inflate to what its headers declare), and, from a byte-level
 * pre-scan of the worksheets and shared strings, TOO_MANY_ROWS / TOO_MANY_CELLS.
 * Returns normally when the file may be handed to an XML library.
 */
export function inspectXlsxZip(buf: Buffer, limits: SheetLimits): void {
  if (buf.length > limits.maxFileBytes) {
    throw new SpreadsheetError('FILE_TOO_LARGE', `文件超过 ${+(limits.maxFileBytes / 1024 / 1024).toFixed(2)} MB 上限`, { size: buf.length, max: limits.maxFileBytes });
  }
  if (buf.length < EOCD_SIZE + LOCAL_SIZE || buf.readUInt32LE(0) !== SIG_LOCAL) {
    throw notXlsx('文件不是有效的 .xlsx 工作簿', { reason: 'not a zip' });
  }

  const eocd = findEocd(buf);
  const entries = readCentralDirectory(buf, eocd, limits);

  const names = new Set(entries.map((e) => e.name));
  for (const required of REQUIRED_ENTRIES) {
    if (!names.has(required)) throw notXlsx('文件不是有效的 .xlsx 工作簿', { reason: 'missing entry', entry: required });
  }

  checkDeclaredSizes(entries, limits);
  checkLayout(buf, entries, eocd.cdOffset);

  const budget = structuralBudget(limits);
  for (const entry of entries) {
    const data = inflateEntry(buf, entry);
    if (WORKSHEET_ENTRY.test(entry.name)) prescanWorksheet(data, entry.name, limits, budget);
    else if (entry.name === SHARED_STRINGS_ENTRY) prescanSharedStrings(data, budget);
  }
}

interface Eocd {
  pos: number;
  totalEntries: number;
  cdSize: number;
  cdOffset: number;
}

function findEocd(buf: Buffer): Eocd {
  // The EOCD is followed only by its comment (<= 65535 bytes): search the last 64 KiB + 22 bytes,
  // from the end, and take the LAST signature like JSZip does.
  const floor = Math.max(0, buf.length - (MAX_COMMENT + EOCD_SIZE));
  let pos = -1;
  for (let i = buf.length - EOCD_SIZE; i >= floor; i--) {
    if (buf[i] === 0x50 && buf.readUInt32LE(i) === SIG_EOCD) {
      pos = i;
      break;
    }
  }
  if (pos < 0) throw notXlsx('文件不是有效的 .xlsx 工作簿(找不到 ZIP 目录)', { reason: 'no end of central directory' });
  const disk = buf.readUInt16LE(pos + 4);
  const cdDisk = buf.readUInt16LE(pos + 6);
  const entriesOnDisk = buf.readUInt16LE(pos + 8);
  const totalEntries = buf.readUInt16LE(pos + 10);
  const cdSize = buf.readUInt32LE(pos + 12);
  const cdOffset = buf.readUInt32LE(pos + 16);
  const commentLength = buf.readUInt16LE(pos + 20);
  if (pos + EOCD_SIZE + commentLength !== buf.length) {
    throw notXlsx('文件不是有效的 .xlsx 工作簿(ZIP 结尾损坏)', { reason: 'truncated or trailing data' });
  }
  const zip64 =
    (pos >= 20 && buf.readUInt32LE(pos - 20) === SIG_ZIP64_LOCATOR) ||
    totalEntries === 0xffff || entriesOnDisk === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff;
  if (zip64) throw notXlsx('不支持 ZIP64 格式的文件', { reason: 'zip64' });
  if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== totalEntries) {
    throw notXlsx('不支持分卷 ZIP 文件', { reason: 'multi-disk' });
  }
  // No bytes between the central directory and the EOCD, and none prepended (JSZip would shift
  // every offset by that amount and read different bytes from the ones checked here).
  if (cdOffset + cdSize !== pos) throw notXlsx('文件不是有效的 .xlsx 工作簿(ZIP 目录位置错误)', { reason: 'central directory misplaced' });
  return { pos, totalEntries, cdSize, cdOffset };
}

function readCentralDirectory(buf: Buffer, eocd: Eocd, limits: SheetLimits): CentralEntry[] {
  if (eocd.totalEntries > limits.maxEntries) {
    throw new SpreadsheetError('ZIP_TOO_MANY_ENTRIES', `压缩包内文件过多(${eocd.totalEntries} 个,上限 ${limits.maxEntries})`, { entries: eocd.totalEntries, max: limits.maxEntries });
  }
  const entries: CentralEntry[] = [];
  const seen = new Set<string>();
  const end = eocd.cdOffset + eocd.cdSize;
  let p = eocd.cdOffset;
  while (p < end) {
    // The walk itself is bounded: a directory holding more records than the EOCD admits is refused.
    if (entries.length >= limits.maxEntries) {
      throw new SpreadsheetError('ZIP_TOO_MANY_ENTRIES', `压缩包内文件过多(上限 ${limits.maxEntries})`, { max: limits.maxEntries });
    }
    if (p + CENTRAL_SIZE > end || buf.readUInt32LE(p) !== SIG_CENTRAL) throw notXlsx('文件不是有效的 .xlsx 工作簿(ZIP 目录损坏)', { reason: 'bad central header' });
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const compressedSize = buf.readUInt32LE(p + 20);
    const uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const diskStart = buf.readUInt16LE(p + 34);
    const localOffset = buf.readUInt32LE(p + 42);
    const next = p + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > end) throw notXlsx('文件不是有效的 .xlsx 工作簿(ZIP 目录损坏)', { reason: 'bad central header' });
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff || diskStart === 0xffff) {
      throw notXlsx('不支持 ZIP64 格式的文件', { reason: 'zip64' });
    }
    if (diskStart !== 0) throw notXlsx('不支持分卷 ZIP 文件', { reason: 'multi-disk' });

    const nameBytes = buf.subarray(p + CENTRAL_SIZE, p + CENTRAL_SIZE + nameLength);
    const name = nameBytes.toString(flags & FLAG_UTF8 ? 'utf8' : 'latin1');
    checkEntryName(name, nameBytes);
    const extras = extraFieldIds(buf.subarray(p + CENTRAL_SIZE + nameLength, p + CENTRAL_SIZE + nameLength + extraLength));
    if (extras.includes(EXTRA_ZIP64)) throw notXlsx('不支持 ZIP64 格式的文件', { reason: 'zip64' });
    if (extras.includes(EXTRA_UNICODE_PATH)) {
      throw new SpreadsheetError('ZIP_BAD_ENTRY_NAME', '压缩包内文件名不合法', { entry: name, reason: 'unicode path extra field' });
    }
    if (seen.has(name)) throw new SpreadsheetError('ZIP_BAD_ENTRY_NAME', '压缩包内有重复的文件名', { entry: name, reason: 'duplicate' });
    seen.add(name);
    if (flags & FLAG_ENCRYPTED) throw notXlsx('不支持加密的文件', { reason: 'encrypted', entry: name });
    if (method !== METHOD_STORED && method !== METHOD_DEFLATE) throw notXlsx('文件不是有效的 .xlsx 工作簿(不支持的压缩方式)', { reason: 'compression method', method, entry: name });

    entries.push({ name, flags, method, crc, compressedSize, uncompressedSize, localOffset });
    p = next;
  }
  if (entries.length !== eocd.totalEntries) throw notXlsx('文件不是有效的 .xlsx 工作簿(ZIP 目录损坏)', { reason: 'entry count' });
  return entries;
}

function checkEntryName(name: string, raw: Buffer): void {
  const bad = (reason: string) => new SpreadsheetError('ZIP_BAD_ENTRY_NAME', '压缩包内文件名不合法', { entry: name, reason });
  if (raw.length === 0) throw bad('empty');
  if (raw.includes(0)) throw bad('NUL');
  if (/[\x00-\x1f\x7f]/.test(name)) throw bad('control character');
  if (name.includes('\\')) throw bad('backslash');
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) throw bad('absolute');
  if (name.includes('..')) throw bad('parent reference');
}

function extraFieldIds(extra: Buffer): number[] {
  const ids: number[] = [];
  let p = 0;
  while (p + 4 <= extra.length) {
    ids.push(extra.readUInt16LE(p));
    p += 4 + extra.readUInt16LE(p + 2);
  }
  return ids;
}

function checkDeclaredSizes(entries: CentralEntry[], limits: SheetLimits): void {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (total > limits.maxUncompressedBytes) {
      throw new SpreadsheetError('ZIP_BOMB', '文件解压后过大', { entry: e.name, declaredTotal: total, max: limits.maxUncompressedBytes });
    }
    if (e.method === METHOD_STORED && e.compressedSize !== e.uncompressedSize) {
      throw new SpreadsheetError('ZIP_SIZE_MISMATCH', '压缩包内文件大小与声明不符', { entry: e.name, reason: 'stored sizes differ' });
    }
    if (e.uncompressedSize <= RATIO_CHECK_FLOOR_BYTES) continue;
    const ratio = e.compressedSize === 0 ? (e.uncompressedSize === 0 ? 0 : Infinity) : e.uncompressedSize / e.compressedSize;
    if (ratio > limits.maxRatio) {
      throw new SpreadsheetError('ZIP_BOMB', '文件压缩比异常', { entry: e.name, ratio: Number.isFinite(ratio) ? Math.round(ratio) : 'infinite', max: limits.maxRatio });
    }
  }
}

/** Every entry's local header + data lies before the central directory, and no two entries share bytes. */
function checkLayout(buf: Buffer, entries: CentralEntry[], cdOffset: number): void {
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let previousEnd = 0;
  for (const e of byOffset) {
    if (e.localOffset < previousEnd) {
      throw new SpreadsheetError('ZIP_BOMB', '压缩包内文件相互重叠', { entry: e.name, reason: 'overlapping entries' });
    }
    const { dataEnd } = localDataBounds(buf, e, cdOffset);
    previousEnd = dataEnd;
  }
}

function localDataBounds(buf: Buffer, e: CentralEntry, limit: number): { dataStart: number; dataEnd: number } {
  const p = e.localOffset;
  if (p + LOCAL_SIZE > limit || buf.readUInt32LE(p) !== SIG_LOCAL) throw notXlsx('文件不是有效的 .xlsx 工作簿(ZIP 文件头损坏)', { reason: 'bad local header', entry: e.name });
  const nameLength = buf.readUInt16LE(p + 26);
  const extraLength = buf.readUInt16LE(p + 28);
  const dataStart = p + LOCAL_SIZE + nameLength + extraLength;
  const dataEnd = dataStart + e.compressedSize;
  if (dataEnd > limit) throw notXlsx('文件不是有效的 .xlsx 工作簿(ZIP 文件被截断)', { reason: 'entry data out of bounds', entry: e.name });
  return { dataStart, dataEnd };
}

function inflateEntry(buf: Buffer, e: CentralEntry): Buffer {
  const p = e.localOffset;
  const flags = buf.readUInt16LE(p + 6);
  const method = buf.readUInt16LE(p + 8);
  const crc = buf.readUInt32LE(p + 14);
  const compressedSize = buf.readUInt32LE(p + 18);
  const uncompressedSize = buf.readUInt32LE(p + 22);
  const nameLength = buf.readUInt16LE(p + 26);
  const localName = buf.subarray(p + LOCAL_SIZE, p + LOCAL_SIZE + nameLength).toString(flags & FLAG_UTF8 ? 'utf8' : 'latin1');
  if (localName !== e.name) {
    throw new SpreadsheetError('ZIP_BAD_ENTRY_NAME', '压缩包内文件名前后不一致', { entry: e.name, localName, reason: 'local name differs' });
  }
  if (method !== e.method || (flags & FLAG_ENCRYPTED) !== (e.flags & FLAG_ENCRYPTED)) {
    throw notXlsx('文件不是有效的 .xlsx 工作簿(ZIP 文件头不一致)', { reason: 'local header differs', entry: e.name });
  }
  // With a data descriptor (flag bit 3) the local sizes may be zero; any value given must agree.
  const deferred = (flags & FLAG_DATA_DESCRIPTOR) !== 0;
  const agrees = (local: number, central: number) => local === central || (deferred && local === 0);
  if (!agrees(compressedSize, e.compressedSize) || !agrees(uncompressedSize, e.uncompressedSize) || !agrees(crc, e.crc)) {
    throw new SpreadsheetError('ZIP_SIZE_MISMATCH', '压缩包内文件大小与声明不符', { entry: e.name, reason: 'local and central headers differ' });
  }

  const { dataStart, dataEnd } = localDataBounds(buf, e, buf.length);
  const raw = buf.subarray(dataStart, dataEnd);
  let data: Buffer;
  if (e.method === METHOD_STORED) {
    data = raw;
  } else {
    try {
      // +1 so that a stream longer than declared is noticed (it fills the cap, or throws
      // ERR_BUFFER_TOO_LARGE), while inflation stops right there: memory never exceeds the claim.
      data = zlib.inflateRawSync(raw, { maxOutputLength: e.uncompressedSize + 1 });
    } catch (err) {
      if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new SpreadsheetError('ZIP_SIZE_MISMATCH', '压缩包内文件实际大小超过声明', { entry: e.name, declared: e.uncompressedSize });
      }
      throw notXlsx('文件不是有效的 .xlsx 工作簿(数据损坏)', { reason: 'inflate failed', entry: e.name });
    }
  }
  if (data.length !== e.uncompressedSize) {
    throw new SpreadsheetError('ZIP_SIZE_MISMATCH', '压缩包内文件实际大小与声明不符', { entry: e.name, declared: e.uncompressedSize, actualAtLeast: data.length });
  }
  if ((zlib.crc32(data) >>> 0) !== e.crc) {
    throw notXlsx('文件不是有效的 .xlsx 工作簿(校验失败)', { reason: 'crc mismatch', entry: e.name });
  }
  return data;
}

/**
 * Counts start tags by local name (`<row`, `<x:row`, ...) directly on the bytes, without decoding
 * or building strings. Text content cannot contain a raw `<`, so only markup is counted (comments
 * and CDATA can only over-count, which errs on the safe side).
 */
function countStartTags(data: Buffer, names: string[], stopAt: number[]): number[] {
  const wanted = names.map((n) => Buffer.from(n, 'latin1'));
  const counts = names.map(() => 0);
  let i = data.indexOf(0x3c);
  while (i >= 0) {
    let start = i + 1;
    // Name runs until whitespace, '>', '/' (or the end); a prefix ends at ':'.
    let j = start;
    while (j < data.length) {
      const b = data[j]!;
      if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x3e || b === 0x2f) break;
      if (b === 0x3a) start = j + 1;
      j++;
    }
    const len = j - start;
    if (len > 0 && data[i + 1] !== 0x2f) {
      for (let k = 0; k < wanted.length; k++) {
        const w = wanted[k]!;
        if (w.length === len && data.compare(w, 0, len, start, j) === 0) {
          counts[k]!++;
          if (counts[k]! > stopAt[k]!) return counts;
          break;
        }
      }
    }
    i = data.indexOf(0x3c, j);
  }
  return counts;
}

function prescanWorksheet(data: Buffer, entry: string, limits: SheetLimits, budget: ReturnType<typeof structuralBudget>): void {
  const [rows, cells] = countStartTags(data, ['row', 'c'], [budget.rowElements, budget.cellElements]) as [number, number];
  if (rows > budget.rowElements) {
    throw new SpreadsheetError('TOO_MANY_ROWS', `工作表行数过多(上限 ${limits.maxRows} 行数据)`, { entry, rowElementsAtLeast: rows, max: limits.maxRows });
  }
  if (cells > budget.cellElements) {
    throw new SpreadsheetError('TOO_MANY_CELLS', '工作表单元格过多', { entry, cellElementsAtLeast: cells, max: budget.cellElements });
  }
}

function prescanSharedStrings(data: Buffer, budget: ReturnType<typeof structuralBudget>): void {
  const [strings] = countStartTags(data, ['si'], [budget.sharedStrings]) as [number];
  if (strings > budget.sharedStrings) {
    throw new SpreadsheetError('TOO_MANY_CELLS', '工作簿共享字符串过多', { entry: SHARED_STRINGS_ENTRY, stringsAtLeast: strings, max: budget.sharedStrings });
  }
}
