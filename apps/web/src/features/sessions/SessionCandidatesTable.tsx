import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Card, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { SessionCandidateDto, SessionCandidatesQuery } from '@cm/contracts';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { formatSeconds, sessionCandidatesQueryOptions, type CandidateListParams } from './dashboard-api';

const LIVE_REFRESH_MS = 5000;
const FILTERS = ['not_started', 'in_progress', 'submitted'] as const;
const ATTEMPT_COLOR: Record<string, string> = { in_progress: 'processing', submitted: 'success', grading: 'success', marking: 'success', graded: 'success' };

/** The live dashboard table: every enrolled candidate with registration and attempt status,
 * the server's time left, answers saved and focus losses; refetched every 5 s in the background. */
export function SessionCandidatesTable({ sessionId }: { sessionId: string }) {
  const { t, formatDateTime } = useI18n();
  const [params, setParams] = useState<CandidateListParams>({ page: 1, pageSize: 20 });
  const [typed, setTyped] = useState('');
  const list = useQuery(sessionCandidatesQueryOptions(sessionId, params, LIVE_REFRESH_MS));

  return (
    <Card
      size="small"
      title={t('sessions.live.title')}
      data-testid="session-candidates"
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            value={typed}
            placeholder={t('sessions.live.search')}
            onChange={(e) => setTyped(e.target.value)}
            onSearch={(q) => setParams((p) => ({ ...p, page: 1, q: q.trim() || undefined }))}
            style={{ width: 200 }}
            data-testid="session-candidates-search"
          />
          <Select<NonNullable<SessionCandidatesQuery['attemptStatus']>>
            allowClear
            value={params.attemptStatus}
            placeholder={t('sessions.live.filter')}
            onChange={(attemptStatus) => setParams((p) => ({ ...p, page: 1, attemptStatus }))}
            options={FILTERS.map((f) => ({ value: f, label: t(`sessions.live.filter.${f}`) }))}
            style={{ width: 140 }}
            data-testid="session-candidates-filter"
          />
        </Space>
      }
    >
      <QueryState query={list}>
        <Table<SessionCandidateDto>
          size="small"
          rowKey="candidateId"
          dataSource={list.data?.items ?? []}
          scroll={{ x: 880 }}
          locale={{ emptyText: t('sessions.live.empty') }}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setParams((p) => ({ ...p, page: pageSize === p.pageSize ? page : 1, pageSize })),
          }}
          onRow={(row) => ({ 'data-testid': 'session-candidate-row', 'data-username': row.username } as React.HTMLAttributes<HTMLElement>)}
          columns={[
            {
              title: t('sessions.live.col.candidate'),
              key: 'candidate',
              render: (_, r) => (
                <span>
                  {r.displayName} <Typography.Text type="secondary">{r.username}</Typography.Text>
                </span>
              ),
            },
            { title: t('sessions.live.col.orgUnit'), dataIndex: 'orgUnitName', render: (v: string | null) => v ?? '—' },
            {
              title: t('sessions.live.col.registration'),
              key: 'registration',
              render: (_, r) => (
                <Space size={4}>
                  <Tag color={r.registrationStatus === 'registered' ? 'blue' : 'default'}>{t(r.registrationStatus === 'registered' ? 'sessions.live.registered' : 'sessions.live.withdrawn')}</Tag>
                  {r.waived && <Tag color="orange">{t('sessions.live.waived')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('sessions.live.col.attempt'),
              key: 'attempt',
              render: (_, r) => (
                <Tag color={r.attemptStatus ? ATTEMPT_COLOR[r.attemptStatus] : 'default'} data-testid="session-candidate-status" data-status={r.attemptStatus ?? 'none'}>
                  {r.attemptStatus ? t(`sitting.status.${r.attemptStatus}`) : t('sessions.live.notStarted')}
                </Tag>
              ),
            },
            {
              title: t('sessions.live.col.timeLeft'),
              key: 'timeLeft',
              align: 'right',
              render: (_, r) =>
                r.secondsLeft === null ? (
                  '—'
                ) : (
                  <span style={{ fontVariantNumeric: 'tabular-nums', color: r.secondsLeft < 300 ? '#cf1322' : undefined }}>
                    {formatSeconds(r.secondsLeft)}
                    {r.extraMinutes > 0 && <Typography.Text type="secondary">{` ${t('sessions.live.extra', { n: r.extraMinutes })}`}</Typography.Text>}
                  </span>
                ),
            },
            { title: t('sessions.live.col.answered'), dataIndex: 'answered', align: 'right', render: (n: number, r) => (r.attemptId ? n : '—') },
            {
              title: t('sessions.live.col.focus'),
              key: 'focus',
              align: 'right',
              render: (_, r) =>
                r.focusLosses > 0 ? (
                  <Tooltip title={r.lastFocusLossAt ? t('sessions.live.focusLast', { time: formatDateTime(r.lastFocusLossAt) }) : undefined}>
                    <Tag color={r.focusLosses >= 3 ? 'red' : 'gold'} data-testid="session-candidate-focus">
                      {r.focusLosses}
                    </Tag>
                  </Tooltip>
                ) : (
                  <span data-testid="session-candidate-focus">0</span>
                ),
            },
          ]}
        />
      </QueryState>
    </Card>
  );
}
