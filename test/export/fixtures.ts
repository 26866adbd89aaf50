// Shared inputs for the export tests.
import type { ExportContext } from '../../src/lib/export/caption.ts';
import type { FilterState } from '../../src/lib/state/filter-model.ts';

export const EMPTY: FilterState = { provinces: [], themes: [], from: null, to: null };

export const CONTEXT: ExportContext = {
  lang: 'zh',
  dark: false,
  filters: { provinces: ['330000'], themes: ['skills'], from: 2021, to: 2022 },
  version: 'a2ace27b0123456789abcdef',
  generatedAt: '2026-11-21T05:53:00.000Z',
};
