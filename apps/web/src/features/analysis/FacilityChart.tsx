import { useEffect, useRef } from 'react';
import { ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ItemAnalysisRowDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { chartPoints, type ChartPoint } from './format';

echarts.use([ScatterChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

const THRESHOLD_LINE = { lineStyle: { type: 'dashed' as const, color: '#999' }, label: { show: true, formatter: '{c}' }, symbol: 'none' };

/** Facility (x) against the item–rest correlation (y); suspect items in red, thresholds dashed.
 * Loaded lazily so ECharts is fetched only on this page. */
export default function FacilityChart({ items, onSelect }: { items: readonly ItemAnalysisRowDto[]; onSelect: (versionId: string) => void }) {
  const { t } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  const selectRef = useRef(onSelect);
  selectRef.current = onSelect;

  useEffect(() => {
    const element = host.current;
    if (!element) return undefined;
    const chart = echarts.init(element);
    chart.on('click', (event) => {
      const point = event.data as { point?: ChartPoint } | undefined;
      if (point?.point) selectRef.current(point.point.versionId);
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, []);

  useEffect(() => {
    const element = host.current;
    const chart = element ? echarts.getInstanceByDom(element) : undefined;
    if (!chart) return;
    const { normal, flagged } = chartPoints(items);
    const data = (points: ChartPoint[]) => points.map((point) => ({ value: [point.facility, point.y], point }));
    chart.setOption(
      {
        animation: false,
        grid: { left: 56, right: 24, top: 36, bottom: 48 },
        legend: { top: 0, data: [t('analysis.chartNormal'), t('analysis.chartFlagged')] },
        tooltip: {
          trigger: 'item',
          formatter: (params: unknown) => {
            const point = (params as { data?: { point?: ChartPoint } }).data?.point;
            if (!point) return '';
            const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
            return `${point.position ? `${point.position}. ` : ''}${escape(point.stem)}<br/>p = ${point.facility.toFixed(2)} · r = ${point.y.toFixed(2)}`;
          },
        },
        xAxis: { type: 'value', min: 0, max: 1, name: t('analysis.chartX'), nameLocation: 'middle', nameGap: 28 },
        yAxis: { type: 'value', min: -1, max: 1, name: t('analysis.chartY'), nameLocation: 'middle', nameGap: 40 },
        series: [
          {
            name: t('analysis.chartNormal'),
            type: 'scatter',
            symbolSize: 9,
            itemStyle: { color: '#1677ff' },
            data: data(normal),
            markLine: { ...THRESHOLD_LINE, silent: true, data: [{ xAxis: 0.2 }, { xAxis: 0.95 }, { yAxis: 0 }] },
          },
          { name: t('analysis.chartFlagged'), type: 'scatter', symbolSize: 11, itemStyle: { color: '#cf1322' }, data: data(flagged) },
        ],
      },
      true,
    );
  }, [items, t]);

  return <div ref={host} style={{ width: '100%', height: 320 }} data-testid="analysis-chart" role="img" aria-label={t('analysis.chartTitle')} />;
}
