// The closed vocabularies of the dataset contract, in display order, with guards for untrusted
// input (URL parameters). Labels live in the message tables (zh.ts, en.ts).
import type { MoneyCategory, Period, ThemeId } from '../../../data-prep/core/types.ts';

/** The theme taxonomy in display order; the position is also the theme's bit in filter masks. */
export const THEME_IDS = [
  'skills',
  'rights',
  'hardship',
  'care',
  'organizing',
  'culture',
  'training',
  'ideology',
  'model-workers',
  'reform',
  'labor-relations',
  'services',
  'employment',
  'women',
  'safety-health',
] as const satisfies readonly ThemeId[];

// Fails to compile when the contract gains a theme this list lacks.
type MissingTheme = Exclude<ThemeId, (typeof THEME_IDS)[number]>;
const themesComplete: [MissingTheme] extends [never] ? true : MissingTheme = true;
void themesComplete;

const THEME_SET: ReadonlySet<string> = new Set(THEME_IDS);

export function isThemeId(value: string): value is ThemeId {
  return THEME_SET.has(value);
}

/** Money categories in display order. */
export const MONEY_CATEGORIES = [
  'spending',
  'fee-refund',
  'wages-recovered',
  'prize',
  'loan',
  'other',
] as const satisfies readonly MoneyCategory[];

/** Periods in display order: annual and cumulative amounts are never added together. */
export const PERIODS = ['annual', 'cumulative', 'unspecified'] as const satisfies readonly Period[];

/** The membership series kinds, in panel order. */
export type MembershipKind = 'members' | 'new-members' | 'membership-rate';

export const MEMBERSHIP_KINDS: readonly MembershipKind[] = ['members', 'new-members', 'membership-rate'];
