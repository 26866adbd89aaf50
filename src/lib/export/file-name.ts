// File names for exports: they say what the file holds (chart, provinces, themes, years) and are
// safe on Windows, macOS and Linux, whatever text the parts carry.
import type { FilterState } from '../state/filter-model.ts';
import { provinceName } from '../geo/provinces.ts';
import { themeLabel } from '../format/labels.ts';
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';

/** Room for the extension and a browser's " (1)" within the usual 255-byte limit. */
export const MAX_STEM_BYTES = 150;

/** At most this many provinces or themes are named; the rest are counted. */
const NAMED = 3;

// Windows device names, reserved with any extension (con.png, NUL.tar.gz).
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
// Characters no file system allows or that hide what a name says: C0/C1 controls, the
// Windows-forbidden set, and invisible or direction-changing marks (which can fake an extension).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const FORBIDDEN = /[/\\:*?"<>|]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `stem.ext` made safe: forbidden characters replaced by '-', controls and invisible marks
 * dropped, whitespace collapsed, cut to MAX_STEM_BYTES of UTF-8 (never inside a character), no
 * leading dot, no trailing dot or space, and a reserved device name prefixed with '_'.
 */
export function safeFileName(stem: string, ext: string): string {
  let s = stem.normalize('NFC').replace(LONE_SURROGATE, '').replace(CONTROL, '').replace(INVISIBLE, '').replace(FORBIDDEN, '-').replace(/\s+/g, ' ').trim();
  s = cutUtf8(s, MAX_STEM_BYTES)
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (!s) s = 'export';
  if (RESERVED.test(s.split('.')[0] ?? '')) s = `_${s}`;
  const e = ext.toLowerCase().replace(/[^a-z0-9]/g, '');
  return e ? `${s}.${e}` : s;
}

/** Parts joined with '_' (spaces inside a part become '-', empty parts are left out). */
export function exportFileName(parts: readonly string[], ext: string): string {
  const clean = parts.map((p) => p.trim().replace(/[\s_]+/g, '-')).filter(Boolean);
  return safeFileName(clean.join('_'), ext);
}

/**
 * What a file name says about the filter: the provinces (or all), the themes when some are
 * chosen, and the years (or all): 浙江_技能竞赛_2021-2022, All-provinces_All-years.
 */
export function filterFileParts(f: FilterState, lang: Lang): string[] {
  const m = messages(lang);
  const provinces = f.provinces.length ? named(f.provinces.map((c) => provinceName(c, lang)), lang) : m.filters.allProvinces;
  const themes = f.themes.length ? named(f.themes.map((t) => themeLabel(t, lang)), lang) : '';
  return [provinces, themes, yearPart(f.from, f.to, lang) ?? m.filters.allYears];
}

function named(names: readonly string[], lang: Lang): string {
  const shown = names.slice(0, NAMED).join('+');
  const more = names.length - NAMED;
  if (more <= 0) return shown;
  return lang === 'zh' ? `${shown}等${names.length}项` : `${shown}+${more}-more`;
}

function yearPart(from: number | null, to: number | null, lang: Lang): string | null {
  if (from !== null && to !== null) return from === to ? String(from) : `${from}-${to}`;
  if (from !== null) return lang === 'zh' ? `${from}起` : `from-${from}`;
  if (to !== null) return lang === 'zh' ? `至${to}` : `to-${to}`;
  return null;
}

// The longest prefix of `s` that fits in `bytes` of UTF-8, cut between characters.
function cutUtf8(s: string, bytes: number): string {
  let used = 0;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (used + size > bytes) break;
    used += size;
    out += ch;
  }
  return out;
}
