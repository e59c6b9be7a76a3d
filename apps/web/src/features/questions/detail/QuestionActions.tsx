import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Popconfirm, Space, Typography } from 'antd';
import type { QuestionDto } from '@cm/contracts';
import { useAuth, useCurrentUser } from '../../../app/auth/auth-context';
import { useI18n } from '../../../app/i18n/i18n';
import { isApiError } from '../../../lib/api';
import { testId } from '../../../lib/test-id';
import { useErrorText } from '../../../lib/use-error-text';
import { useApproveQuestion, useRetireQuestion, useSubmitQuestion } from '../api';
import { RejectModal } from './RejectModal';

/** What the signed-in user may do with the question in its state: submit (the version's
 * author), approve / reject (another trainer; the author gets the server's refusal), retire
 * (trainer, officer), edit (trainer; makes a new version). */
export function QuestionActions({ question }: { question: QuestionDto }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const { hasRole } = useAuth();
  const { errorText } = useErrorText();
  const submit = useSubmitQuestion();
  const approve = useApproveQuestion();
  const retire = useRetireQuestion();
  const [rejecting, setRejecting] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const trainer = hasRole('trainer');
  const mine = question.authorId === me.id;
  const { status } = question;

  const run = (mutation: typeof submit, done: string) => () => {
    setRefusal(null);
    mutation.mutate(question.id, {
      onSuccess: () => void message.success(done),
      onError: (error) => {
        if (isApiError(error, 'QUESTION_SELF_REVIEW')) setRefusal(error.message);
        else if (isApiError(error, 'CONFLICT')) setRefusal(t('qd.conflict', { message: error.message }));
        else setRefusal(t('common.operationFailed', { message: errorText(error) }));
      },
    });
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="question-actions">
      <Space wrap>
        {trainer && status === 'draft' && mine && (
          <Button type="primary" loading={submit.isPending} onClick={run(submit, t('qd.submitted'))} data-testid="question-submit">
            {t('qd.submit')}
          </Button>
        )}
        {trainer && status === 'in_review' && (
          <>
            <Button type={mine ? 'default' : 'primary'} loading={approve.isPending} onClick={run(approve, t('qd.approved'))} data-testid="question-approve">
              {t('qd.approve')}
            </Button>
            <Button danger onClick={() => setRejecting(true)} data-testid="question-reject">
              {t('qd.reject')}
            </Button>
          </>
        )}
        {trainer && status !== 'retired' && (
          <Button onClick={() => void navigate(`/questions/${question.id}/edit`)} data-testid="question-edit">
            {t('qd.edit')}
          </Button>
        )}
        {status !== 'retired' && (
          <Popconfirm
            title={t('qd.confirmRetire')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true, ...testId('question-retire-confirm') }}
            onConfirm={run(retire, t('qd.retired'))}
          >
            <Button danger type="text" loading={retire.isPending} data-testid="question-retire">
              {t('qd.retire')}
            </Button>
          </Popconfirm>
        )}
      </Space>
      {trainer && status === 'in_review' && mine && <Typography.Text type="secondary">{t('qd.selfReviewHint')}</Typography.Text>}
      {trainer && status === 'draft' && !mine && <Typography.Text type="secondary">{t('qd.notAuthorHint')}</Typography.Text>}
      {refusal && <Alert type="error" showIcon closable={{ onClose: () => setRefusal(null) }} title={refusal} data-testid="question-action-error" />}
      <RejectModal question={rejecting ? question : null} onClose={() => setRejecting(false)} onRefused={setRefusal} />
    </Space>
  );
}
