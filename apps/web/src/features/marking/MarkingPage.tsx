import { Card, Tabs } from 'antd';
import { useAuth } from '../../app/auth/auth-context';
import { useI18n } from '../../app/i18n/i18n';
import { MarkerDesk } from './MarkerDesk';
import { MarkingAdmin } from './MarkingAdmin';

/** /marking: a trainer's desk (阅卷), an officer's overview (阅卷管理), or both as tabs. */
export function MarkingPage() {
  const { t } = useI18n();
  const { hasRole } = useAuth();
  const trainer = hasRole('trainer');
  const officer = hasRole('officer');
  const title = officer && !trainer ? t('marking.adminTitle') : t('marking.title');
  return (
    <Card title={title} data-testid="marking-page">
      {trainer && officer ? (
        <Tabs
          items={[
            { key: 'desk', label: t('marking.title'), children: <MarkerDesk /> },
            { key: 'admin', label: t('marking.adminTitle'), children: <MarkingAdmin /> },
          ]}
        />
      ) : trainer ? (
        <MarkerDesk />
      ) : (
        <MarkingAdmin />
      )}
    </Card>
  );
}
