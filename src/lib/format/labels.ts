// Names of the dataset's codes in the interface language.
import type { MoneyCategory, Period, Scope, ThemeId } from '../../../data-prep/core/types.ts';
import { provinceName } from '../geo/provinces.ts';
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import type { MembershipKind } from '../i18n/vocabulary.ts';

/**
 * 330000 → 浙江 / Zhejiang. Without a code the scope tells national (全国) from not identified
 * (未识别省份); without a scope either, one label covers both.
 */
export function provinceLabel(code: string | null, lang: Lang, scope?: Scope): string {
  if (code !== null) return provinceName(code, lang);
  const m = messages(lang);
  if (scope === 'national') return m.scope.national;
  return scope === undefined ? m.filters.noProvince : m.filters.unknownProvince;
}

/** skills → 技能竞赛 / Skills contests; an id outside the taxonomy is returned as it is. */
export function themeLabel(id: ThemeId, lang: Lang): string {
  return messages(lang).themes[id] ?? id;
}

export function categoryLabel(category: MoneyCategory, lang: Lang): string {
  return messages(lang).categories[category] ?? category;
}

export function periodLabel(period: Period, lang: Lang): string {
  return messages(lang).periods[period] ?? period;
}

export function membershipKindLabel(kind: MembershipKind, lang: Lang): string {
  return messages(lang).membershipKinds[kind];
}
