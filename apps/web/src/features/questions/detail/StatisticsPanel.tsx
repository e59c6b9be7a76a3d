import { useQuery } from '@tanstack/react-query';
import { Empty, Table, Typography } from 'antd';
import type { ItemStatisticsDto } from '@cm/contracts';
import { QueryState } from '../../../app/components/QueryState';
import { useI18n } from '../../../app/i18n/i18n';
import { questionStatisticsQueryOptions } from '../api';

const fixed = (value: number | null, digits: number) => (value === null ? '—' : value.toFixed(digits));

/** Times used, facility (p) and discrimination per version; empty until papers are graded. */
export function StatisticsPanel({ questionId }: { questionId: string }) {
  const { t, formatDateTime } = useI18n();
  const statistics = useQuery(questionStatisticsQueryOptions(questionId));
  const items = statistics.data?.items ?? [];
  const used = items.some((item) => item.timesUsed > 0);
  return (
    <QueryState query={statistics}>
      {!used ? (
        <Empty description={t('qd.noResponses')} data-testid="statistics-empty" />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('qd.statisticsHint')}</Typography.Paragraph>
          <Table<ItemStatisticsDto>
            size="small"
            rowKey="versionId"
            pagination={false}
            dataSource={items}
            data-testid="statistics-table"
            columns={[
              { title: t('qd.version'), dataIndex: 'version', render: (n: number) => t('settings.versionN', { n }) },
              { title: t('qd.timesUsed'), dataIndex: 'timesUsed' },
              { title: t('qd.facility'), dataIndex: 'facility', render: (value: number | null) => fixed(value, 2) },
              { title: t('qd.discrimination'), dataIndex: 'discrimination', render: (value: number | null) => fixed(value, 2) },
              { title: t('qd.statisticsAt'), dataIndex: 'updatedAt', render: (at: string | null) => formatDateTime(at) },
            ]}
          />
        </>
      )}
    </QueryState>
  );
}
