import { randomBytes } from 'node:crypto';
import { DEFAULT_SHEET_LIMITS, type SheetLimits, SpreadsheetError, type SpreadsheetErrorCode } from './spreadsheet.types';
import { buildZip, deflateChunks, deflateRepeated, SHEET_HEAD, SHEET_TAIL, sheetXml, type TestZipEntry, xlsxEntries } from './test-zip.test-helper';
import { writeSheet } from './write-sheet';
import { inspectXlsxZip, RATIO_CHECK_FLOOR_BYTES } from './zip-guard';
import { readFirstSheet } from './read-sheet';

const MB = 1024 * 1024;

function refusal(fn: () => unknown): SpreadsheetError {
  try {
    fn();
  } catch (err) {
    if (err instanceof SpreadsheetError) return err;
    throw err;
  }
  throw new Error('expected a SpreadsheetError, but the file was accepted');
}

function expectCode(buf: Buffer, code: SpreadsheetErrorCode, limits: SheetLimits = DEFAULT_SHEET_LIMITS): SpreadsheetError {
  const err = refusal(() => inspectXlsxZip(buf, limits));
  expect(err.code).toBe(code);
  return err;
}

/** Runs fn and reports its duration (ms) and the heap growth it caused (MB). */
function measure<T>(fn: () => T): { result: T; ms: number; heapMb: number } {
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const result = fn();
  const ms = performance.now() - t0;
  const heapMb = (process.memoryUsage().heapUsed - heap0) / MB;
  return { result, ms, heapMb };
}

/**
 * Awaits the refusal of readFirstSheet and reports duration, heapUsed growth, and growth of the
 * process's peak RSS (maxRSS is a high-water mark, so it also catches a transient peak that the
 * garbage collector hid from heapUsed).
 */
async function measureRefusal(buf: Buffer): Promise<{ err: SpreadsheetError; ms: number; heapMb: number; peakRssMb: number }> {
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.resourceUsage().maxRSS;
  const t0 = performance.now();
  const outcome = await readFirstSheet(buf).then(
    () => undefined,
    (e: unknown) => e,
  );
  const ms = performance.now() - t0;
  const heapMb = (process.memoryUsage().heapUsed - heap0) / MB;
  const peakRssMb = (process.resourceUsage().maxRSS - rss0) / 1024;
  if (!(outcome instanceof SpreadsheetError)) throw new Error(`expected a SpreadsheetError, got ${String(outcome)}`);
  return { err: outcome, ms, heapMb, peakRssMb };
}

const mb = (v: number) => `${v >= 0 ? '+' : ''}${v.toFixed(1)} MB`;

const minimal = () => xlsxEntries({ data: sheetXml([['name'], ['x']]) });

