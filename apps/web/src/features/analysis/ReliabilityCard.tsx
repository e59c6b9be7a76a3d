import { Alert, Card, Space, Table, Tag, Typography } from 'antd';
import type { FormReliabilityDto, SessionItemAnalysisDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { fixed } from './format';

/** KR-20 / coefficient alpha per fixed form, or why there is none (one paper per candidate). */
export function ReliabilityCard({ analysis }: { analysis: SessionItemAnalysisDto }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('analysis.reliability')} data-testid="analysis-reliability">
      {analysis.reliabilityNote === 'per_candidate' ? (
        <Alert type="info" showIcon title={t('analysis.reliabilityPerCandidate')} data-testid="reliability-per-candidate" />
      ) : (
        <>
          <Table<FormReliabilityDto>
            size="small"
            rowKey="formId"
            pagination={false}
            dataSource={analysis.reliability}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('analysis.form'), dataIndex: 'label' },
              { title: t('analysis.method'), dataIndex: 'method', render: (method: FormReliabilityDto['method']) => t(`analysis.method.${method}`) },
              {
                title: t('analysis.value'),
                dataIndex: 'value',
                render: (value: number | null, row) =>
                  value === null ? (
                    <Typography.Text type="secondary">{row.reason ? t(`analysis.reason.${row.reason}`) : '—'}</Typography.Text>
                  ) : (
                    <Space size={4}>
                      <strong data-testid={`reliability-${row.label}`}>{fixed(value, 3)}</strong>
                      {row.n < analysis.minN && <Tag variant="outlined">{t('analysis.flag.fewResponses')}</Tag>}
                    </Space>
                  ),
              },
              { title: t('analysis.kn'), key: 'kn', render: (_, row) => `${row.k} / ${row.n}` },
              { title: t('analysis.meanSd'), key: 'meanSd', render: (_, row) => `${fixed(row.meanPoints, 1)} ± ${fixed(row.sdPoints, 1)}` },
              { title: t('analysis.sem'), dataIndex: 'sem', render: (v: number | null) => fixed(v, 1) },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
            {t('analysis.reliabilityHint')}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}
