import type { ComponentType } from 'react';
import { Card, Space, Typography } from 'antd';
import type { Role } from '@cm/contracts';
import { useCurrentUser } from '../../app/auth/auth-context';
import { RoleTags } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { AdminHome } from './AdminHome';
import { CandidateHome } from './CandidateHome';
import { OfficerHome } from './OfficerHome';
import { TrainerHome } from './TrainerHome';

const SECTIONS: Record<Role, ComponentType> = {
  admin: AdminHome,
  officer: OfficerHome,
  trainer: TrainerHome,
  candidate: CandidateHome,
};
const ORDER: readonly Role[] = ['admin', 'officer', 'trainer', 'candidate'];

/** One home for everyone: a greeting, then a section per role the user holds. */
export function HomePage() {
  const user = useCurrentUser();
  const { t } = useI18n();
  const roles = ORDER.filter((role) => user.roles.includes(role));
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="home-page">
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="home-greeting">
          {t('home.greeting', { name: user.displayName })}
        </Typography.Title>
        <Space wrap data-testid="home-roles">
          <Typography.Text type="secondary">{t('home.roles')}</Typography.Text>
          <RoleTags roles={roles} />
        </Space>
      </Card>
      {roles.map((role) => {
        const Section = SECTIONS[role];
        return <Section key={role} />;
      })}
    </Space>
  );
}
