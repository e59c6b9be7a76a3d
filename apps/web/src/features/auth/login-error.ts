import type { Translate } from '../../app/i18n/i18n';
import { ApiError, NETWORK_ERROR } from '../../lib/api';

export function formatWait(seconds: number, t: Translate): string {
  return seconds >= 90 ? t('wait.minutes', { n: Math.ceil(seconds / 60) }) : t('wait.seconds', { n: seconds });
}

/** The message the login page shows for a failed sign-in. */
export function loginErrorText(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('login.invalidCredentials');
  switch (error.code) {
    case 'AUTH_INVALID_CREDENTIALS':
      return t('login.invalidCredentials');
    case 'AUTH_USER_DEACTIVATED':
      return t('login.deactivated');
    case 'AUTH_THROTTLED':
      return error.retryAfterSeconds !== null
        ? t('login.throttled', { wait: formatWait(error.retryAfterSeconds, t) })
        : t('login.throttledNoWait');
    case NETWORK_ERROR:
      return t('common.networkError');
    default:
      if (error.status === 401) return t('login.invalidCredentials');
      if (error.status === 429) return t('login.throttledNoWait');
      return t('common.operationFailed', { message: error.message });
  }
}
