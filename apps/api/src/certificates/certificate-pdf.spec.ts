import zlib from 'node:zlib';
import QRCode from 'qrcode';
import { chineseDate, renderCertificatePdf } from './certificate-pdf';
import { publicBaseUrl, verifyUrl } from './verify-url';

/** Every stream of the PDF, inflated where it is compressed. */
function streams(pdf: Buffer): string[] {
  const out: string[] = [];
  const text = pdf.toString('latin1');
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    const raw = pdf.subarray(start, end);
    try {
      out.push(zlib.inflateSync(raw).toString('latin1'));
    } catch {
      out.push(raw.toString('latin1'));
    }
  }
  return out;
}

/** The code points a ToUnicode CMap maps glyphs to (pdfkit writes bfrange arrays of <hex>). */
function mappedCodePoints(pdf: Buffer): Set<number> {
  const cps = new Set<number>();
  for (const s of streams(pdf).filter((x) => x.includes('begincmap'))) {
    for (const hex of s.match(/<([0-9a-fA-F]{4,8})>/g) ?? []) cps.add(parseInt(hex.slice(1, -1), 16));
  }
  return cps;
}

describe('certificate PDF', () => {
  const input = {
    code: 'CM-2026-ABCDE-12345', holderName: '欧阳晓明', trackName: 'VIP客户服务经理', levelName: '三级(中级)',
    issuedAt: new Date('2026-11-27T02:00:00Z'), effectiveAt: new Date('2026-11-27T02:00:00Z'), revokedAt: null,
    verifyUrl: verifyUrl('https://cert.example.cn/', 'CM-2026-ABCDE-12345'),
  };

  it('is a PDF with the Chinese font embedded (subset), the holder’s name as extractable text and the verification link', async () => {
    const pdf = await renderCertificatePdf(input);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(text).toContain('/FontFile2');
    expect(text).toContain('/ToUnicode');
    const cps = mappedCodePoints(pdf);
    for (const ch of '欧阳晓明岗位技能认证证书三级') expect(cps).toContain(ch.codePointAt(0));
    expect(text).toContain(`/URI (${input.verifyUrl})`);
    // Subsetting keeps the file small although the font file is ~10 MB.
    expect(pdf.length).toBeLessThan(200_000);
  });

  it('encodes the verification URL <public base>/verify/:code in the QR code', () => {
    expect(input.verifyUrl).toBe('https://cert.example.cn/verify/CM-2026-ABCDE-12345');
    expect(publicBaseUrl({ publicBaseUrl: null }, { protocol: 'http', host: '127.0.0.1:3000' })).toBe('http://127.0.0.1:3000');
    expect(publicBaseUrl({ publicBaseUrl: 'https://cert.example.cn' }, { protocol: 'http', host: 'internal:3000' })).toBe('https://cert.example.cn');
    const qr = QRCode.create(input.verifyUrl, { errorCorrectionLevel: 'M' });
    expect(qr.segments.map((s) => Buffer.from(s.data as unknown as Uint8Array).toString()).join('')).toBe(input.verifyUrl);
  });

  it('marks a revoked certificate and prints dates as read in China', async () => {
    const pdf = await renderCertificatePdf({ ...input, revokedAt: new Date('2026-12-01T20:00:00Z') });
    expect(mappedCodePoints(pdf)).toContain('撤'.codePointAt(0));
    expect(chineseDate(new Date('2026-12-01T20:00:00Z'))).toBe('2026年12月2日');
  });
});
