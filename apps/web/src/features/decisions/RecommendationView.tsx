import type { HTMLAttributes } from 'react';
import { Alert, Col, Row, Statistic, Table, Tag, Typography } from 'antd';
import type { DecisionCheckDto, RecommendationDto } from '@cm/contracts';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { checkNumbers } from './check-format';

const num = (n: number | null) => (n === null ? '—' : n);

/** The recommendation with every check: passed or failed, the actual number against the
 * required one, the rule's own explanation, and the items behind a failed item check. */
export function RecommendationView({ recommendation }: { recommendation: RecommendationDto }) {
  const { t, tOr } = useI18n();
  const levelLabel = useLevelLabel();
  const failed = recommendation.checks.filter((check) => !check.passed).length;
  return (
    <div data-testid="recommendation" data-awarded={String(recommendation.awarded)}>
      <Alert
        type={recommendation.awarded ? 'success' : 'warning'}
        showIcon
        style={{ marginBottom: 12 }}
        title={recommendation.awarded ? t('ld.awardedBanner', { level: levelLabel(recommendation.level) }) : t('ld.refusedBanner', { level: levelLabel(recommendation.level), n: failed })}
      />
      <Row gutter={[16, 8]} style={{ marginBottom: 12 }}>
        <Col xs={12} md={6}>
          <Statistic title={t('ld.examScore')} value={num(recommendation.examScore)} data-testid="recommendation-exam" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('cp.behaviouralIndex')} value={num(recommendation.behaviouralIndex)} data-testid="recommendation-b" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('ld.composite')} value={num(recommendation.composite)} data-testid="recommendation-composite" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('ld.shareAtStandard')} value={num(recommendation.shareAtStandard)} suffix={recommendation.shareAtStandard === null ? undefined : '%'} />
        </Col>
      </Row>
      <Table<DecisionCheckDto>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={recommendation.checks}
        data-testid="recommendation-checks"
        scroll={{ x: 760 }}
        onRow={(check) => ({ 'data-testid': 'recommendation-check', 'data-code': check.code, 'data-passed': String(check.passed) }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('ld.col.check'), dataIndex: 'code', width: 170, render: (code: string) => tOr(`ld.check.${code}`, code) },
          { title: t('ld.col.result'), dataIndex: 'passed', width: 90, render: (passed: boolean) => (passed ? <Tag color="green">✓ {t('ld.passed')}</Tag> : <Tag color="red">✗ {t('ld.failed')}</Tag>) },
          { title: t('ld.col.actual'), key: 'actual', width: 90, align: 'center', render: (_v, check) => <Typography.Text strong>{checkNumbers(check).actual}</Typography.Text> },
          { title: t('ld.col.required'), key: 'required', width: 100, align: 'center', render: (_v, check) => checkNumbers(check).required },
          {
            title: t('ld.col.detail'),
            dataIndex: 'detail',
            render: (detail: string, check) => (
              <div>
                <div>{detail}</div>
                {!check.passed && check.items && check.items.length > 0 && (
                  <div style={{ marginTop: 4 }}>
                    {check.items.map((item) => (
                      <Tag key={item.itemId} color="red" style={{ marginBottom: 2 }}>
                        {t('ld.itemGap', { name: item.name, rating: item.rating ?? '—', standard: item.standard })}
                      </Tag>
                    ))}
                  </div>
                )}
              </div>
            ),
          },
        ]}
      />
    </div>
  );
}
