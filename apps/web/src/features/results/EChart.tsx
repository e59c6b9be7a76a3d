import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import { EChartHost } from '../../app/components/EChartHost';

// Only what the charts here use: keeps the bundle small (tree-shaken ECharts).
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export type BarChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

/** A bar chart (score distribution). */
export function EChart({ option, height = 280, ariaLabel, 'data-testid': testId }: { option: BarChartOption; height?: number; ariaLabel: string; 'data-testid'?: string }) {
  return <EChartHost option={option} height={height} ariaLabel={ariaLabel} data-testid={testId} />;
}
