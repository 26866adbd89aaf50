export { DEFAULT_LANG, LANGS, LOCALE_TAGS, isLang, type Lang } from './lang.ts';
export { messages } from './messages.ts';
export { zh, type Messages } from './zh.ts';
export { en } from './en.ts';
export {
  MEMBERSHIP_KINDS,
  MONEY_CATEGORIES,
  PERIODS,
  THEME_IDS,
  isThemeId,
  type MembershipKind,
} from './vocabulary.ts';
