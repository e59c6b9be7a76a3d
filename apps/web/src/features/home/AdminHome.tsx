import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Space } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { orgUnitsQueryOptions } from '../org-units/api';
import { settingsQueryOptions } from '../settings/api';
import { userCountQueryOptions } from '../users/api';
import { SectionTitle, StatRow } from './StatCard';

export function AdminHome() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const users = useQuery(userCountQueryOptions());
  const activeUsers = useQuery(userCountQueryOptions({ active: 'true' }));
  const orgUnits = useQuery({ ...orgUnitsQueryOptions(), select: (units) => units.length });
  const settings = useQuery({ ...settingsQueryOptions(), select: (page) => page.total });

  return (
    <Card data-testid="home-admin">
      <SectionTitle testId="home-admin-title">{t('home.admin.title')}</SectionTitle>
      <StatRow
        stats={[
          { key: 'users', title: t('home.stat.users'), query: users },
          { key: 'active-users', title: t('home.stat.activeUsers'), query: activeUsers },
          { key: 'org-units', title: t('home.stat.orgUnits'), query: orgUnits },
          { key: 'settings', title: t('home.stat.settings'), query: settings },
        ]}
      />
      <Space wrap style={{ marginTop: 16 }}>
        <Button type="primary" onClick={() => void navigate('/users')}>
          {t('nav.users')}
        </Button>
        <Button onClick={() => void navigate('/org-units')}>{t('nav.orgUnits')}</Button>
        <Button onClick={() => void navigate('/settings')}>{t('nav.settings')}</Button>
      </Space>
    </Card>
  );
}
