import { Tag } from 'antd';
import type { RaterRelationDto, RatingStatus } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';

const STATUS_COLORS: Record<RatingStatus, string> = { pending: 'default', draft: 'processing', submitted: 'success' };
const RELATION_COLORS: Record<RaterRelationDto, string> = { supervisor: 'gold', peer: 'blue', self: 'purple' };

export function RatingStatusTag({ status }: { status: RatingStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="rating-status" data-status={status}>
      {t(`rt.status.${status}`)}
    </Tag>
  );
}

export function RelationTag({ relation }: { relation: RaterRelationDto }) {
  const { t } = useI18n();
  return <Tag color={RELATION_COLORS[relation]}>{t(`rt.relation.${relation}`)}</Tag>;
}

export function CampaignStatusTag({ status }: { status: 'open' | 'cancelled' }) {
  const { t } = useI18n();
  return <Tag color={status === 'open' ? 'green' : 'default'}>{t(`rc.status.${status}`)}</Tag>;
}
