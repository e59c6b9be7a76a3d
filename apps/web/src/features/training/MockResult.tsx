import type { HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Collapse, Progress, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { MockExamDto, MockResultDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { RichText } from '../../lib/rich-text';
import { FeedbackPanel } from './FeedbackPanel';

const rate = (earned: number, possible: number) => (possible ? Math.round((earned * 1000) / possible) / 10 : 0);

/** The graded mock exam: score, the per-area breakdown, and every item with its key and explanation. */
export function MockResult({ mock, result }: { mock: MockExamDto; result: MockResultDto }) {
  const { t, tOr } = useI18n();
  const byId = new Map(mock.items.map((i) => [i.id, i]));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="mock-result">
      <Card title={t('training.mock.resultTitle', { title: mock.title })} extra={<Link to="/training/mock-exams"><Button>{t('training.mock.backToList')}</Button></Link>}>
        <Space size="large" wrap>
          <Statistic title={t('training.mock.score')} value={result.score} suffix="/ 100" data-testid="mock-score" />
          <Statistic title={t('training.mock.points')} value={`${result.earned} / ${result.possible}`} />
          <Tag color={result.passed ? 'green' : 'red'} data-testid="mock-passed">{result.passed ? t('training.mock.passed', { mark: result.passMark }) : t('training.mock.failed', { mark: result.passMark })}</Tag>
          {mock.submittedBy === 'server' && <Tag>{t('training.mock.byServer')}</Tag>}
        </Space>
        {result.ungraded.count > 0 && (
          <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('training.mock.ungraded', { count: result.ungraded.count, points: result.ungraded.points })} />
        )}
      </Card>
      <Card title={t('training.mock.areas')}>
        <Table
          rowKey="syllabusNodeId"
          size="middle"
          pagination={false}
          dataSource={result.areas}
          data-testid="mock-areas"
          onRow={() => ({ 'data-testid': 'mock-area-row' }) as HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('training.col.area'), dataIndex: 'title' },
            { title: t('training.col.points'), key: 'p', width: 140, render: (_v, a) => `${a.earned} / ${a.possible}` },
            { title: t('training.col.rate'), key: 'r', width: 260, render: (_v, a) => <Progress percent={rate(a.earned, a.possible)} size="small" status={rate(a.earned, a.possible) < result.passMark ? 'exception' : 'normal'} format={(p) => `${p}%`} /> },
          ]}
        />
      </Card>
      <Card title={t('training.mock.review')}>
        <Collapse
          data-testid="mock-review"
          items={result.items.map((r) => {
            const it = byId.get(r.itemId);
            const verdict = r.correct === null ? 'blue' : r.correct ? 'green' : 'red';
            return {
              key: r.itemId,
              label: (
                <Space wrap>
                  <span>{t('sitting.item.heading', { n: r.position })}</span>
                  <Tag>{tOr(`qtype.${r.type}`, r.type)}</Tag>
                  <Tag color={verdict}>{r.earned === null ? t('training.mock.selfCheck') : t('training.mock.itemPoints', { earned: r.earned, points: r.points })}</Tag>
                </Space>
              ),
              children: (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  {it && <RichText text={it.stem} className="question-stem" />}
                  {it?.options && (
                    <Space orientation="vertical" size={0}>
                      {it.options.map((o) => (
                        <Typography.Text key={o.key}>{`${o.key}. `}<RichText text={o.text} inline /></Typography.Text>
                      ))}
                    </Space>
                  )}
                  {(r.type === 'short' || r.type === 'case') && typeof r.response === 'string' && <Typography.Paragraph>{r.response}</Typography.Paragraph>}
                  <FeedbackPanel type={r.type} correct={r.correct} response={r.response} answerKey={r.key} explanation={r.explanation} rubric={r.rubric} />
                </Space>
              ),
            };
          })}
        />
      </Card>
    </Space>
  );
}
