import { useNavigate } from 'react-router-dom';
import { App } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { useErrorText } from '../../lib/use-error-text';
import { useCreatePracticeSet } from './api';

/** Starts a practice set (a chapter's, or the 错题本's) and opens it. */
export function useStartPractice() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const create = useCreatePracticeSet();
  const navigate = useNavigate();
  const start = (body: Parameters<typeof create.mutate>[0]) =>
    create.mutate(body, {
      onSuccess: (set) => navigate(`/training/practice/${set.id}`),
      onError: (error) => void message.error(t('common.operationFailed', { message: errorText(error) })),
    });
  return { start, pending: create.isPending, variables: create.variables };
}
