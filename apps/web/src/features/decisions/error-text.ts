import { useCallback } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import { ApiError } from '../../lib/api';
import { useErrorText } from '../../lib/use-error-text';

/** Error codes of ratings, decisions and certificates with their own message in the catalogs. */
const MAPPED = new Set([
  'DECISION_SEPARATION_OF_DUTIES',
  'DECISION_NOT_AWARDED',
  'RATING_EVIDENCE_REQUIRED',
  'RATING_INCOMPLETE',
  'RATING_ALREADY_SUBMITTED',
  'APPEAL_WINDOW_CLOSED',
  'FORBIDDEN',
  'NOT_FOUND',
]);

/** Clear text for the errors of the level pages: a stable code maps to its own message (the
 * server's Chinese detail kept beside it where it says more), a 400 lists its fields. */
export function useLevelErrorText() {
  const { t, tOr, locale, formatDateTime } = useI18n();
  const { errorText, fieldProblemText } = useErrorText();

  const fieldList = useCallback(
    (error: unknown): string[] => (error instanceof ApiError ? error.fieldProblems.map((problem) => fieldProblemText(problem)) : []),
    [fieldProblemText],
  );

  const levelErrorText = useCallback(
    (error: unknown): string => {
      if (!(error instanceof ApiError)) return errorText(error);
      if (error.code === 'APPEAL_WINDOW_CLOSED') {
        const deadline = typeof error.details['deadline'] === 'string' ? formatDateTime(error.details['deadline']) : '';
        return t('lvErr.APPEAL_WINDOW_CLOSED', { deadline, days: String(error.details['windowDays'] ?? '') });
      }
      if (MAPPED.has(error.code)) return tOr(`lvErr.${error.code}`, error.message);
      if (error.code === 'VALIDATION_FAILED') {
        const fields = fieldList(error);
        return fields.length ? t('lvErr.validation', { fields: fields.join(t('common.listSeparator')) }) : errorText(error);
      }
      // 409s carry a specific Chinese reason (e.g. a pending request exists).
      if (error.code === 'CONFLICT') return locale === 'zh-CN' && error.message ? error.message : t('lvErr.CONFLICT');
      return errorText(error);
    },
    [errorText, fieldList, formatDateTime, locale, t, tOr],
  );

  return { levelErrorText, fieldList };
}
