// Colours shared by the charts, so a theme or category keeps its colour from chart to chart.
// Categorical colours are Tableau 20's (chosen for telling many series apart); they read on
// both light and dark backgrounds.
import type { MoneyCategory, ThemeId } from '../../../data-prep/core/types.ts';

/** Colours that depend on the light or dark page. */
export interface ChartColors {
  text: string;
  subtext: string;
  axisLine: string;
  splitLine: string;
  /** Fill of map regions without data: grey, never a value colour. */
  noData: string;
  regionBorder: string;
  highlight: string;
  tooltipBackground: string;
  /** Low → high for choropleths. */
  sequential: string[];
  /** Background of exported images (the live chart is transparent over the page). */
  background: string;
}

const LIGHT: ChartColors = {
  text: '#1f2328',
  subtext: '#59636e',
  axisLine: '#8c959f',
  splitLine: '#e6e8eb',
  noData: '#e3e3e3',
  regionBorder: '#ffffff',
  highlight: '#f2b134',
  tooltipBackground: '#ffffff',
  sequential: ['#c6dbef', '#6baed6', '#2171b5', '#08306b'],
  background: '#ffffff',
};

const DARK: ChartColors = {
  text: '#e6edf3',
  subtext: '#9198a1',
  axisLine: '#6e7681',
  splitLine: '#30363d',
  noData: '#3a3f46',
  regionBorder: '#0d1117',
  highlight: '#f2b134',
  tooltipBackground: '#161b22',
  sequential: ['#1d3b5e', '#2f6fb3', '#6fb1f0', '#d2e9ff'],
  background: '#0d1117',
};

export function chartColors(dark: boolean): ChartColors {
  return dark ? DARK : LIGHT;
}

/** Tableau 20, for series that have no colour of their own (provinces). */
export const SERIES_PALETTE = [
  '#4E79A7', '#F28E2B', '#E15759', '#76B7B2', '#59A14F', '#EDC948', '#B07AA1', '#FF9DA7', '#9C755F', '#BAB0AC',
  '#A0CBE8', '#FFBE7D', '#8CD17D', '#B6992D', '#86BCB6', '#D37295', '#FABFD2', '#D4A6C8', '#D7B5A6', '#79706E',
];

export const THEME_COLORS: Readonly<Record<ThemeId, string>> = {
  skills: '#4E79A7',
  rights: '#E15759',
  hardship: '#F28E2B',
  care: '#FF9DA7',
  organizing: '#59A14F',
  culture: '#B07AA1',
  training: '#76B7B2',
  ideology: '#9C755F',
  'model-workers': '#EDC948',
  reform: '#A0CBE8',
  'labor-relations': '#FFBE7D',
  services: '#8CD17D',
  employment: '#B6992D',
  women: '#D37295',
  'safety-health': '#86BCB6',
};

export const CATEGORY_COLORS: Readonly<Record<MoneyCategory, string>> = {
  spending: '#4E79A7',
  'fee-refund': '#59A14F',
  'wages-recovered': '#E15759',
  prize: '#EDC948',
  loan: '#B07AA1',
  other: '#9C755F',
};
