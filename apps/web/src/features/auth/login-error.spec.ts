import { describe, expect, it } from '@jest/globals';
import { zhCN, type MessageKey } from '../../app/i18n/zh-CN';
import { ApiError } from '../../lib/api';
import { loginErrorText } from './login-error';

const t = (key: MessageKey, vars?: Record<string, string | number>) =>
  zhCN[key].replace(/\{(\w+)\}/g, (_match, name: string) => String(vars?.[name] ?? ''));

const apiError = (status: number, code: string, retryAfterSeconds: number | null = null) =>
  new ApiError({ status, code, message: code, retryAfterSeconds });

describe('loginErrorText', () => {
  it('explains each login failure in Chinese', () => {
    expect(loginErrorText(apiError(401, 'AUTH_INVALID_CREDENTIALS'), t)).toBe('用户名或密码错误');
    expect(loginErrorText(apiError(401, 'AUTH_USER_DEACTIVATED'), t)).toBe('账号已停用，请联系管理员');
    expect(loginErrorText(apiError(429, 'AUTH_THROTTLED', 45), t)).toBe('登录失败次数过多，请在 45 秒后重试');
    expect(loginErrorText(apiError(429, 'AUTH_THROTTLED', 600), t)).toBe('登录失败次数过多，请在 10 分钟后重试');
    expect(loginErrorText(apiError(429, 'AUTH_THROTTLED'), t)).toBe('登录失败次数过多，请稍后重试');
    expect(loginErrorText(apiError(0, 'NETWORK_ERROR'), t)).toBe('无法连接服务器，请检查网络后重试');
  });
});
