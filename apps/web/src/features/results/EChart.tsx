import { useEffect, useRef } from 'react';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';

// Only what the charts here use: keeps the bundle small (tree-shaken ECharts).
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export type BarChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

interface Props {
  option: BarChartOption;
  height?: number;
  /** What the chart shows, for screen readers (pair it with a table alternative). */
  ariaLabel: string;
  'data-testid'?: string;
}

/** A small ECharts host: initialised once, updated with the option, resized with its box and
 * disposed on unmount. */
export function EChart({ option, height = 280, ariaLabel, 'data-testid': testId }: Props) {
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
