import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { Button, Card, Col, Descriptions, Row, Space, Statistic, Tag } from 'antd';
import type { SessionDto } from '@cm/contracts';
import { QueryState } from '../../app/components/QueryState';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { tracksQueryOptions } from '../syllabus/api';
import { sessionQueryOptions, sessionState } from './api';
import { BulkEnrolCard } from './BulkEnrolCard';
import { EnrolCard } from './EnrolCard';
import { EquivalenceCard } from './EquivalenceCard';
import { ExtraTimeModal } from './ExtraTimeModal';
import { FormsJob } from './FormsJob';
import { SessionCandidatesTable } from './SessionCandidatesTable';

const COUNT_KEYS = ['registered', 'started', 'submitted', 'graded', 'formsReady'] as const;
const LIVE_REFRESH_MS = 5000;

function LiveCounts({ session }: { session: SessionDto }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('sessions.detail.live')} data-testid="session-live">
      <Row gutter={[16, 16]}>
        {COUNT_KEYS.map((key) => (
          <Col key={key} xs={12} sm={8} md={4}>
            <Statistic title={t(`sessions.count.${key}`)} value={session.counts?.[key] ?? 0} data-testid={`session-count-${key}`} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

/** Officer: one session with live counts, enrolment, 组卷 and extra time. */
export function SessionDetailPage() {
  const { id = '' } = useParams();
  const { t, formatDateTime } = useI18n();
  const levelLabel = useLevelLabel();
  const session = useQuery(sessionQueryOptions(id, LIVE_REFRESH_MS));
  const tracks = useQuery(tracksQueryOptions());
  const [extraOpen, setExtraOpen] = useState(false);
  const data = session.data;
  const closed = data ? sessionState(data, Date.now()) === 'closed' : true;

  return (
    <Card
      title={data ? t('sessions.detail.title', { title: data.title }) : t('sessions.title')}
      extra={
        <Space>
          <Link to={`/exam-sessions/${id}/analysis`} data-testid="session-item-analysis">
            {t('analysis.open')}
          </Link>
          <Link to={`/exam-sessions/${id}/results`} data-testid="session-results">
            {t('results.open')}
          </Link>
          <Link to="/exam-sessions">{t('sessions.detail.back')}</Link>
        </Space>
      }
      data-testid="session-detail"
    >
      <QueryState query={session}>
        {data && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t('sessions.col.track')}>{tracks.data?.find((track) => track.id === data.trackId)?.name ?? ''}</Descriptions.Item>
              <Descriptions.Item label={t('sessions.col.level')}>{levelLabel(data.level)}</Descriptions.Item>
              <Descriptions.Item label={t('sessions.col.window')}>
                {`${formatDateTime(data.opensAt)} — ${formatDateTime(data.closesAt)} `}
                <Tag>{t(`sessions.state.${sessionState(data, Date.now())}`)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('sessions.col.duration')}>{t('sessions.minutes', { n: data.durationMinutes })}</Descriptions.Item>
              <Descriptions.Item label={t('sessions.col.formMode')}>
                {t(`sessions.formMode.${data.formMode}`)}
                {data.formMode === 'fixed' && ` · ${t('sessions.detail.parallel', { n: data.parallelForms })}`}
              </Descriptions.Item>
              <Descriptions.Item label={t('sessions.detail.grace')}>{t('sessions.detail.seconds', { n: data.graceSeconds })}</Descriptions.Item>
              <Descriptions.Item label={t('sessions.retake.label')}>
                <span data-testid="session-retake">{data.retakeAllowed ? t('sessions.retake.summaryAllowed', { n: data.retakeIntervalMonths }) : t('sessions.retake.summaryNone')}</span>
              </Descriptions.Item>
              {data.instructions && (
                <Descriptions.Item label={t('sessions.field.instructions')} span={2}>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{data.instructions}</div>
                </Descriptions.Item>
              )}
            </Descriptions>
            <LiveCounts session={data} />
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={14}>
                <EnrolCard sessionId={data.id} disabled={closed} />
                <div style={{ marginTop: 16 }}>
                  <BulkEnrolCard sessionId={data.id} disabled={closed} />
                </div>
              </Col>
              <Col xs={24} lg={10}>
                <Card size="small">
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    <FormsJob sessionId={data.id} disabled={closed} />
                    <Button onClick={() => setExtraOpen(true)} data-testid="extra-time-open">
                      {t('sessions.extra.open')}
                    </Button>
                  </Space>
                </Card>
              </Col>
            </Row>
            {data.formMode === 'fixed' && <EquivalenceCard sessionId={data.id} formsReady={data.counts?.formsReady ?? 0} />}
            <SessionCandidatesTable sessionId={data.id} />
          </Space>
        )}
      </QueryState>
      <ExtraTimeModal sessionId={id} open={extraOpen} onClose={() => setExtraOpen(false)} />
    </Card>
  );
}
