/**
 * One colour per lifecycle stage, from cold to hot, then "other" and "unknown": the app's charts
 * (renderer/simulator/colors.ts) and the report's lifecycle chart (engine/report/charts.ts) draw each stage in the same one.
 */
export const STAGE_COLORS: Readonly<Record<string, string>> = {
  subscriber: '#b4c7d9',
  lead: '#5b9bd5',
  marketingqualifiedlead: '#8e7cc3',
  salesqualifiedlead: '#d48ab8',
  opportunity: '#f2a541',
  customer: '#4caf7d',
  evangelist: '#2bb3c0',
  other: '#a1887f',
  unknown: '#78909c',
};
