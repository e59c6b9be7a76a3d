import { Tag } from 'antd';
import type { AppealDto, DecisionStatus } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';

const STATUS_COLORS: Record<DecisionStatus, string> = { pending_approval: 'processing', approved: 'success', rejected: 'error' };
const APPEAL_COLORS: Record<AppealDto['status'], string> = { open: 'processing', granted: 'success', dismissed: 'default' };

export function DecisionStatusTag({ status }: { status: DecisionStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="decision-status" data-status={status}>
      {t(`ld.status.${status}`)}
    </Tag>
  );
}

export function RecommendationTag({ awarded }: { awarded: boolean }) {
  const { t } = useI18n();
  return (
    <Tag color={awarded ? 'green' : 'red'} data-testid="decision-recommendation" data-awarded={String(awarded)}>
      {awarded ? t('ld.recommended') : t('ld.notRecommended')}
    </Tag>
  );
}

export function AppealStatusTag({ status }: { status: AppealDto['status'] }) {
  const { t } = useI18n();
  return <Tag color={APPEAL_COLORS[status]}>{t(`ap.status.${status}`)}</Tag>;
}
