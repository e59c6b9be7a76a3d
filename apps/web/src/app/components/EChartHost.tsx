import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';

interface Props {
  option: EChartsCoreOption;
  height: number;
  /** What the chart shows, for screen readers (pair it with a table alternative). */
  ariaLabel: string;
  'data-testid'?: string;
}

/** An ECharts host: initialised once, updated with the option, resized with its box and
 * disposed on unmount. Each chart module registers the ECharts parts it draws with
 * `echarts.use`, so only those are bundled. */
export function EChartHost({ option, height, ariaLabel, 'data-testid': testId }: Props) {
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
