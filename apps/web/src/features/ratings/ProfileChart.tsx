import { BarChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, RadarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, RadarComponentOption, TooltipComponentOption } from 'echarts/components';
import { EChartHost } from '../../app/components/EChartHost';

// Only what the profile charts draw (tree-shaken ECharts).
echarts.use([RadarChart, BarChart, RadarComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ProfileChartOption = ComposeOption<RadarSeriesOption | BarSeriesOption | RadarComponentOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** The radar and bar views of the competency profile (the table beside it has the same numbers). */
export function ProfileChart({ option, height = 420, ariaLabel, 'data-testid': testId }: { option: ProfileChartOption; height?: number; ariaLabel: string; 'data-testid'?: string }) {
  return <EChartHost option={option} height={height} ariaLabel={ariaLabel} data-testid={testId} />;
}
