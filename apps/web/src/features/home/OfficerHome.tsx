import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Space } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { OverdueRatingsCard } from '../ratings/OverdueRatingsCard';
import { settingsQueryOptions } from '../settings/api';
import { tracksQueryOptions } from '../syllabus/api';
import { userCountQueryOptions } from '../users/api';
import { SectionTitle, StatRow } from './StatCard';

export function OfficerHome() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const candidates = useQuery(userCountQueryOptions({ role: 'candidate', active: 'true' }));
  const users = useQuery(userCountQueryOptions());
  const tracks = useQuery({ ...tracksQueryOptions(), select: (list) => list.length });
  const settings = useQuery({ ...settingsQueryOptions(), select: (page) => page.total });

  return (
    <Card data-testid="home-officer">
      <SectionTitle testId="home-officer-title">{t('home.officer.title')}</SectionTitle>
      <StatRow
        stats={[
          { key: 'candidates', title: t('home.stat.candidates'), query: candidates },
          { key: 'officer-users', title: t('home.stat.users'), query: users },
          { key: 'tracks', title: t('home.stat.tracks'), query: tracks },
          { key: 'officer-settings', title: t('home.stat.settings'), query: settings },
        ]}
      />
      <Space wrap style={{ marginTop: 16 }}>
        <Button type="primary" onClick={() => void navigate('/users')}>
          {t('nav.userList')}
        </Button>
        <Button onClick={() => void navigate('/syllabus')}>{t('nav.syllabus')}</Button>
        <Button onClick={() => void navigate('/settings')}>{t('nav.settings')}</Button>
      </Space>
      <div style={{ marginTop: 16 }}>
        <OverdueRatingsCard />
      </div>
    </Card>
  );
}
