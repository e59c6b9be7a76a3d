/** Certificate codes and the public view of a holder's name. Randomness is an argument. */

/** Crockford base32: no I, L, O, U — nothing to misread when typed from paper. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `CM-<year>-<5>-<5>`: 10 random base32 characters (50 bits) after the issue year. */
export function certificateCode(year: number, random: Uint8Array): string {
  if (random.length < 10) throw new Error('certificateCode needs 10 random bytes');
  const chars = Array.from(random.slice(0, 10), (b) => ALPHABET[b & 31]).join('');
  return `CM-${year}-${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** Normalises a typed code: trims, upper-cases, reads I/L as 1 and O as 0 (Crockford). */
export function normaliseCertificateCode(input: string): string {
  return input.trim().toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
}

export const CERTIFICATE_CODE_PATTERN = /^CM-\d{4}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;

/** 张三 → 张*, 张晓明 → 张*明, 欧阳晓明 → 欧**明: only the first and last characters show. */
export function maskHolderName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** The last instant an appeal may be filed: the decision time plus the window. */
export function appealDeadline(decidedAt: Date, windowDays: number): Date {
  return new Date(decidedAt.getTime() + windowDays * 86_400_000);
}
