import { useCallback } from 'react';
import { App } from 'antd';
import type { FieldProblem } from '@cm/contracts';
import { useI18n } from '../app/i18n/i18n';
import { ApiError, NETWORK_ERROR } from './api';
import { applyFieldErrors } from './form-errors';

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
      return problem.message ? t('fieldError.withDetail', { label, detail: problem.message }) : label;
    },
    [t, tOr, locale],
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
  const { message } = App.useApp();
  /** Puts a 400's field problems on `form`; whatever fits no field (or any other error) is
   * shown as a message. */
  const reportFormError = useCallback(
    (form: Parameters<typeof applyFieldErrors>[0], error: unknown, fields: Parameters<typeof applyFieldErrors>[2]) => {
      const unmatched = applyFieldErrors(form, error, fields, fieldProblemText);
      if (unmatched !== null && unmatched.length === 0) return;
      const text = unmatched?.length ? unmatched.join(t('common.listSeparator')) : errorText(error);
      void message.error(t('common.operationFailed', { message: text }));
    },
    [fieldProblemText, errorText, message, t],
  );
  return { errorText, fieldProblemText, weakPasswordText, reportFormError };
}
