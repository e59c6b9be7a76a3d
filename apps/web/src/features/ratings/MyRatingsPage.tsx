import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { Button, Card, Empty, Segmented, Table, Tag } from 'antd';
import type { RatingListItemDto } from '@cm/contracts';
import { QueryState } from '../../app/components/QueryState';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { ratingsQueryOptions, type RatingListParams } from './api';
import { RatingStatusTag, RelationTag } from './labels';

/** 我的评估任务: the ratings the signed-in user was named for, open ones first. */
export function MyRatingsPage() {
  const { t, formatDateTime } = useI18n();
  const levelLabel = useLevelLabel();
  const [params, setParams] = useState<RatingListParams>({ mine: '1', page: 1, pageSize: 20 });
  const ratings = useQuery(ratingsQueryOptions(params));
  return (
    <Card
      title={t('rt.myTitle')}
      data-testid="my-ratings-page"
      extra={
        <Segmented<string>
          value={params.status ?? 'all'}
          onChange={(value) => setParams({ ...params, status: value === 'all' ? undefined : (value as RatingListParams['status']), page: 1 })}
          options={[
            { value: 'all', label: t('common.all') },
            { value: 'pending', label: t('rt.status.pending') },
            { value: 'draft', label: t('rt.status.draft') },
            { value: 'submitted', label: t('rt.status.submitted') },
          ]}
        />
      }
    >
      <QueryState query={ratings}>
        <Table<RatingListItemDto>
          rowKey="id"
          size="middle"
          scroll={{ x: 860 }}
          dataSource={ratings.data?.items ?? []}
          data-testid="my-ratings-table"
          locale={{ emptyText: <Empty description={t('rt.myEmpty')} /> }}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: ratings.data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setParams({ ...params, page, pageSize }),
          }}
          columns={[
            { title: t('rt.col.candidate'), dataIndex: 'candidateName' },
            { title: t('rt.col.track'), dataIndex: 'trackName' },
            { title: t('rt.col.targetLevel'), dataIndex: 'targetLevel', width: 90, render: (level: number) => levelLabel(level) },
            { title: t('rt.col.relation'), dataIndex: 'relation', width: 100, render: (relation: RatingListItemDto['relation']) => <RelationTag relation={relation} /> },
            {
              title: t('rt.col.due'),
              dataIndex: 'dueAt',
              width: 190,
              render: (due: string | null, row) => (
                <span>
                  {due ? formatDateTime(due) : '—'} {row.overdue && <Tag color="red">{t('rt.overdue')}</Tag>}
                </span>
              ),
            },
            { title: t('rt.col.status'), dataIndex: 'status', width: 90, render: (status: RatingListItemDto['status']) => <RatingStatusTag status={status} /> },
            {
              title: t('common.actions'),
              key: 'open',
              width: 100,
              render: (_v, row) => (
                <Link to={`/my-ratings/${row.id}`} data-testid="my-rating-open" data-candidate={row.candidateName}>
                  <Button size="small" type={row.status === 'submitted' ? 'default' : 'primary'}>
                    {row.status === 'submitted' ? t('common.view') : t('rt.fill')}
                  </Button>
                </Link>
              ),
            },
          ]}
        />
      </QueryState>
    </Card>
  );
}
