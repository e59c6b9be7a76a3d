import { App, Form, Input, Modal } from 'antd';
import { useI18n } from '../../../app/i18n/i18n';
import { isApiError } from '../../../lib/api';
import { testId } from '../../../lib/test-id';
import { useErrorText } from '../../../lib/use-error-text';
import { useRejectQuestion } from '../api';

/** Returns a question in review to its author with a comment. A refusal the page should show
 * (e.g. 403 `QUESTION_SELF_REVIEW`) goes to `onRefused`. */
export function RejectModal({
  question,
  onClose,
  onRefused,
}: {
  question: { id: string } | null;
  onClose: () => void;
  onRefused?: (text: string) => void;
}) {
  return question ? <RejectForm id={question.id} onClose={onClose} onRefused={onRefused} /> : null;
}

function RejectForm({ id, onClose, onRefused }: { id: string; onClose: () => void; onRefused?: (text: string) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { reportFormError } = useErrorText();
  const [form] = Form.useForm<{ comment: string }>();
  const reject = useRejectQuestion();

  const onFinish = ({ comment }: { comment: string }) => {
    reject.mutate(
      { id, comment: comment.trim() },
      {
        onSuccess: () => {
          void message.success(t('qd.rejected'));
          onClose();
        },
        onError: (error) => {
          if (onRefused && (isApiError(error, 'QUESTION_SELF_REVIEW') || isApiError(error, 'CONFLICT'))) {
            onRefused(error.message);
            onClose();
          } else {
            reportFormError(form, error, ['comment']);
          }
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('qd.rejectTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('qd.reject')}
      okButtonProps={{ danger: true, ...testId('reject-confirm') }}
      cancelText={t('common.cancel')}
      confirmLoading={reject.isPending}
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name="comment" label={t('qd.rejectComment')} rules={[{ required: true, whitespace: true, message: t('qd.rejectCommentRequired') }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="reject-comment" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
