import { useEffect, useRef } from 'react';
import { BarChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, RadarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, RadarComponentOption, TooltipComponentOption } from 'echarts/components';

// Only what the profile charts draw (tree-shaken ECharts).
echarts.use([RadarChart, BarChart, RadarComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ProfileChartOption = ComposeOption<RadarSeriesOption | BarSeriesOption | RadarComponentOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

interface Props {
  option: ProfileChartOption;
  height?: number;
  /** what the chart shows, for screen readers (the table beside it has the same numbers) */
  ariaLabel: string;
  'data-testid'?: string;
}

/** An ECharts host for the radar and bar views: initialised once, updated with the option,
 * resized with its box and disposed on unmount. */
export function ProfileChart({ option, height = 420, ariaLabel, 'data-testid': testId }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return undefined;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={host} role="img" aria-label={ariaLabel} style={{ width: '100%', height }} data-testid={testId} />;
}
