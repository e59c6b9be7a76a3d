import { App, Form, Input, Modal } from 'antd';
import type { UserDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { isApiError } from '../../lib/api';
import { testId } from '../../lib/test-id';
import { useErrorText } from '../../lib/use-error-text';
import { useResetPassword } from './api';

interface ResetValues {
  newPassword: string;
}

export function ResetPasswordModal({ user, onClose }: { user: UserDto | null; onClose: () => void }) {
  return user ? <ResetPasswordDialog key={user.id} user={user} onClose={onClose} /> : null;
}

function ResetPasswordDialog({ user, onClose }: { user: UserDto; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetValues>();
  const reset = useResetPassword();
  const { weakPasswordText, reportFormError } = useErrorText();

  const onFinish = ({ newPassword }: ResetValues) => {
    reset.mutate(
      { id: user.id, newPassword },
      {
        onSuccess: () => {
          void message.success(t('users.reset.done'));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 'PASSWORD_TOO_WEAK')) {
            form.setFields([{ name: 'newPassword', errors: [weakPasswordText(error)] }]);
            return;
          }
          reportFormError(form, error, ['newPassword']);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('users.reset.title', { name: user.displayName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      okButtonProps={{ ...testId('reset-password-submit') }}
    >
      <Form<ResetValues> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={t('users.form.passwordHint')}
          rules={[{ required: true, message: t('password.newRequired') }]}
        >
          <Input.Password autoComplete="new-password" data-testid="reset-password-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
