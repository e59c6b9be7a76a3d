import { useQuery } from '@tanstack/react-query';
import { Empty, Table, Typography } from 'antd';
import type { ItemStatisticsDto } from '@cm/contracts';
import { QueryState } from '../../../app/components/QueryState';
import { useI18n } from '../../../app/i18n/i18n';
import { DistractorTable } from '../../analysis/DistractorTable';
import { FlagTags } from '../../analysis/FlagTags';
import { fixed } from '../../analysis/format';
import { questionStatisticsQueryOptions } from '../api';

/** Per version: times used, and the item analysis pooled over every graded attempt that had
 * it (facility, item–rest correlation, upper–lower D, flags; a row opens its options). */
export function StatisticsPanel({ questionId }: { questionId: string }) {
  const { t, formatDateTime } = useI18n();
  const statistics = useQuery(questionStatisticsQueryOptions(questionId));
  const items = statistics.data?.items ?? [];
  const used = items.some((item) => item.timesUsed > 0 || item.analysis);
  return (
    <QueryState query={statistics}>
      {!used ? (
        <Empty description={t('qd.noResponses')} data-testid="statistics-empty" />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('qd.statisticsHint')} {t('analysis.pooledHint')}
          </Typography.Paragraph>
          <Table<ItemStatisticsDto>
            size="small"
            rowKey="versionId"
            pagination={false}
            dataSource={items}
            scroll={{ x: 'max-content' }}
            data-testid="statistics-table"
            expandable={{ rowExpandable: (row) => row.analysis !== null, expandedRowRender: (row) => (row.analysis ? <DistractorTable stats={row.analysis} /> : null) }}
            columns={[
              { title: t('qd.version'), dataIndex: 'version', render: (n: number) => t('settings.versionN', { n }) },
              { title: t('qd.timesUsed'), dataIndex: 'timesUsed' },
              { title: t('analysis.col.n'), key: 'n', render: (_, row) => row.analysis?.n ?? 0 },
              { title: t('qd.facility'), dataIndex: 'facility', render: (value: number | null) => fixed(value, 2) },
              { title: t('analysis.col.pointBiserial'), key: 'rpb', render: (_, row) => fixed(row.analysis?.pointBiserial, 2) },
              { title: t('qd.discrimination'), dataIndex: 'discrimination', render: (value: number | null) => fixed(value, 2) },
              { title: t('analysis.col.flags'), key: 'flags', render: (_, row) => (row.analysis ? <FlagTags flags={row.analysis.flags} belowMinN={row.analysis.belowMinN} /> : null) },
              { title: t('qd.statisticsAt'), dataIndex: 'updatedAt', render: (at: string | null) => formatDateTime(at) },
            ]}
          />
        </>
      )}
    </QueryState>
  );
}
