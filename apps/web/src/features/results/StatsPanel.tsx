import { lazy, Suspense } from 'react';
import { Card, Col, Empty, Progress, Row, Spin, Statistic, Table } from 'antd';
import type { SessionStats } from '@cm/domain';
import { useI18n } from '../../app/i18n/i18n';
import type { SessionResultsDto } from './api';

// ECharts loads with the chart only, not with every page.
const ScoreDistribution = lazy(() => import('./ScoreDistribution').then((m) => ({ default: m.ScoreDistribution })));

const COUNT_KEYS = ['registered', 'in_progress', 'submitted', 'grading', 'marking', 'graded'] as const;

export function CountsCard({ counts }: { counts: SessionResultsDto['counts'] }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('results.counts.title')} data-testid="results-counts">
      <Row gutter={[16, 16]}>
        {COUNT_KEYS.map((key) => (
          <Col key={key} xs={12} sm={8} md={4}>
            <Statistic title={t(`results.count.${key}`)} value={counts[key]} data-testid={`results-count-${key}`} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

const show = (value: number | null) => (value === null ? '—' : value);

function StatCards({ stats, passMark }: { stats: SessionStats; passMark: number }) {
  const { t } = useI18n();
  const cards = [
    { key: 'graded', value: stats.graded, precision: 0 },
    { key: 'mean', value: stats.mean, precision: 2 },
    { key: 'median', value: stats.median, precision: 2 },
    { key: 'sd', value: stats.standardDeviation, precision: 2 },
    { key: 'min', value: stats.min, precision: 2 },
    { key: 'max', value: stats.max, precision: 2 },
  ] as const;
  return (
    <Row gutter={[16, 16]}>
      {cards.map((card) => (
        <Col key={card.key} xs={12} sm={8} xl={3}>
          <Card size="small">
            <Statistic title={t(`results.stat.${card.key}`)} value={show(card.value)} precision={card.value === null ? undefined : card.precision} data-testid={`results-stat-${card.key}`} />
          </Card>
        </Col>
      ))}
      <Col xs={24} sm={16} xl={6}>
        <Card size="small">
          <Statistic
            title={t('results.stat.passRate', { mark: passMark })}
            value={show(stats.passRate)}
            precision={stats.passRate === null ? undefined : 2}
            suffix={stats.passRate === null ? undefined : '%'}
            data-testid="results-stat-passRate"
          />
          {stats.passRate !== null && <Progress percent={stats.passRate} showInfo={false} size="small" status="normal" />}
        </Card>
      </Col>
    </Row>
  );
}

type AreaRow = SessionStats['areas'][number];
type FormRow = SessionStats['forms'][number];

function AreasTable({ rows }: { rows: AreaRow[] }) {
  const { t } = useI18n();
  return (
    <Table<AreaRow>
      rowKey="syllabusNodeId"
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid="results-areas"
      columns={[
        { title: t('results.areas.col.area'), dataIndex: 'title' },
        { title: t('results.areas.col.possible'), dataIndex: 'possible', width: 90, align: 'right' },
        { title: t('results.areas.col.meanEarned'), dataIndex: 'meanEarned', width: 100, align: 'right' },
        {
          title: t('results.areas.col.meanPercent'),
          dataIndex: 'meanPercent',
          width: 180,
          render: (percent: number) => <Progress percent={percent} size="small" format={(value) => `${value}%`} />,
        },
      ]}
    />
  );
}

function FormsTable({ rows }: { rows: FormRow[] }) {
  const { t } = useI18n();
  return (
    <Table<FormRow>
      rowKey="label"
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid="results-forms"
      columns={[
        { title: t('results.forms.col.label'), dataIndex: 'label' },
        { title: t('results.forms.col.graded'), dataIndex: 'graded', width: 90, align: 'right' },
        { title: t('results.forms.col.mean'), dataIndex: 'mean', width: 90, align: 'right' },
        { title: t('results.forms.col.passRate'), dataIndex: 'passRate', width: 100, align: 'right', render: (rate: number) => `${rate}%` },
      ]}
    />
  );
}

/** Statistics over the graded attempts: the key figures, the distribution, per-area means and,
 * with parallel papers, per-paper results. */
export function StatsPanel({ stats, passMark }: { stats: SessionStats; passMark: number }) {
  const { t } = useI18n();
  if (stats.graded === 0) {
    return (
      <Card size="small" title={t('results.stats.title')} data-testid="results-stats">
        <Empty description={t('results.noGraded')} />
      </Card>
    );
  }
  return (
    <Card size="small" title={t('results.stats.title')} data-testid="results-stats">
      <StatCards stats={stats} passMark={passMark} />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={10}>
          <Card size="small" type="inner" title={t('results.dist.title')}>
            <Suspense fallback={<Spin />}>
              <ScoreDistribution bins={stats.distribution} passMark={passMark} />
            </Suspense>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card size="small" type="inner" title={t('results.areas.title')}>
            <AreasTable rows={stats.areas} />
          </Card>
          {stats.forms.length > 0 && (
            <Card size="small" type="inner" title={t('results.forms.title')} style={{ marginTop: 16 }}>
              <FormsTable rows={stats.forms} />
            </Card>
          )}
        </Col>
      </Row>
    </Card>
  );
}
