import { LOGIN_THROTTLE, retryAfterSeconds } from './login-throttle';
import { checkPasswordStrength } from './password-policy';

describe('login throttle', () => {
  const now = 1_000_000_000;
  it('allows up to nine recent failures', () => {
    expect(retryAfterSeconds(Array.from({ length: 9 }, (_, i) => now - i * 1000), now)).toBe(0);
  });
  it('refuses the eleventh attempt until the tenth-newest failure leaves the window', () => {
    const failures = Array.from({ length: 10 }, (_, i) => now - i * 60_000); // oldest 9 min ago
    expect(retryAfterSeconds(failures, now)).toBe(6 * 60);
  });
  it('ignores failures older than the window', () => {
    const failures = Array.from({ length: 10 }, (_, i) => now - LOGIN_THROTTLE.windowMs - i);
    expect(retryAfterSeconds(failures, now)).toBe(0);
  });
});

describe('password strength', () => {
  it.each([
    ['short', 'Ab1!', 'TOO_SHORT'],
    ['common', 'password1', 'TOO_COMMON'],
    ['repeated', 'aaaaaaaaaa', 'TOO_COMMON'],
    ['username', 'zhangsan01', 'SAME_AS_USERNAME'],
  ])('refuses a %s password', (_n, pw, code) => {
    expect(checkPasswordStrength(pw, 'zhangsan01')?.code).toBe(code);
  });
  it('accepts a reasonable password', () => {
    expect(checkPasswordStrength('Tele-Cert-2026', 'zhangsan01')).toBeNull();
  });
});
