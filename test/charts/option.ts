// Reading back the parts of an option the tests check, without ECharts' deep union types.
import type { ECOption } from '../../src/lib/charts/echarts.ts';

export type Loose = Record<string, unknown> & { data?: unknown[]; name?: string };

export function list(value: unknown): Loose[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as Loose[];
}

export const series = (o: ECOption) => list(o.series);
export const xAxes = (o: ECOption) => list(o.xAxis);
export const yAxes = (o: ECOption) => list(o.yAxis);
export const grids = (o: ECOption) => list(o.grid);

/** A bar or line datum's number (plain, or { value }). */
export function valueOf(d: unknown): number | null {
  if (typeof d === 'number') return d;
  if (d && typeof d === 'object' && 'value' in d) return (d as { value: number }).value;
  return null;
}

export function ariaDescription(o: ECOption): string {
  const aria = o.aria as { enabled?: boolean; label?: { description?: string } } | undefined;
  return aria?.enabled ? (aria.label?.description ?? '') : '';
}
