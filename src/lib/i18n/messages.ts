import { en } from './en.ts';
import type { Lang } from './lang.ts';
import { zh, type Messages } from './zh.ts';

const TABLES: Readonly<Record<Lang, Messages>> = { zh, en };

/** The interface strings for a language. */
export function messages(lang: Lang): Messages {
  return TABLES[lang];
}
