// The article view's correction form: its fields from what extraction found and the stored
// correction, and back to a correction that keeps only what differs from extraction.
import type { ArticleIndexRow, FigureFact } from '../../../data-prep/core/dataset-types.ts';
import type { MoneyCategory, ThemeId } from '../../../data-prep/core/types.ts';
import { quoteHash, type ArticleCorrection, type FigureFix, type PlaceFix } from '../../../data-prep/core/corrections.ts';
import { THEME_IDS } from '../i18n/index.ts';

/** The form's fields. `place` is a province code, 'national' or 'unknown'; `value` null when empty. */
export interface CorrectionForm {
  place: string;
  date: string;
  themes: ThemeId[];
  figures: { value: number | null; category: MoneyCategory | ''; wrong: boolean }[];
}

/** What extraction found for an article: its index row and its figures in order. */
export interface Extracted {
  row: ArticleIndexRow;
  facts: readonly FigureFact[];
}

const placeOf = (scope: string, code: string | null): string => (scope === 'province' && code ? code : scope === 'national' ? 'national' : 'unknown');
const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** The form as it opens: extraction's values with the stored correction on top. */
export function formFrom({ row, facts }: Extracted, c: ArticleCorrection | null): CorrectionForm {
  const place = c?.place ? (c.place.scope === 'province' ? c.place.provinceCode : c.place.scope) : placeOf(row.scope, row.provinceCode);
  return {
    place,
    date: (c?.date !== undefined ? c.date : row.date) ?? '',
    themes: [...(c?.themes ?? row.themes)],
    figures: facts.map((f, i) => {
      const fix = c?.figures?.find((x) => x.index === i);
      return { value: fix?.value ?? f.value, category: fix?.category ?? f.category ?? '', wrong: fix?.wrong === true };
    }),
  };
}

/**
 * The correction the form states, keeping only what differs from extraction; null when nothing
 * does; 'bad-date' when the date is not YYYY-MM-DD or YYYY-MM.
 */
export function correctionFrom(form: CorrectionForm, { row, facts }: Extracted, textHash: string): ArticleCorrection | null | 'bad-date' {
  const date = form.date.trim() || null;
  if (date !== null && !DATE.test(date)) return 'bad-date';
  const c: ArticleCorrection = { articleId: row.id, textHash };
  if (form.place !== placeOf(row.scope, row.provinceCode)) {
    c.place = /^\d{6}$/.test(form.place) ? { scope: 'province', provinceCode: form.place } : ({ scope: form.place } as PlaceFix);
  }
  if (date !== row.date) c.date = date;
  const themes = THEME_IDS.filter((t) => form.themes.includes(t));
  if (themes.join() !== THEME_IDS.filter((t) => row.themes.includes(t)).join()) c.themes = themes;
  const figures: FigureFix[] = [];
  facts.forEach((f, i) => {
    const field = form.figures[i];
    if (!field) return;
    const fix: FigureFix = { index: i, raw: f.raw, quoteHash: quoteHash(f.quote) };
    const value = field.value;
    if (field.wrong) fix.wrong = true;
    else {
      if (value !== null && Number.isFinite(value) && value >= 0 && value !== f.value) fix.value = value;
      if (f.kind === 'money' && field.category && field.category !== (f.category ?? '')) fix.category = field.category;
    }
    if (fix.wrong || fix.value !== undefined || fix.category !== undefined) figures.push(fix);
  });
  if (figures.length) c.figures = figures;
  return Object.keys(c).length > 2 ? c : null;
}
