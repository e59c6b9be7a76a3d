import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useCurrentUser } from '../../app/auth/auth-context';
import { useI18n } from '../../app/i18n/i18n';
import { isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/use-error-text';
import { useChangePassword, useLogout } from './api';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordPage({ forced }: { forced: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [form] = Form.useForm<PasswordValues>();
  const change = useChangePassword();
  const logout = useLogout();
  const { weakPasswordText, reportFormError } = useErrorText();

  const onFinish = (values: PasswordValues) => {
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          void message.success(t('password.changed'));
          form.resetFields();
          void navigate('/', { replace: true });
        },
        onError: (error) => {
          if (isApiError(error, 'PASSWORD_TOO_WEAK')) {
            form.setFields([{ name: 'newPassword', errors: [weakPasswordText(error)] }]);
          } else if (isApiError(error, 'PASSWORD_WRONG')) {
            form.setFields([{ name: 'currentPassword', errors: [t('password.wrong')] }]);
          } else {
            reportFormError(form, error, ['currentPassword', 'newPassword']);
          }
        },
      },
    );
  };

  const card = (
    <Card style={{ width: '100%', maxWidth: 440 }} data-testid="change-password-page">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('password.title')}
        </Typography.Title>
        {forced && <Alert type="warning" showIcon title={t('password.forcedNotice')} data-testid="password-forced" />}
        <Typography.Text type="secondary">{t('password.account', { name: user.displayName, username: user.username })}</Typography.Text>
        <Form<PasswordValues> form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('password.currentRequired') }]}>
            <Input.Password autoComplete="current-password" data-testid="password-current" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.new')}
            extra={t('password.hint')}
            rules={[{ required: true, message: t('password.newRequired') }]}
          >
            <Input.Password autoComplete="new-password" data-testid="password-new" />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.newRequired') },
              ({ getFieldValue }) => ({
                validator: (_rule, value: unknown) =>
                  !value || getFieldValue('newPassword') === value ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="password-confirm" />
          </Form.Item>
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="password-submit">
              {t('common.save')}
            </Button>
            {forced ? (
              <Button onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })} data-testid="logout">
                {t('nav.logout')}
              </Button>
            ) : (
              <Button onClick={() => void navigate(-1)}>{t('common.cancel')}</Button>
            )}
          </Space>
        </Form>
      </Space>
    </Card>
  );

  return forced ? <div className="full-page-center login-page">{card}</div> : card;
}
