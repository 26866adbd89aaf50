/** Interface languages: Chinese is the default, English the alternative. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

export const DEFAULT_LANG: Lang = 'zh';

/** BCP 47 tags handed to Intl for each interface language. */
export const LOCALE_TAGS: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en' };

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}
