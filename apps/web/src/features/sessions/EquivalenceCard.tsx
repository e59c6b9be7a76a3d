import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Empty, Table } from 'antd';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { api } from '../../lib/api';

interface FormSummary {
  label: string;
  meanDifficulty: number;
  pointsByRequirement: Record<'understand' | 'familiar' | 'master', number>;
}

interface EquivalenceResponse {
  formMode: string;
  expected: number;
  maxOverlapLimitPercent?: number;
  withinLimits?: boolean;
  report: null | {
    forms: FormSummary[];
    sharedItems: number[][];
    overlapPercent: number[][];
    maxOverlapPercent: number;
    meanDifficultySpread: number;
    meanDifficultyTolerance: number;
  };
}

/** Officer: how alike the fixed parallel papers (A/B/C卷) are — overlap and mean difficulty. */
export function EquivalenceCard({ sessionId, formsReady }: { sessionId: string; formsReady: number }) {
  const { t } = useI18n();
  const query = useQuery({
    queryKey: ['exam-sessions', 'detail', sessionId, 'equivalence', formsReady],
    queryFn: ({ signal }) => api.get<EquivalenceResponse>(`/api/exam-sessions/${sessionId}/forms/equivalence`, undefined, signal),
  });
  const r = query.data?.report;
  return (
    <Card size="small" title={t('formsReport.title')} data-testid="forms-equivalence">
      <QueryState query={query}>
        {!r ? (
          <Empty description={t('formsReport.empty')} />
        ) : (
          <>
            <Alert
              type={query.data?.withinLimits ? 'success' : 'warning'}
              showIcon
              style={{ marginBottom: 12 }}
              message={query.data?.withinLimits ? t('formsReport.within') : t('formsReport.outside', { overlap: query.data?.maxOverlapLimitPercent ?? 0, tolerance: r.meanDifficultyTolerance })}
            />
            <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 12 }}>
              <Descriptions.Item label={t('formsReport.maxOverlap')}>
                {`${r.maxOverlapPercent}% (${t('formsReport.limit', { value: `${query.data?.maxOverlapLimitPercent ?? 0}%` })})`}
              </Descriptions.Item>
              <Descriptions.Item label={t('formsReport.spread')}>
                {`${r.meanDifficultySpread.toFixed(2)} (${t('formsReport.limit', { value: r.meanDifficultyTolerance })})`}
              </Descriptions.Item>
            </Descriptions>
            <Table<FormSummary & { index: number }>
              size="small"
              pagination={false}
              rowKey="label"
              dataSource={r.forms.map((f, index) => ({ ...f, index }))}
              scroll={{ x: true }}
              columns={[
                { title: t('formsReport.col.label'), dataIndex: 'label' },
                { title: t('formsReport.col.meanDifficulty'), dataIndex: 'meanDifficulty', render: (v: number) => v.toFixed(2) },
                {
                  title: t('formsReport.col.requirement'),
                  render: (_, f) => `${f.pointsByRequirement.understand ?? 0} / ${f.pointsByRequirement.familiar ?? 0} / ${f.pointsByRequirement.master ?? 0}`,
                },
                ...r.forms.map((other, j) => ({
                  title: other.label,
                  key: other.label,
                  render: (_: unknown, f: FormSummary & { index: number }) => (f.index === j ? '—' : `${r.sharedItems[f.index]![j]} (${r.overlapPercent[f.index]![j]}%)`),
                })),
              ]}
              title={() => t('formsReport.overlap')}
            />
          </>
        )}
      </QueryState>
    </Card>
  );
}
