import { appealDeadline, CERTIFICATE_CODE_PATTERN, certificateCode, maskHolderName, normaliseCertificateCode } from './certificate';

describe('certificate codes and holder names', () => {
  it('formats 10 random base32 characters after the year', () => {
    const code = certificateCode(2026, new Uint8Array([0, 1, 2, 31, 30, 10, 11, 12, 13, 255]));
    expect(code).toBe('CM-2026-012ZY-ABCDZ');
    expect(code).toMatch(CERTIFICATE_CODE_PATTERN);
    expect(() => certificateCode(2026, new Uint8Array(4))).toThrow();
  });

  it('reads a typed code the Crockford way', () => {
    expect(normaliseCertificateCode(' cm-2026-o12zy-abcdz ')).toBe('CM-2026-012ZY-ABCDZ');
    expect(normaliseCertificateCode('cm-2026-il2zy-abcdz')).toBe('CM-2026-112ZY-ABCDZ');
  });

  it('masks every character but the first and last', () => {
    expect(maskHolderName('张晓明')).toBe('张*明');
    expect(maskHolderName('张三')).toBe('张*');
    expect(maskHolderName('欧阳晓明')).toBe('欧**明');
    expect(maskHolderName('王')).toBe('*');
  });

  it('closes the appeal window after the given days', () => {
    expect(appealDeadline(new Date('2026-01-01T00:00:00Z'), 30).toISOString()).toBe('2026-01-31T00:00:00.000Z');
  });
});
