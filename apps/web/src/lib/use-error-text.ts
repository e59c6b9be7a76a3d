import { useCallback } from 'react';
import type { FieldProblem } from '@cm/contracts';
import { useI18n } from '../app/i18n/i18n';
import { ApiError, NETWORK_ERROR } from './api';

/** Human text for an error: the network message, a localised field code, or the server's text. */
export function useErrorText() {
  const { t, tOr, locale } = useI18n();
  const errorText = useCallback(
    (error: unknown): string => {
      if (error instanceof ApiError && error.code === NETWORK_ERROR) return t('common.networkError');
      if (error instanceof Error) return error.message;
      return String(error);
    },
    [t],
  );
  const fieldProblemText = useCallback(
    (problem: FieldProblem): string => {
      // Chinese server text is kept as is; otherwise the zh-CN UI names the problem in Chinese
      // and keeps the server's detail beside it.
      if (locale === 'en' || /[\u4e00-\u9fff]/.test(problem.message)) return problem.message;
      const label = tOr(`fieldError.${problem.code}`, '');
      if (!label) return problem.message;
      return problem.message ? `${label}（${problem.message}）` : label;
    },
    [tOr, locale],
  );
  /** A 400 `PASSWORD_TOO_WEAK`: the server's own Chinese reason (e.g. “same as the current
   * password”) in the zh-CN UI, else the general rule. */
  const weakPasswordText = useCallback(
    (error: unknown): string => {
      const reason = error instanceof ApiError ? error.fieldProblems[0]?.message : undefined;
      return locale === 'zh-CN' && reason && /[\u4e00-\u9fff]/.test(reason) ? reason : t('password.tooWeak');
    },
    [locale, t],
  );
  return { errorText, fieldProblemText, weakPasswordText };
}
