import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { MockExamSummaryDto } from '@cm/contracts';
import { QueryState } from '../../app/components/QueryState';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/use-error-text';
import { mockExamsQueryOptions, useStartMockExam } from './api';
import { TrackLevelPicker } from './TrackLevelPicker';
import { useTrainingTarget } from './use-training-target';

interface Shortfall {
  title: string;
  type: string;
  requirement?: string;
  needed: number;
  available: number;
}

/** Why a mock exam cannot be assembled: the short cells of the practice pool, never a relaxed paper. */
function Infeasible({ details }: { details: Record<string, unknown> }) {
  const { t, tOr } = useI18n();
  const shortfalls = (Array.isArray(details['shortfalls']) ? details['shortfalls'] : []) as Shortfall[];
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="mock-infeasible"
      title={details['reason'] === 'NO_ACTIVE_BLUEPRINT' ? t('training.mock.noBlueprint') : t('training.mock.infeasible')}
      description={
        shortfalls.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {shortfalls.map((s, i) => (
              <li key={i}>
                {t('training.mock.shortfall', { area: s.title, type: tOr(`qtype.${s.type}`, s.type), requirement: s.requirement ? tOr(`requirement.${s.requirement}`, s.requirement) : '', needed: s.needed, available: s.available })}
              </li>
            ))}
          </ul>
        )
      }
    />
  );
}

/** 模拟考试: start one for a track and level (assembled from practice items by the level's 比重表,
 * timed like the real exam), and the list of one's own mock exams. */
export function MockExamsPage() {
  const { t, formatDateTime } = useI18n();
  const levelLabel = useLevelLabel();
  const navigate = useNavigate();
  const { errorText } = useErrorText();
  const { centre, trackId, level, select } = useTrainingTarget();
  const [page, setPage] = useState(1);
  const mocks = useQuery(mockExamsQueryOptions(page));
  const start = useStartMockExam();
  const trackName = (id: string) => centre.data?.targets.find((x) => x.trackId === id)?.trackName ?? '';
  const error = start.error;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="mock-exams-page">
      <Card title={t('training.mock.title')}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary">{t('training.mock.intro')}</Typography.Paragraph>
          <Space wrap>
            {centre.data && <TrackLevelPicker tracks={centre.data.targets} trackId={trackId} level={level} onChange={select} />}
            <Button
              type="primary"
              disabled={!trackId || !level}
              loading={start.isPending}
              onClick={() => trackId && level && start.mutate({ trackId, level }, { onSuccess: (mock) => navigate(`/training/mock-exams/${mock.id}`) })}
              data-testid="mock-start"
            >
              {t('training.mock.start')}
            </Button>
          </Space>
          {error && (isApiError(error, 'MOCK_EXAM_INFEASIBLE') ? <Infeasible details={error.details} /> : <Alert type="error" showIcon title={t('common.operationFailed', { message: errorText(error) })} />)}
        </Space>
      </Card>
      <Card title={t('training.mock.mine')}>
        <QueryState query={mocks}>
          <Table<MockExamSummaryDto>
            rowKey="id"
            size="middle"
            dataSource={mocks.data?.items ?? []}
            data-testid="mock-list"
            locale={{ emptyText: t('training.mock.none') }}
            pagination={{ current: page, pageSize: 10, total: mocks.data?.total ?? 0, onChange: setPage, showTotal: (total) => t('common.total', { total }) }}
            columns={[
              { title: t('training.col.track'), key: 'track', render: (_v, m) => `${trackName(m.trackId)} ${levelLabel(m.level)}` },
              { title: t('training.col.startedAt'), key: 'startedAt', render: (_v, m) => formatDateTime(m.startedAt) },
              {
                title: t('training.col.status'),
                key: 'status',
                render: (_v, m) => <Tag color={m.status === 'graded' ? 'success' : 'processing'}>{t(`training.mock.status.${m.status}`)}</Tag>,
              },
              { title: t('training.mock.score'), key: 'score', render: (_v, m) => (m.score === null ? '—' : <Tag color={m.passed ? 'green' : 'red'}>{m.score}</Tag>) },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_v, m) => <Link to={`/training/mock-exams/${m.id}`}>{m.status === 'graded' ? t('common.view') : t('training.mock.resume')}</Link>,
              },
            ]}
          />
        </QueryState>
      </Card>
    </Space>
  );
}
