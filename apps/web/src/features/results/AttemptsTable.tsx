import type { HTMLAttributes } from 'react';
import { Segmented, Space, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import type { ResultListItemDto, ResultsParams, ResultsStatusFilter, SessionResultsDto } from './api';
import { PassTag } from './labels';

const FILTERS: ResultsStatusFilter[] = ['all', 'graded', 'pending', 'passed', 'failed'];

interface Props {
  data: SessionResultsDto | undefined;
  loading: boolean;
  params: ResultsParams;
  onChange: (params: ResultsParams) => void;
}

/** Every attempt of the session with its score, filtered by status and paged on the server. */
export function AttemptsTable({ data, loading, params, onChange }: Props) {
  const { t, tOr, formatDateTime } = useI18n();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Segmented<ResultsStatusFilter>
        value={params.status}
        onChange={(status) => onChange({ ...params, status, page: 1 })}
        options={FILTERS.map((value) => ({ value, label: t(`results.filter.${value}`) }))}
        data-testid="results-filter"
      />
      <Table<ResultListItemDto>
        rowKey="attemptId"
        size="middle"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('results.attempts.empty') }}
        data-testid="results-attempts"
        onRow={(row) => ({ 'data-testid': 'results-attempt-row', 'data-attempt-id': row.attemptId }) as HTMLAttributes<HTMLElement>}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => onChange({ ...params, page, pageSize }),
        }}
        columns={[
          {
            title: t('results.col.candidate'),
            key: 'candidate',
            render: (_value, row) => (
              <span>
                {row.candidateName} <Typography.Text type="secondary">{row.username}</Typography.Text>
              </span>
            ),
          },
          { title: t('results.col.orgUnit'), dataIndex: 'orgUnit', render: (name: string | null) => name ?? '' },
          { title: t('results.col.form'), dataIndex: 'formLabel', width: 80, render: (label: string | null) => label ?? '' },
          {
            title: t('results.col.status'),
            dataIndex: 'status',
            width: 100,
            render: (status: string) => <Tag color={status === 'graded' ? 'success' : 'processing'}>{tOr(`results.count.${status}`, status)}</Tag>,
          },
          { title: t('results.col.score'), dataIndex: 'score', width: 90, align: 'right', render: (score: number | null) => (score === null ? '—' : score) },
          { title: t('results.col.passed'), dataIndex: 'passed', width: 90, render: (passed: boolean | null) => <PassTag passed={passed} /> },
          { title: t('results.col.submittedAt'), dataIndex: 'submittedAt', width: 150, render: (at: string | null) => formatDateTime(at) },
          { title: t('results.col.gradedAt'), dataIndex: 'gradedAt', width: 150, render: (at: string | null) => formatDateTime(at) },
        ]}
      />
    </Space>
  );
}
