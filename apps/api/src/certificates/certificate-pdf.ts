import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/** The certificate as a PDF: A4 landscape, Noto Sans SC embedded (pdfkit subsets it to the
 * characters used, so the file stays small and needs no system font), and a QR code whose
 * payload is the public verification URL. */

export interface CertificatePdfInput {
  code: string;
  holderName: string;
  trackName: string;
  levelName: string;
  issuedAt: Date;
  effectiveAt: Date;
  revokedAt: Date | null;
  verifyUrl: string;
}

let fontCache: Buffer | null = null;
/** The OFL font from the npm package @expo-google-fonts/noto-sans-sc (read once). */
export function cjkFont(): Buffer {
  if (!fontCache) {
    const dir = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
    fontCache = fs.readFileSync(path.join(dir, '400Regular', 'NotoSansSC_400Regular.ttf'));
  }
  return fontCache;
}

/** Dates as people in China read them: 2026年11月27日 (Asia/Shanghai). */
export function chineseDate(d: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}年${Number(get('month'))}月${Number(get('day'))}日`;
}

/** Draws the QR code of `payload` as vector squares at (x, y), `size` points wide. */
function drawQr(doc: PDFKit.PDFDocument, payload: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 2;
  const cell = size / (n + 2 * quiet);
  doc.save().rect(x, y, size, size).fill('#ffffff');
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (qr.modules.get(r, c)) doc.rect(x + (c + quiet) * cell, y + (r + quiet) * cell, cell, cell);
    }
  }
  doc.fill('#000000').restore();
}

export function renderCertificatePdf(c: CertificatePdfInput): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4', layout: 'landscape', margin: 48,
      info: { Title: `岗位技能认证证书 ${c.code}`, Author: '客户经理认证考试与培训平台', Subject: `${c.trackName} ${c.levelName}` },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (b: Buffer) => chunks.push(b));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    doc.registerFont('cjk', cjkFont());
    doc.font('cjk');
    const W = doc.page.width;
    const H = doc.page.height;
    doc.lineWidth(3).strokeColor('#8a6d3b').rect(24, 24, W - 48, H - 48).stroke();
    doc.lineWidth(1).rect(32, 32, W - 64, H - 64).stroke();

    doc.fillColor('#8a1c1c').fontSize(36).text('岗位技能认证证书', 0, 88, { align: 'center', width: W });
    doc.fillColor('#333333').fontSize(13).text('客户经理认证考试与培训平台', 0, 138, { align: 'center', width: W });

    doc.fillColor('#000000').fontSize(20);
    doc.text(`兹证明  ${c.holderName}`, 110, 200, { width: W - 220 });
    doc.fontSize(16).text(`通过 ${c.trackName} 岗位技能认证,认证级别为 ${c.levelName},特发此证。`, 110, 246, { width: W - 220 });

    doc.fontSize(12).fillColor('#333333');
    doc.text(`证书编号:${c.code}`, 110, 330);
    doc.text(`生效日期:${chineseDate(c.effectiveAt)}`, 110, 352);
    doc.text(`发证日期:${chineseDate(c.issuedAt)}`, 110, 374);

    const qrSize = 120;
    const qrX = W - 110 - qrSize;
    const qrY = 300;
    drawQr(doc, c.verifyUrl, qrX, qrY, qrSize);
    // The QR code is also a link, for whoever reads the PDF on screen.
    doc.link(qrX, qrY, qrSize, qrSize, c.verifyUrl);
    doc.fontSize(9).fillColor('#333333').text('扫码验证证书真伪', qrX - 20, qrY + qrSize + 6, { width: qrSize + 40, align: 'center' });
    doc.fontSize(8).text(c.verifyUrl, 110, H - 84, { width: W - 220, align: 'center' });

    if (c.revokedAt) {
      doc.save().rotate(-18, { origin: [W / 2, H / 2] }).fontSize(56).fillColor('#cc0000').fillOpacity(0.35)
        .text(`已撤销 ${chineseDate(c.revokedAt)}`, 0, H / 2 - 40, { align: 'center', width: W }).restore();
    }
    doc.end();
  });
}
