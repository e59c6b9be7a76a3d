import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { App, Button, Card, Empty, Select, Space, Table } from 'antd';
import type { DecisionStatus, LevelDecisionDto } from '@cm/contracts';
import { QueryState } from '../../app/components/QueryState';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { LevelSelect, TrackSelect, UserSelect } from '../competency/pickers';
import { decisionsQueryOptions, type DecisionListParams } from './api';
import { BatchDecisionsModal } from './BatchDecisionsModal';
import { DecisionStatusTag, RecommendationTag } from './labels';
import { RequestDecisionModal } from './RequestDecisionModal';

const STATUSES: DecisionStatus[] = ['pending_approval', 'approved', 'rejected'];

/** 定级决定 (officers): requests with their recommendation and status, filtered and paginated. */
export function DecisionsPage() {
  const { t, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const levelLabel = useLevelLabel();
  const [params, setParams] = useState<DecisionListParams>({ page: 1, pageSize: 20 });
  const [requesting, setRequesting] = useState(false);
  const [batching, setBatching] = useState(false);
  const decisions = useQuery(decisionsQueryOptions(params));
  const set = (change: Partial<DecisionListParams>) => setParams({ ...params, ...change, page: 1 });

  return (
    <Card
      title={t('ld.title')}
      data-testid="decisions-page"
      extra={
        <Space wrap>
          <Button onClick={() => setBatching(true)} data-testid="decision-batch">
            {t('ld.batch.title')}
          </Button>
          <Button type="primary" onClick={() => setRequesting(true)} data-testid="decision-request">
            {t('ld.request')}
          </Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<DecisionStatus>
          allowClear
          placeholder={t('ld.filter.status')}
          style={{ width: 140 }}
          value={params.status}
          onChange={(status) => set({ status })}
          data-testid="decision-filter-status"
          options={STATUSES.map((s) => ({ value: s, label: t(`ld.status.${s}`) }))}
        />
        <Select<'1' | '0'>
          allowClear
          placeholder={t('ld.filter.recommended')}
          style={{ width: 140 }}
          value={params.recommended}
          onChange={(recommended) => set({ recommended })}
          options={[
            { value: '1', label: t('ld.recommended') },
            { value: '0', label: t('ld.notRecommended') },
          ]}
        />
        <TrackSelect allowClear value={params.trackId} onChange={(trackId) => set({ trackId })} placeholder={t('rc.allTracks')} />
        <LevelSelect allowClear value={params.targetLevel} onChange={(targetLevel) => set({ targetLevel })} placeholder={t('ld.filter.level')} />
        <div style={{ width: 220 }}>
          <UserSelect role="candidate" value={params.candidateId} onChange={(id) => set({ candidateId: typeof id === 'string' ? id : undefined, batchJobId: undefined })} placeholder={t('ld.filter.candidate')} />
        </div>
        {params.batchJobId && (
          <Button size="small" onClick={() => set({ batchJobId: undefined })}>
            {t('ld.filter.clearBatch')}
          </Button>
        )}
      </Space>
      <QueryState query={decisions}>
        <Table<LevelDecisionDto>
          rowKey="id"
          size="middle"
          scroll={{ x: 1000 }}
          dataSource={decisions.data?.items ?? []}
          data-testid="decisions-table"
          locale={{ emptyText: <Empty description={t('ld.empty')} /> }}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: decisions.data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setParams({ ...params, page, pageSize }),
          }}
          columns={[
            {
              title: t('rc.col.candidate'),
              dataIndex: 'candidateName',
              render: (name: string, d) => (
                <Link to={`/level-decisions/${d.id}`} data-testid="decision-link">
                  {name}
                </Link>
              ),
            },
            { title: t('rc.col.track'), dataIndex: 'trackName' },
            { title: t('rc.col.targetLevel'), dataIndex: 'targetLevel', width: 90, render: (l: number) => levelLabel(l) },
            { title: t('ld.col.recommendation'), key: 'rec', width: 110, render: (_v, d) => <RecommendationTag awarded={d.recommendation.awarded} /> },
            { title: t('ld.composite'), key: 'c', width: 80, align: 'center', render: (_v, d) => d.recommendation.composite ?? '—' },
            { title: t('rc.col.status'), dataIndex: 'status', width: 100, render: (s: DecisionStatus) => <DecisionStatusTag status={s} /> },
            { title: t('ld.col.requestedBy'), dataIndex: 'requestedByName', width: 110 },
            { title: t('ld.col.requestedAt'), dataIndex: 'requestedAt', width: 170, render: (v: string) => formatDateTime(v) },
            { title: t('ld.col.decidedBy'), dataIndex: 'decidedByName', width: 110, render: (v: string | null) => v ?? '—' },
          ]}
        />
      </QueryState>
      <RequestDecisionModal
        open={requesting}
        onClose={() => setRequesting(false)}
        onCreated={(decision) => {
          setRequesting(false);
          void message.success(t('ld.requested'));
          void navigate(`/level-decisions/${decision.id}`);
        }}
      />
      <BatchDecisionsModal open={batching} onClose={() => setBatching(false)} onDone={(batchJobId) => setParams({ page: 1, pageSize: params.pageSize, batchJobId })} />
    </Card>
  );
}
