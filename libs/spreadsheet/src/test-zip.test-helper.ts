/*
 * A tiny ZIP writer for the specs only (not exported from index.ts): it assembles archives with
 * chosen - possibly lying - headers, so that every hostile file is generated inside the test.
 */
import * as zlib from 'node:zlib';

export interface DeflatedData {
  /** Raw deflate stream. */
  compressed: Buffer;
  /** Real inflated size. */
  size: number;
  /** CRC-32 of the inflated bytes. */
  crc: number;
}

export interface TestZipEntry {
  name: string;
  /** Inflated content; compressed here unless `deflated` is given. */
  data?: Buffer;
  /** A ready-made deflate stream (e.g. a bomb); takes precedence over `data`. */
  deflated?: DeflatedData;
  /** 8 (deflate, default) or 0 (stored). */
  method?: number;
  /** Uncompressed size written into BOTH headers (default: the real size). */
  declaredSize?: number;
  /** Overrides only the local header's uncompressed size. */
  localDeclaredSize?: number;
  /** Overrides the CRC in both headers. */
  crc?: number;
  /** General-purpose flags in both headers (default: bit 11, UTF-8 names). */
  flags?: number;
  /** Name bytes, when they must differ from `name` (e.g. a NUL). */
  rawName?: Buffer;
  /** Extra field written into the central header. */
  centralExtra?: Buffer;
  /** Local header offset override written into the central header. */
  localOffset?: number;
}

export interface TestZipOptions {
  comment?: Buffer;
  /** Overrides of the EOCD record. */
  eocd?: { disk?: number; cdDisk?: number; entriesOnDisk?: number; totalEntries?: number };
}

/** Deflates `data` as one independent, byte-aligned, non-final piece (Z_SYNC_FLUSH). */
export function deflatePiece(data: Buffer, level = 1): Buffer {
  return zlib.deflateRawSync(data, { level, finishFlush: zlib.constants.Z_SYNC_FLUSH });
}

/** The final, empty deflate block that terminates a stream assembled from pieces. */
export const DEFLATE_END = zlib.deflateRawSync(Buffer.alloc(0));

/**
 * `chunk` repeated `times` times, deflated without ever materialising the inflated bytes: the chunk
 * is deflated once as a self-contained piece and that piece is repeated (pieces never refer back
 * across their own start, so the concatenation is one valid stream).
 */
export function deflateRepeated(chunk: Buffer, times: number, prefix = Buffer.alloc(0), suffix = Buffer.alloc(0)): DeflatedData {
  const piece = deflatePiece(chunk, 9);
  const parts: Buffer[] = [deflatePiece(prefix)];
  let crc = zlib.crc32(prefix);
  for (let i = 0; i < times; i++) {
    parts.push(piece);
    crc = zlib.crc32(chunk, crc);
  }
  parts.push(deflatePiece(suffix), DEFLATE_END);
  crc = zlib.crc32(suffix, crc);
  return { compressed: Buffer.concat(parts), size: prefix.length + chunk.length * times + suffix.length, crc: crc >>> 0 };
}

/** Deflates a sequence of chunks piece by piece; only the compressed output is kept. */
export function deflateChunks(chunks: Iterable<Buffer>, level = 1): DeflatedData {
  const parts: Buffer[] = [];
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    parts.push(deflatePiece(chunk, level));
    crc = zlib.crc32(chunk, crc);
    size += chunk.length;
  }
  parts.push(DEFLATE_END);
  return { compressed: Buffer.concat(parts), size, crc: crc >>> 0 };
}

export function buildZip(entries: TestZipEntry[], opts: TestZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const name = e.rawName ?? Buffer.from(e.name, 'utf8');
    const flags = e.flags ?? 0x0800;
    let payload: Buffer;
    let size: number;
    let crc: number;
    if (e.deflated) {
      payload = e.deflated.compressed;
      size = e.deflated.size;
      crc = e.deflated.crc;
    } else {
      const data = e.data ?? Buffer.alloc(0);
      payload = method === 8 ? zlib.deflateRawSync(data) : data;
      size = data.length;
      crc = zlib.crc32(data) >>> 0;
    }
    crc = e.crc ?? crc;
    const declared = e.declaredSize ?? size;
    const localDeclared = e.localDeclaredSize ?? declared;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(payload.length, 18);
    local.writeUInt32LE(localDeclared, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);

    const extra = e.centralExtra ?? Buffer.alloc(0);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(payload.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt16LE(0, 32);
    central.writeUInt16LE(0, 34);
    central.writeUInt16LE(0, 36);
    central.writeUInt32LE(0, 38);
    central.writeUInt32LE(e.localOffset ?? offset, 42);

    locals.push(local, name, payload);
    centrals.push(central, name, extra);
    offset += local.length + name.length + payload.length;
  }
  const cd = Buffer.concat(centrals);
  const comment = opts.comment ?? Buffer.alloc(0);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(opts.eocd?.disk ?? 0, 4);
  eocd.writeUInt16LE(opts.eocd?.cdDisk ?? 0, 6);
  eocd.writeUInt16LE(opts.eocd?.entriesOnDisk ?? entries.length, 8);
  eocd.writeUInt16LE(opts.eocd?.totalEntries ?? entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  eocd.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...locals, cd, eocd, comment]);
}

const xml = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`, 'utf8');

/** The parts every minimal .xlsx needs, around a given sheet1.xml (inflated bytes or a ready deflate stream). */
export function xlsxEntries(sheet: { data: Buffer } | { deflated: DeflatedData }, overrides: Partial<TestZipEntry> = {}): TestZipEntry[] {
  return [
    {
      name: '[Content_Types].xml',
      data: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '</Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
          '</Relationships>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
          '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
          '</Relationships>',
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', ...sheet, ...overrides },
  ];
}

export const SHEET_HEAD = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  'utf8',
);
export const SHEET_TAIL = Buffer.from('</sheetData></worksheet>', 'utf8');

/** A sheet1.xml with inline-string cells; rows[i] is written as row i + 1. */
export function sheetXml(rows: string[][]): Buffer {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = rows
    .map((cells, r) => `<row r="${r + 1}">${cells.map((v, c) => `<c r="${colName(c + 1)}${r + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`).join('')}</row>`)
    .join('');
  return Buffer.concat([SHEET_HEAD, Buffer.from(body, 'utf8'), SHEET_TAIL]);
}

function colName(n: number): string {
  let s = '';
  for (let v = n; v > 0; v = Math.floor((v - 1) / 26)) s = String.fromCharCode(65 + ((v - 1) % 26)) + s;
  return s;
}

/** The inflated bytes of one entry of a well-formed archive (for asserting on what a writer produced). */
export function unzipEntry(buf: Buffer, name: string): Buffer {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = buf.readUInt32LE(eocd + 16);
  const count = buf.readUInt16LE(eocd + 10);
  for (let i = 0; i < count; i++) {
    const nameLength = buf.readUInt16LE(p + 28);
    const entryName = buf.toString('utf8', p + 46, p + 46 + nameLength);
    if (entryName === name) {
      const method = buf.readUInt16LE(p + 10);
      const compressedSize = buf.readUInt32LE(p + 20);
      const local = buf.readUInt32LE(p + 42);
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const raw = buf.subarray(start, start + compressedSize);
      return method === 8 ? zlib.inflateRawSync(raw) : raw;
    }
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  throw new Error(`no entry ${name}`);
}