describe('inspectXlsxZip', () => {
  it('accepts what writeSheet produces and the minimal hand-built workbook', async () => {
    const buf = await writeSheet('S', ['a', 'b'], [['1', 2]], { notes: { a: 'note' } });
    expect(() => inspectXlsxZip(buf, DEFAULT_SHEET_LIMITS)).not.toThrow();
    expect(() => inspectXlsxZip(buildZip(minimal()), DEFAULT_SHEET_LIMITS)).not.toThrow();
  });

  describe('(d) not a zip / random bytes / truncated zip -> NOT_XLSX', () => {
    it('refuses text, random bytes, an empty buffer and PK-prefixed garbage', () => {
      expectCode(Buffer.from('name,role\nzhangsan,candidate\n'), 'NOT_XLSX');
      expectCode(randomBytes(4096), 'NOT_XLSX');
      expectCode(Buffer.alloc(0), 'NOT_XLSX');
      expectCode(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(5000)]), 'NOT_XLSX');
    });

    it('refuses every truncation of a valid file', async () => {
      const buf = await writeSheet('S', ['a'], [['x']]);
      for (const cut of [buf.length - 1, buf.length - 10, buf.length - 30, Math.floor(buf.length / 2), 100, 31]) {
        expectCode(buf.subarray(0, cut), 'NOT_XLSX');
      }
    });

    it('refuses trailing bytes after the end record and bytes prepended to the archive', async () => {
      const buf = await writeSheet('S', ['a'], [['x']]);
      expectCode(Buffer.concat([buf, Buffer.from('junk')]), 'NOT_XLSX');
      const prefixed = Buffer.concat([buildZip([{ name: 'pad', data: Buffer.from('x') }]).subarray(0, 40), buf]);
      expectCode(prefixed, 'NOT_XLSX');
    });

    it('refuses a ZIP that is not a workbook (no [Content_Types].xml or xl/workbook.xml)', () => {
      expectCode(buildZip([{ name: 'hello.txt', data: Buffer.from('hi') }]), 'NOT_XLSX');
      expectCode(buildZip(minimal().filter((e) => e.name !== 'xl/workbook.xml')), 'NOT_XLSX');
      expectCode(buildZip(minimal().filter((e) => e.name !== '[Content_Types].xml')), 'NOT_XLSX');
    });

    it('refuses ZIP64, multi-disk, encrypted, unknown methods, corrupt data and bad CRCs', () => {
      const zip64Extra = Buffer.alloc(20);
      zip64Extra.writeUInt16LE(0x0001, 0);
      zip64Extra.writeUInt16LE(16, 2);
      const withEntry = (patch: Partial<TestZipEntry>) => buildZip(minimal().map((e) => (e.name === '_rels/.rels' ? { ...e, ...patch } : e)));
      expectCode(withEntry({ centralExtra: zip64Extra }), 'NOT_XLSX');
      expectCode(withEntry({ localOffset: 0xffffffff }), 'NOT_XLSX');
      expectCode(buildZip(minimal(), { eocd: { totalEntries: 0xffff, entriesOnDisk: 0xffff } }), 'NOT_XLSX');
      expectCode(buildZip(minimal(), { eocd: { disk: 1, cdDisk: 1 } }), 'NOT_XLSX');
      expectCode(buildZip(minimal(), { eocd: { entriesOnDisk: 2 } }), 'NOT_XLSX');
      expectCode(withEntry({ flags: 0x0801 }), 'NOT_XLSX');
      expectCode(withEntry({ method: 12 }), 'NOT_XLSX');
      expectCode(withEntry({ deflated: { compressed: randomBytes(64), size: 100, crc: 0 } }), 'NOT_XLSX');
      expectCode(withEntry({ crc: 0x12345678 }), 'NOT_XLSX');
    });

    it('refuses a local header that points outside the file', () => {
      const err = expectCode(buildZip(minimal().map((e, i) => (i === 1 ? { ...e, localOffset: 10_000_000 } : e))), 'NOT_XLSX');
      expect(err.details.reason).toBe('bad local header');
    });
  });

  it('FILE_TOO_LARGE above maxFileBytes, before looking inside', () => {
    const err = expectCode(Buffer.alloc(2 * MB), 'FILE_TOO_LARGE', { ...DEFAULT_SHEET_LIMITS, maxFileBytes: MB });
    expect(err.details).toEqual({ size: 2 * MB, max: MB });
  });

  it('ZIP_TOO_MANY_ENTRIES above maxEntries', () => {
    const many = [...minimal(), ...Array.from({ length: 30 }, (_, i) => ({ name: `docProps/x${i}.xml`, data: Buffer.from('<x/>') }))];
    expectCode(buildZip(many), 'ZIP_TOO_MANY_ENTRIES', { ...DEFAULT_SHEET_LIMITS, maxEntries: 20 });
    expect(() => inspectXlsxZip(buildZip(many), { ...DEFAULT_SHEET_LIMITS, maxEntries: 40 })).not.toThrow();
  });

  it.each([
    ['absolute', '/etc/passwd'],
    ['drive letter', 'C:/x.xml'],
    ['parent reference', 'xl/../../evil.xml'],
    ['backslash', 'xl\\worksheets\\sheet2.xml'],
    ['control character', 'xl/a\u0001.xml'],
  ])('ZIP_BAD_ENTRY_NAME: %s', (_label, name) => {
    expectCode(buildZip([...minimal(), { name, data: Buffer.from('x') }]), 'ZIP_BAD_ENTRY_NAME');
  });

  it('ZIP_BAD_ENTRY_NAME: NUL in a name, duplicates, a Unicode-path extra field, local and central names that differ', () => {
    expectCode(buildZip([...minimal(), { name: 'x', rawName: Buffer.from('xl/a\u0000.xml', 'latin1'), data: Buffer.from('x') }]), 'ZIP_BAD_ENTRY_NAME');
    expectCode(buildZip([...minimal(), { name: 'xl/workbook.xml', data: Buffer.from('<x/>') }]), 'ZIP_BAD_ENTRY_NAME');
    const upath = Buffer.alloc(4 + 5 + 3);
    upath.writeUInt16LE(0x7075, 0);
    upath.writeUInt16LE(8, 2);
    expectCode(buildZip([...minimal(), { name: 'x.bin', data: Buffer.from('x'), centralExtra: upath }]), 'ZIP_BAD_ENTRY_NAME');

    // Same length so that offsets stay valid: patch only the local copy of the name.
    const buf = buildZip(minimal());
    const at = buf.indexOf('xl/worksheets/sheet1.xml');
    buf.write('xl/worksheets/sheet9.xml', at, 'latin1');
    expectCode(buf, 'ZIP_BAD_ENTRY_NAME');
  });

  describe('(b) zip bombs -> ZIP_BOMB', () => {
    it('refuses a valid-looking xlsx whose sheet1.xml inflates to 200 MB, quickly and without inflating it', () => {
      // 200 x 1 MiB of one repeated byte, deflated once per MiB-piece: ~200 KB of input.
      const bomb = deflateRepeated(Buffer.alloc(MB, 0x20), 200, SHEET_HEAD, SHEET_TAIL);
      expect(bomb.size).toBeGreaterThan(200 * MB);
      const buf = buildZip(xlsxEntries({ deflated: bomb }));
      expect(buf.length).toBeLessThan(MB);

      const { result: err, ms, heapMb } = measure(() => expectCode(buf, 'ZIP_BOMB'));
      expect(err.details.entry).toBe('xl/worksheets/sheet1.xml');
      expect(ms).toBeLessThan(1000);
      expect(heapMb).toBeLessThan(50);
      console.info(`[zip-guard] 200 MB bomb (${(buf.length / 1024).toFixed(0)} KiB file) refused as ZIP_BOMB in ${ms.toFixed(1)} ms, heapUsed ${mb(heapMb)}`);
    });

    it('refuses on the ratio alone when the total is under the cap', () => {
      const deflated = deflateRepeated(Buffer.alloc(MB), 20, SHEET_HEAD, SHEET_TAIL); // 20 MB of zeros
      const buf = buildZip(xlsxEntries({ deflated }));
      const err = expectCode(buf, 'ZIP_BOMB', { ...DEFAULT_SHEET_LIMITS, maxUncompressedBytes: 1024 * MB });
      expect(err.details.max).toBe(DEFAULT_SHEET_LIMITS.maxRatio);
      // And on the total alone when the ratio is allowed.
      expectCode(buf, 'ZIP_BOMB', { ...DEFAULT_SHEET_LIMITS, maxRatio: 1e9, maxUncompressedBytes: 10 * MB });
    });

    it('does not apply the ratio to entries under RATIO_CHECK_FLOOR_BYTES (they cannot be bombs)', () => {
      const data = Buffer.concat([SHEET_HEAD, Buffer.from(`<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(RATIO_CHECK_FLOOR_BYTES - 500)}</t></is></c></row>`), SHEET_TAIL]);
      expect(data.length).toBeLessThanOrEqual(RATIO_CHECK_FLOOR_BYTES);
      expect(() => inspectXlsxZip(buildZip(xlsxEntries({ data })), { ...DEFAULT_SHEET_LIMITS, maxRatio: 2 })).not.toThrow();
      const bigger = Buffer.concat([data, Buffer.alloc(1000, 0x20)]);
      expectCode(buildZip(xlsxEntries({ data: bigger })), 'ZIP_BOMB', { ...DEFAULT_SHEET_LIMITS, maxRatio: 2 });
    });

    it('refuses the sum of many individually small entries', () => {
      const piece = { deflated: deflateRepeated(Buffer.alloc(MB, 0x41), 2) };
      const entries = [...minimal(), ...Array.from({ length: 10 }, (_, i) => ({ name: `xl/media/p${i}.bin`, ...piece }))];
      expectCode(buildZip(entries), 'ZIP_BOMB', { ...DEFAULT_SHEET_LIMITS, maxRatio: 1e9, maxUncompressedBytes: 15 * MB });
    });

    it('refuses overlapping entries (several central records sharing one local entry)', () => {
      const entries = minimal();
      const zip = buildZip([...entries, { name: 'xl/media/a.bin', data: Buffer.alloc(1000, 1), localOffset: 0 }]);
      expectCode(zip, 'ZIP_BOMB');
    });
  });

  describe('(c) headers that lie -> ZIP_SIZE_MISMATCH', () => {
    it('refuses data that inflates larger than declared in BOTH headers, stopping at the declared size', () => {
      // 4 MB of real XML declared as 1000 bytes in the local and the central header.
      const deflated = deflateRepeated(Buffer.from('<row><c><v>1</v></c></row>'), 150_000, SHEET_HEAD, SHEET_TAIL);
      const buf = buildZip(xlsxEntries({ deflated }, { declaredSize: 1000 }));
      // Honest about the ratio: the declared size is even smaller than the compressed size.
      const { result: err, ms, heapMb } = measure(() => expectCode(buf, 'ZIP_SIZE_MISMATCH'));
      expect(err.details).toMatchObject({ entry: 'xl/worksheets/sheet1.xml', declared: 1000 });
      expect(ms).toBeLessThan(1000);
      console.info(`[zip-guard] lying header (declared 1000 B, real ${(deflated.size / MB).toFixed(1)} MB) refused as ZIP_SIZE_MISMATCH in ${ms.toFixed(1)} ms, heapUsed ${mb(heapMb)}`);
    });

    it('refuses a 200 MB bomb whose headers claim 50 KB without inflating more than 50 KB', () => {
      const bomb = deflateRepeated(Buffer.alloc(MB), 200, SHEET_HEAD, SHEET_TAIL);
      const buf = buildZip(xlsxEntries({ deflated: bomb }, { declaredSize: 50_000 }));
      const { ms } = measure(() => expectCode(buf, 'ZIP_SIZE_MISMATCH'));
      expect(ms).toBeLessThan(1000);
      console.info(`[zip-guard] 200 MB bomb declared as 50 KB refused as ZIP_SIZE_MISMATCH in ${ms.toFixed(1)} ms`);
    });

    it('refuses data that inflates smaller than declared', () => {
      const data = sheetXml([['a'], ['b']]);
      expectCode(buildZip(xlsxEntries({ data }, { declaredSize: data.length + 10 })), 'ZIP_SIZE_MISMATCH');
    });

    it('refuses local and central headers that disagree, and stored entries whose sizes differ', () => {
      const data = sheetXml([['a'], ['b']]);
      expectCode(buildZip(xlsxEntries({ data }, { localDeclaredSize: data.length - 1 })), 'ZIP_SIZE_MISMATCH');
      expectCode(buildZip(xlsxEntries({ data }, { method: 0, declaredSize: data.length + 5 })), 'ZIP_SIZE_MISMATCH');
    });

    it('accepts a data-descriptor entry whose local size is zero (the central header is authoritative)', () => {
      const data = sheetXml([['a'], ['b']]);
      expect(() => inspectXlsxZip(buildZip(xlsxEntries({ data }, { flags: 0x0808, localDeclaredSize: 0 })), DEFAULT_SHEET_LIMITS)).not.toThrow();
      // ...but still inflates it: a lie in the central header is caught all the same.
      expectCode(buildZip(xlsxEntries({ data }, { flags: 0x0808, localDeclaredSize: 0, declaredSize: 10 })), 'ZIP_SIZE_MISMATCH');
    });
  });

  describe('(e) a 1,000,000-row sheet compressed to a few MB is refused quickly with bounded memory', () => {
    const ROWS = 1_000_000;

    it('identical rows: ZIP_BOMB on the declared ratio, nothing inflated', async () => {
      const row = Buffer.from('<row><c t="inlineStr"><is><t>zhangsan</t></is></c><c><v>1</v></c></row>');
      const deflated = deflateRepeated(Buffer.concat(Array.from({ length: 1000 }, () => row)), ROWS / 1000, SHEET_HEAD, SHEET_TAIL);
      const buf = buildZip(xlsxEntries({ deflated }));
      expect(buf.length).toBeLessThan(60 * MB);

      const { err, ms, heapMb, peakRssMb } = await measureRefusal(buf);
      expect(['ZIP_BOMB', 'TOO_MANY_ROWS']).toContain(err.code);
      expect(heapMb).toBeLessThan(300);
      expect(peakRssMb).toBeLessThan(300);
      expect(ms).toBeLessThan(2000);
      console.info(
        `[zip-guard] 1M identical rows (${(deflated.size / MB).toFixed(0)} MB XML in a ${(buf.length / 1024).toFixed(0)} KiB file) refused as ${err.code} in ${ms.toFixed(1)} ms, heapUsed ${mb(heapMb)}, peak RSS ${mb(peakRssMb)}`,
      );
    });

    it('distinct rows under the ratio and size caps: really inflated, then TOO_MANY_ROWS from the pre-scan, exceljs never runs', async () => {
      // Realistic shape: a shared-string column (100 distinct values) and a distinct number per row.
      function* rows(): Generator<Buffer> {
        yield SHEET_HEAD;
        yield Buffer.from('<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row>');
        const batch = 10_000;
        for (let start = 2; start <= ROWS + 1; start += batch) {
          let s = '';
          for (let r = start; r < Math.min(start + batch, ROWS + 2); r++) s += `<row><c t="s"><v>${r % 100}</v></c><c><v>${r}</v></c></row>`;
          yield Buffer.from(s, 'latin1');
        }
        yield SHEET_TAIL;
      }
      const deflated = deflateChunks(rows(), 9);
      const strings = Array.from({ length: 100 }, (_, i) => `<si><t>用户${i}</t></si>`).join('');
      const sst = Buffer.from(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="100" uniqueCount="100">${strings}</sst>`);
      const buf = buildZip([...xlsxEntries({ deflated }), { name: 'xl/sharedStrings.xml', data: sst }]);
      expect(buf.length).toBeLessThan(4 * MB);
      expect(buf.length).toBeLessThan(DEFAULT_SHEET_LIMITS.maxFileBytes);
      expect(deflated.size).toBeLessThan(DEFAULT_SHEET_LIMITS.maxUncompressedBytes);
      expect(deflated.size / deflated.compressed.length).toBeLessThan(DEFAULT_SHEET_LIMITS.maxRatio);

      const { err, ms, heapMb, peakRssMb } = await measureRefusal(buf);
      expect(err.code).toBe('TOO_MANY_ROWS');
      expect(heapMb).toBeLessThan(300);
      expect(peakRssMb).toBeLessThan(300);
      expect(ms).toBeLessThan(5000);
      console.info(
        `[zip-guard] 1M distinct rows (${(deflated.size / MB).toFixed(0)} MB XML in a ${(buf.length / MB).toFixed(1)} MB file, ratio ${(deflated.size / deflated.compressed.length).toFixed(0)}) refused as TOO_MANY_ROWS in ${ms.toFixed(1)} ms, heapUsed ${mb(heapMb)}, peak RSS ${mb(peakRssMb)}`,
      );
    });

    it('a sheet with too many cells for maxRows x maxColumns is refused as TOO_MANY_CELLS before exceljs', () => {
      const row = `<row>${'<c><v>1</v></c>'.repeat(200)}</row>`;
      const data = Buffer.concat([SHEET_HEAD, Buffer.from(row.repeat(200)), SHEET_TAIL]);
      const limits = { ...DEFAULT_SHEET_LIMITS, maxRows: 100, maxColumns: 10, maxRatio: 1e6 };
      expectCode(buildZip(xlsxEntries({ data })), 'TOO_MANY_CELLS', limits);
    });
  });
});
