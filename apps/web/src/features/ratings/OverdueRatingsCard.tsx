import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { Card, Table, Tag } from 'antd';
import type { RatingListItemDto } from '@cm/contracts';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { ratingsQueryOptions } from './api';
import { RatingStatusTag, RelationTag } from './labels';

/** Officers' dashboard list: ratings not submitted by their due date (GET /api/ratings?overdue=1).
 * Renders nothing while there are none. */
export function OverdueRatingsCard() {
  const { t, formatDateTime } = useI18n();
  const levelLabel = useLevelLabel();
  const overdue = useQuery(ratingsQueryOptions({ overdue: '1', page: 1, pageSize: 10 }));
  const items = overdue.data?.items ?? [];
  if (!items.length) return null;
  return (
    <Card size="small" title={<span>{t('rt.overdueTitle')} <Tag color="red">{overdue.data?.total ?? 0}</Tag></span>} data-testid="overdue-ratings" style={{ marginBottom: 16 }}>
      <Table<RatingListItemDto>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        columns={[
          { title: t('rt.col.candidate'), dataIndex: 'candidateName', render: (name: string, r) => <Link to={`/rating-campaigns/${r.campaignId}`}>{name}</Link> },
          { title: t('rt.col.targetLevel'), dataIndex: 'targetLevel', width: 80, render: (l: number) => levelLabel(l) },
          { title: t('rc.col.rater'), dataIndex: 'raterName' },
          { title: t('rt.col.relation'), dataIndex: 'relation', width: 90, render: (r: RatingListItemDto['relation']) => <RelationTag relation={r} /> },
          { title: t('rt.col.status'), dataIndex: 'status', width: 90, render: (s: RatingListItemDto['status']) => <RatingStatusTag status={s} /> },
          { title: t('rt.col.due'), dataIndex: 'dueAt', width: 170, render: (d: string | null) => (d ? formatDateTime(d) : '—') },
        ]}
      />
    </Card>
  );
}
