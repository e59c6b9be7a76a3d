import { lazy, Suspense, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { Card, Col, Empty, Row, Skeleton, Space, Statistic, Switch, Typography } from 'antd';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { sessionQueryOptions } from '../sessions/api';
import { itemAnalysisQueryOptions } from './api';
import { ANALYSIS_PAGE_SIZE, ItemAnalysisTable } from './ItemAnalysisTable';
import { ReliabilityCard } from './ReliabilityCard';

const FacilityChart = lazy(() => import('./FacilityChart'));

/** Officer: how the items of one session behaved — facility × discrimination chart, KR-20 /
 * alpha per fixed form, and a table of every item with flags and its option analysis. */
export function ItemAnalysisPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const session = useQuery(sessionQueryOptions(id));
  const analysis = useQuery(itemAnalysisQueryOptions(id));
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const [page, setPage] = useState(1);
  const [expanded, setExpanded] = useState<string[]>([]);
  const data = analysis.data;
  const rows = useMemo(() => (data ? data.items.filter((item) => !onlyFlagged || item.flags.length > 0) : []), [data, onlyFlagged]);

  /** A click on a chart point opens that item's row on its page. */
  const select = (versionId: string) => {
    setOnlyFlagged(false);
    const index = data?.items.findIndex((item) => item.versionId === versionId) ?? -1;
    if (index < 0) return;
    setPage(Math.floor(index / ANALYSIS_PAGE_SIZE) + 1);
    setExpanded([versionId]);
  };

  return (
    <Card
      title={t('analysis.title', { title: session.data?.title ?? '' })}
      extra={<Link to={`/exam-sessions/${id}`}>{t('analysis.back')}</Link>}
      data-testid="item-analysis-page"
    >
      <QueryState query={analysis} rows={8}>
        {data && data.attempts === 0 && <Empty description={t('analysis.empty')} data-testid="analysis-empty" />}
        {data && data.attempts > 0 && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Row gutter={[16, 16]}>
              <Col xs={8}>
                <Statistic title={t('analysis.attempts')} value={data.attempts} data-testid="analysis-attempts" />
              </Col>
              <Col xs={8}>
                <Statistic title={t('analysis.items')} value={data.items.length} />
              </Col>
              <Col xs={8}>
                <Statistic title={t('analysis.flagged')} value={data.flagged} styles={{ content: data.flagged ? { color: '#cf1322' } : undefined }} data-testid="analysis-flagged" />
              </Col>
            </Row>
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={12}>
                <Card size="small" title={t('analysis.chartTitle')}>
                  <Suspense fallback={<Skeleton active />}>
                    <FacilityChart items={data.items} onSelect={select} />
                  </Suspense>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('analysis.chartHint')}
                  </Typography.Text>
                </Card>
              </Col>
              <Col xs={24} xl={12}>
                <ReliabilityCard analysis={data} />
              </Col>
            </Row>
            <div className="page-toolbar">
              <Space>
                <Switch
                  checked={onlyFlagged}
                  onChange={(checked) => {
                    setOnlyFlagged(checked);
                    setPage(1);
                  }}
                  data-testid="analysis-only-flagged"
                />
                <span>{t('analysis.onlyFlagged')}</span>
              </Space>
              <span className="grow" />
              <Typography.Text type="secondary">{t('analysis.minN', { n: data.minN })}</Typography.Text>
            </div>
            <ItemAnalysisTable items={rows} page={page} onPage={setPage} expanded={expanded} onExpanded={setExpanded} />
          </Space>
        )}
      </QueryState>
    </Card>
  );
}
