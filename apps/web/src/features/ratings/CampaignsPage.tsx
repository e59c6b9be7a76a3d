import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { App, Button, Card, Empty, Progress, Segmented, Space, Table, Tag } from 'antd';
import type { RatingCampaignDto } from '@cm/contracts';
import { QueryState } from '../../app/components/QueryState';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { TrackSelect } from '../competency/pickers';
import { campaignsQueryOptions, type CampaignListParams } from './api';
import { BatchCampaignModal } from './BatchCampaignModal';
import { CreateCampaignModal } from './CreateCampaignModal';
import { CampaignStatusTag } from './labels';
import { OverdueRatingsCard } from './OverdueRatingsCard';

/** 评估活动 (officers): every campaign with its progress and an overdue marker. */
export function CampaignsPage() {
  const { t, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const levelLabel = useLevelLabel();
  const [params, setParams] = useState<CampaignListParams>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [batching, setBatching] = useState(false);
  const campaigns = useQuery(campaignsQueryOptions(params));
  const filter = params.overdue === '1' ? 'overdue' : (params.status ?? 'all');

  return (
    <Card
      title={t('rc.title')}
      data-testid="campaigns-page"
      extra={
        <Space wrap>
          <Button onClick={() => setBatching(true)} data-testid="campaign-batch">
            {t('rc.batch')}
          </Button>
          <Button type="primary" onClick={() => setCreating(true)} data-testid="campaign-create">
            {t('rc.create')}
          </Button>
        </Space>
      }
    >
      <OverdueRatingsCard />
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<string>
          value={filter}
          data-testid="campaign-filter"
          onChange={(value) =>
            setParams({
              ...params,
              page: 1,
              status: value === 'open' || value === 'cancelled' ? value : undefined,
              overdue: value === 'overdue' ? '1' : undefined,
            })
          }
          options={[
            { value: 'all', label: t('common.all') },
            { value: 'open', label: t('rc.status.open') },
            { value: 'overdue', label: t('rc.overdueOnly') },
            { value: 'cancelled', label: t('rc.status.cancelled') },
          ]}
        />
        <TrackSelect allowClear value={params.trackId} onChange={(trackId) => setParams({ ...params, trackId, page: 1 })} placeholder={t('rc.allTracks')} />
      </Space>
      <QueryState query={campaigns}>
        <Table<RatingCampaignDto>
          rowKey="id"
          size="middle"
          scroll={{ x: 1000 }}
          dataSource={campaigns.data?.items ?? []}
          data-testid="campaigns-table"
          locale={{ emptyText: <Empty description={t('rc.empty')} /> }}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: campaigns.data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setParams({ ...params, page, pageSize }),
          }}
          columns={[
            {
              title: t('rc.col.candidate'),
              dataIndex: 'candidateName',
              render: (name: string, c) => (
                <Link to={`/rating-campaigns/${c.id}`} data-testid="campaign-link">
                  {name}
                </Link>
              ),
            },
            { title: t('rc.col.track'), dataIndex: 'trackName' },
            { title: t('rc.col.targetLevel'), dataIndex: 'targetLevel', width: 90, render: (l: number) => levelLabel(l) },
            { title: t('rc.col.model'), key: 'model', width: 90, render: (_v, c) => t('cm.versionN', { version: c.model.version }) },
            {
              title: t('rc.col.progress'),
              key: 'progress',
              width: 170,
              render: (_v, c) => (
                <Space size={4} data-testid="campaign-progress">
                  <Progress percent={Math.round((c.progress.submitted / Math.max(1, c.progress.total)) * 100)} size="small" style={{ width: 80 }} showInfo={false} />
                  {`${c.progress.submitted}/${c.progress.total}`}
                </Space>
              ),
            },
            {
              title: t('rc.col.due'),
              dataIndex: 'dueAt',
              width: 200,
              render: (due: string | null, c) => (
                <span>
                  {due ? formatDateTime(due) : '—'} {c.overdue && <Tag color="red" data-testid="campaign-overdue">{t('rt.overdue')}</Tag>}
                </span>
              ),
            },
            { title: t('rc.col.status'), dataIndex: 'status', width: 90, render: (s: RatingCampaignDto['status']) => <CampaignStatusTag status={s} /> },
            { title: t('rc.col.createdAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => formatDateTime(v) },
          ]}
        />
      </QueryState>
      <CreateCampaignModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(campaign) => {
          setCreating(false);
          void message.success(t('rc.created'));
          void navigate(`/rating-campaigns/${campaign.id}`);
        }}
      />
      <BatchCampaignModal open={batching} onClose={() => setBatching(false)} />
    </Card>
  );
}
