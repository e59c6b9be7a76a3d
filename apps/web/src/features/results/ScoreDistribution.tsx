import { useMemo, useState } from 'react';
import { Segmented, Table } from 'antd';
import type { SessionStats } from '@cm/domain';
import { useI18n } from '../../app/i18n/i18n';
import { binLabel } from './results-format';
import { EChart, type BarChartOption } from './EChart';

type Bin = SessionStats['distribution'][number];

const PASS_COLOR = '#1677ff';
const FAIL_COLOR = '#ff7875';

/** The score distribution as a bar chart, with the same numbers as a table (for screen readers
 * and for anyone who prefers figures); bins below the pass mark are drawn in red. */
export function ScoreDistribution({ bins, passMark }: { bins: Bin[]; passMark: number }) {
  const { t } = useI18n();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const option = useMemo<BarChartOption>(
    () => ({
      grid: { left: 40, right: 16, top: 24, bottom: 32 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: bins.map(binLabel), name: t('results.dist.axisScore'), nameLocation: 'middle', nameGap: 28, axisLabel: { interval: 0, fontSize: 11 } },
      yAxis: { type: 'value', minInterval: 1, name: t('results.dist.count') },
      series: [
        {
          type: 'bar',
          name: t('results.dist.count'),
          data: bins.map((bin) => ({ value: bin.count, itemStyle: { color: bin.to <= passMark ? FAIL_COLOR : PASS_COLOR } })),
          barMaxWidth: 40,
          label: { show: true, position: 'top' },
        },
      ],
    }),
    [bins, passMark, t],
  );
  const summary = bins.map((bin) => t('results.dist.binSummary', { range: binLabel(bin), count: bin.count })).join(t('common.listSeparator'));
  return (
    <div data-testid="results-distribution">
      <Segmented<'chart' | 'table'>
        size="small"
        value={view}
        onChange={setView}
        options={[
          { value: 'chart', label: t('results.dist.chart') },
          { value: 'table', label: t('results.dist.table') },
        ]}
        style={{ marginBottom: 8 }}
        data-testid="results-distribution-view"
      />
      {view === 'chart' ? (
        <EChart option={option} ariaLabel={t('results.dist.aria', { summary })} data-testid="results-distribution-chart" />
      ) : (
        <Table<Bin>
          rowKey="from"
          size="small"
          pagination={false}
          dataSource={bins}
          data-testid="results-distribution-table"
          columns={[
            { title: t('results.dist.range'), key: 'range', render: (_value, bin) => binLabel(bin) },
            { title: t('results.dist.count'), dataIndex: 'count', align: 'right' },
          ]}
        />
      )}
    </div>
  );
}
