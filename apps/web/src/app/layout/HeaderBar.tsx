import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { App, Button, Dropdown, Layout, Segmented, Space, Typography } from 'antd';
import { useLogout } from '../../features/auth/api';
import { useCurrentUser } from '../auth/auth-context';
import { LOCALES, useI18n, type Locale } from '../i18n/i18n';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <Segmented<Locale>
      size="small"
      value={locale}
      onChange={setLocale}
      options={LOCALES.map((value) => ({ value, label: t(`lang.${value}`) }))}
      aria-label={t('lang.label')}
      data-testid="lang-switch"
    />
  );
}

export function HeaderBar({ menuButton }: { menuButton: ReactNode }) {
  const user = useCurrentUser();
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const logout = useLogout();

  const onLogout = () => {
    logout.mutate(undefined, {
      onSettled: () => void navigate('/login', { replace: true }),
      onError: (error) => void message.error(t('common.operationFailed', { message: error.message })),
    });
  };

  return (
    <Layout.Header className="app-header">
      <Space size="middle">
        {menuButton}
        <Typography.Text strong className="app-header-title">
          {t('app.title')}
        </Typography.Text>
      </Space>
      <Space size="middle">
        <LanguageSwitch />
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'password', label: <span data-testid="change-password-link">{t('nav.changePassword')}</span> },
              { type: 'divider' },
              { key: 'logout', label: <span data-testid="logout">{t('nav.logout')}</span> },
            ],
            onClick: ({ key }) => {
              if (key === 'logout') onLogout();
              else void navigate('/account/password');
            },
          }}
        >
          <Button type="text" data-testid="user-menu">
            {user.displayName} ▾
          </Button>
        </Dropdown>
      </Space>
    </Layout.Header>
  );
}
