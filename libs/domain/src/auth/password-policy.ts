/** Passwords under 8 characters, common ones, or ones equal to the username are too weak
 * (api-contract.md: PASSWORD_TOO_WEAK). */
const COMMON = new Set([
  '12345678', '123456789', '1234567890', '11111111', '00000000', '88888888', '66666666', '87654321', '12341234',
  'password', 'password1', 'passw0rd', 'p@ssw0rd', 'qwertyui', 'qwerty123', 'qwertyuiop', 'abcd1234', 'abc12345',
  'abcdefgh', 'iloveyou', 'admin123', 'admin1234', 'administrator', 'welcome1', 'letmein1', '1qaz2wsx', 'zaq12wsx',
  'a1234567', 'aa123456', 'asdfghjk', 'asdf1234', '1q2w3e4r', '1q2w3e4r5t', 'q1w2e3r4', 'woaini1314', 'woaini520',
  '5201314a', 'changeme', 'chinatelecom', 'telecom123', 'test1234', 'user1234', '123123123', '147258369', '123qweasd',
]);

export interface PasswordProblem {
  code: 'TOO_SHORT' | 'TOO_COMMON' | 'SAME_AS_USERNAME';
  message: string;
}

export function checkPasswordStrength(password: string, username?: string): PasswordProblem | null {
  if ([...password].length < 8) return { code: 'TOO_SHORT', message: '密码至少需要 8 个字符' };
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(password)) return { code: 'TOO_COMMON', message: '密码过于常见,请换一个更难猜的密码' };
  if (username && lower === username.toLowerCase()) return { code: 'SAME_AS_USERNAME', message: '密码不能与用户名相同' };
  return null;
}
