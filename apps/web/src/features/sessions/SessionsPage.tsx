import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { App, Button, Card, Table, Tag } from 'antd';
import type { SessionDto } from '@cm/contracts';
import { QueryState } from '../../app/components/QueryState';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { tracksQueryOptions } from '../syllabus/api';
import { sessionListQueryOptions, sessionState, type SessionListParams } from './api';
import { CreateSessionModal } from './CreateSessionModal';

const STATE_COLORS = { upcoming: 'blue', open: 'green', closed: 'default' } as const;

/** Officers: every session with its counts; a new session opens its detail page. */
export function SessionsPage() {
  const { t, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const levelLabel = useLevelLabel();
  const navigate = useNavigate();
  const [params, setParams] = useState<SessionListParams>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const sessions = useQuery(sessionListQueryOptions(params));
  const tracks = useQuery(tracksQueryOptions());
  const trackName = (id: string) => tracks.data?.find((track) => track.id === id)?.name ?? '';
  const now = Date.now();

  return (
    <Card
      title={t('sessions.title')}
      data-testid="sessions-page"
      extra={
        <Button type="primary" onClick={() => setCreating(true)} data-testid="session-create">
          {t('sessions.create')}
        </Button>
      }
    >
      <QueryState query={sessions}>
        <Table<SessionDto>
          rowKey="id"
          size="middle"
          scroll={{ x: 960 }}
          dataSource={sessions.data?.items ?? []}
          data-testid="sessions-table"
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: sessions.data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setParams({ page, pageSize }),
          }}
          columns={[
            {
              title: t('sessions.col.title'),
              dataIndex: 'title',
              render: (title: string, session) => (
                <Link to={`/exam-sessions/${session.id}`} data-testid="session-link">
                  {title}
                </Link>
              ),
            },
            { title: t('sessions.col.track'), dataIndex: 'trackId', render: (id: string) => trackName(id) },
            { title: t('sessions.col.level'), dataIndex: 'level', width: 80, render: (level: number) => levelLabel(level) },
            {
              title: t('sessions.col.window'),
              key: 'window',
              render: (_value, session) => `${formatDateTime(session.opensAt)} — ${formatDateTime(session.closesAt)}`,
            },
            { title: t('sessions.col.duration'), dataIndex: 'durationMinutes', width: 90, render: (n: number) => t('sessions.minutes', { n }) },
            { title: t('sessions.col.formMode'), dataIndex: 'formMode', render: (mode: SessionDto['formMode']) => t(`sessions.formMode.${mode}`) },
            {
              title: t('sessions.col.counts'),
              key: 'counts',
              render: (_value, session) =>
                session.counts ? (
                  <span data-testid="session-counts">
                    {`${session.counts.registered} / ${session.counts.started} / ${session.counts.submitted} / ${session.counts.graded}`}
                  </span>
                ) : null,
            },
            {
              title: t('sessions.col.status'),
              key: 'state',
              width: 90,
              render: (_value, session) => {
                const state = sessionState(session, now);
                return <Tag color={STATE_COLORS[state]}>{t(`sessions.state.${state}`)}</Tag>;
              },
            },
          ]}
        />
      </QueryState>
      <CreateSessionModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(session) => {
          setCreating(false);
          void message.success(t('sessions.created'));
          void navigate(`/exam-sessions/${session.id}`);
        }}
      />
    </Card>
  );
}
