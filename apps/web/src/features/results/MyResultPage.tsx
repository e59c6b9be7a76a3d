import type { HTMLAttributes } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { Card, Col, Descriptions, Progress, Result, Row, Space, Statistic, Table, Typography } from 'antd';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { attemptResultQueryOptions, attemptSessionQueryOptions, competencyModelsQueryOptions, type AreaResultDto, type AttemptResultDto } from './api';
import { ItemOutcomeGrid } from './ItemOutcomeGrid';
import { PassTag } from './labels';
import { percentOf } from './results-format';

function AreasTable({ areas }: { areas: AreaResultDto[] }) {
  const { t } = useI18n();
  return (
    <Table<AreaResultDto>
      rowKey="syllabusNodeId"
      size="small"
      pagination={false}
      dataSource={areas}
      data-testid="result-areas"
      onRow={() => ({ 'data-testid': 'result-area' }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('results.my.col.area'), dataIndex: 'title' },
        { title: t('results.my.col.earned'), key: 'earned', width: 120, align: 'right', render: (_value, area) => `${area.earned} / ${area.possible}` },
        {
          title: t('results.my.col.rate'),
          key: 'rate',
          width: 220,
          render: (_value, area) => <Progress percent={percentOf(area.earned, area.possible)} size="small" format={(value) => `${value}%`} />,
        },
      ]}
    />
  );
}

function KnowledgeItems({ result, trackId }: { result: AttemptResultDto; trackId: string | undefined }) {
  const { t } = useI18n();
  const models = useQuery({ ...competencyModelsQueryOptions(trackId ?? ''), enabled: trackId !== undefined });
  const names = new Map((models.data?.items ?? []).flatMap((model) => model.items.map((item) => [item.id, item.name] as const)));
  return (
    <Table
      rowKey="itemId"
      size="small"
      pagination={false}
      dataSource={result.knowledgeItems}
      data-testid="result-knowledge"
      columns={[
        { title: t('results.my.col.knowledge'), dataIndex: 'itemId', render: (id: string) => names.get(id) ?? (models.isPending ? '…' : id) },
        { title: t('results.my.col.standardScore'), dataIndex: 'standardScore', width: 120, align: 'right' },
      ]}
    />
  );
}

/** The candidate's result after publication: 百分制 score, pass/fail, earned/possible per area,
 * whether each item was right (never the key) and the knowledge items' standard scores. */
export function MyResultPage() {
  const { attemptId = '' } = useParams();
  const { t } = useI18n();
  const attempt = useQuery(attemptResultQueryOptions(attemptId));
  const sessionId = attempt.data?.sessionId;
  const session = useQuery({ ...attemptSessionQueryOptions(sessionId ?? ''), enabled: sessionId !== undefined });
  const result = attempt.data?.result;
  const title = session.data ? t('results.my.title', { title: session.data.title }) : t('results.my.titlePlain');
  const back = <Link to="/my-exams">{t('results.my.back')}</Link>;

  return (
    <Card title={title} extra={back} data-testid="my-result-page">
      <QueryState query={attempt} rows={6}>
        {attempt.data && !result && (
          <Result
            status="info"
            title={attempt.data.published ? t('results.my.grading') : t('results.my.notPublished')}
            subTitle={attempt.data.published ? t('results.my.gradingHint') : t('results.my.notPublishedHint')}
            data-testid="my-result-unavailable"
          />
        )}
        {result && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="my-result">
            <Card size="small">
              <Row gutter={[24, 16]} align="middle">
                <Col xs={24} sm={8}>
                  <Statistic title={t('results.my.score')} value={result.score} precision={2} styles={{ content: { fontSize: 40 } }} data-testid="my-result-score" />
                </Col>
                <Col xs={24} sm={6}>
                  <Typography.Text type="secondary">{t('results.my.verdict')}</Typography.Text>
                  <div style={{ fontSize: 20, marginTop: 4 }}>
                    <PassTag passed={result.passed} />
                  </div>
                </Col>
                <Col xs={24} sm={10}>
                  <Descriptions size="small" column={1}>
                    <Descriptions.Item label={t('results.my.passMark')}>{result.passMark}</Descriptions.Item>
                    <Descriptions.Item label={t('results.my.earned')}>{`${result.earned} / ${result.possible}`}</Descriptions.Item>
                    {result.standardScore !== null && <Descriptions.Item label={t('results.my.standardScore')}>{result.standardScore}</Descriptions.Item>}
                  </Descriptions>
                </Col>
              </Row>
            </Card>
            <Card size="small" title={t('results.my.areas')}>
              <AreasTable areas={result.areas} />
            </Card>
            <Card size="small" title={t('results.my.items')} extra={<Typography.Text type="secondary">{t('results.my.itemsHint')}</Typography.Text>}>
              <ItemOutcomeGrid items={result.items} />
            </Card>
            {result.knowledgeItems.length > 0 && (
              <Card size="small" title={t('results.my.knowledge')}>
                <KnowledgeItems result={result} trackId={session.data?.trackId} />
              </Card>
            )}
          </Space>
        )}
      </QueryState>
    </Card>
  );
}
