import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { LanguageSwitch } from '../../app/layout/HeaderBar';
import { useI18n } from '../../app/i18n/i18n';
import { useLogin } from './api';
import { loginErrorText } from './login-error';

interface LoginValues {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useI18n();
  const login = useLogin();

  // On success `me` is set and RedirectIfSignedIn takes the user back where they were going.
  const onFinish = (values: LoginValues) => {
    login.mutate({ username: values.username.trim(), password: values.password });
  };

  return (
    <div className="full-page-center login-page">
      <Card className="login-card" data-testid="login-page">
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
            <Typography.Text type="secondary">{t('app.title')}</Typography.Text>
            <LanguageSwitch />
          </div>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="login-title">
              {t('login.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
          </div>
          {login.isError && (
            <Alert type="error" showIcon title={loginErrorText(login.error, t)} data-testid="login-error" />
          )}
          <Form<LoginValues> layout="vertical" onFinish={onFinish} requiredMark={false} data-testid="login-form">
            <Form.Item
              name="username"
              label={t('login.username')}
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input autoComplete="username" autoFocus data-testid="login-username" />
            </Form.Item>
            <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password autoComplete="current-password" data-testid="login-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
              {t('login.submit')}
            </Button>
          </Form>
        </Space>
      </Card>
    </div>
  );
}
