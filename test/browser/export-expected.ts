// What the exported CSVs should hold for a selection, computed from articles.jsonl with plain
// loops (not with the dashboard's queries or chart modules), and a selection under which every
// chart has something to export.
import type { ExtractedArticle, ThemeId } from '../../data-prep/core/types.ts';
import { isProvinceCode } from '../../src/lib/geo/provinces.ts';
import type { Selection } from './expected.ts';

const attributed = (a: ExtractedArticle): string | null => (a.scope === 'province' ? a.provinceCode : null);
const MEMBERSHIP = new Set(['members', 'new-members', 'membership-rate']);

function inRange(s: Selection, year: number | null): boolean {
  if (s.from === null && s.to === null) return true;
  return year !== null && (s.from === null || year >= s.from) && (s.to === null || year <= s.to);
}

function placeAndTheme(s: Selection, a: ExtractedArticle): boolean {
  return (s.provinces.length === 0 || s.provinces.includes(attributed(a) ?? '')) && (s.themes.length === 0 || a.themes.some((t) => s.themes.includes(t)));
}

/** The articles a selection shows. */
export function selectedArticles(articles: readonly ExtractedArticle[], s: Selection): ExtractedArticle[] {
  return articles.filter((a) => placeAndTheme(s, a) && inRange(s, a.year));
}

// Every chart has data: articles with a year (map, themes, timeline), a funding figure and a
// membership figure with a year, all within the selection.
function everyChart(articles: readonly ExtractedArticle[], s: Selection): boolean {
  const sel = selectedArticles(articles, s);
  const figures = articles.filter((a) => placeAndTheme(s, a)).flatMap((a) => a.figures.map((f) => ({ f, year: f.year ?? a.year })));
  return (
    sel.some((a) => a.year !== null && attributed(a) !== null) &&
    figures.some(({ f, year }) => f.kind === 'money' && f.funding === true && inRange(s, year)) &&
    figures.some(({ f, year }) => MEMBERSHIP.has(f.kind) && year !== null && inRange(s, year))
  );
}

/**
 * A selection with provinces, a theme and years under which every chart has data: the theme and
 * province with most such articles, a second province where one adds articles, the years they span.
 */
export function selectionForEveryChart(articles: readonly ExtractedArticle[]): Selection {
  const candidates: Selection[] = [];
  const themes = [...new Set(articles.flatMap((a) => a.themes))];
  const provinces = [...new Set(articles.map(attributed).filter((c) => c !== null))];
  for (const theme of themes)
    for (const p of provinces) {
      const s: Selection = { provinces: [p], themes: [theme], from: null, to: null };
      if (everyChart(articles, s)) candidates.push(s);
    }
  const size = (s: Selection) => selectedArticles(articles, s).length;
  const best = candidates.sort((a, b) => size(b) - size(a))[0];
  if (!best) throw new Error('no province and theme under which every chart has data');
  const other = provinces.filter((p) => p !== best.provinces[0]).sort((a, b) => size({ ...best, provinces: [b] }) - size({ ...best, provinces: [a] }))[0];
  const wider = other && size({ ...best, provinces: [other] }) > 0 ? { ...best, provinces: [...best.provinces, other] } : best;
  const years = selectedArticles(articles, wider)
    .map((a) => a.year)
    .filter((y) => y !== null);
  const ranged = { ...wider, from: Math.min(...years), to: Math.max(...years) };
  return everyChart(articles, ranged) ? ranged : wider;
}

/** Articles per attributed province, as the map counts them. */
export function provinceCounts(articles: readonly ExtractedArticle[], s: Selection): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of selectedArticles(articles, s)) {
    const p = attributed(a);
    if (p !== null && isProvinceCode(p)) out.set(p, (out.get(p) ?? 0) + 1);
  }
  return out;
}

/** Articles per theme drawn: only the selected themes when some are selected. */
export function themeCounts(articles: readonly ExtractedArticle[], s: Selection): Map<ThemeId, number> {
  const out = new Map<ThemeId, number>();
  for (const a of selectedArticles(articles, s))
    for (const t of a.themes) if (s.themes.length === 0 || s.themes.includes(t)) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

/** Articles per year × theme drawn, every year from the first to the last. */
export function yearThemeCounts(articles: readonly ExtractedArticle[], s: Selection): Map<number, Map<ThemeId, number>> {
  const out = new Map<number, Map<ThemeId, number>>();
  const dated = selectedArticles(articles, s).filter((a) => a.year !== null && a.themes.length);
  const years = dated.map((a) => a.year as number);
  for (let y = Math.min(...years); y <= Math.max(...years); y++) out.set(y, new Map());
  for (const a of dated) {
    const row = out.get(a.year as number)!;
    for (const t of a.themes) if (s.themes.length === 0 || s.themes.includes(t)) row.set(t, (row.get(t) ?? 0) + 1);
  }
  return out;
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows; the BOM must be there. */
export function parseCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('no byte-order mark');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (ch === '\n' || ch === '\r') throw new Error(`bare line break at ${i}`);
    else cell += ch;
  }
  if (quoted) throw new Error('unterminated quote');
  if (cell !== '' || row.length) throw new Error('no CRLF after the last row');
  return rows;
}

/** PNG width and height from the IHDR chunk, after checking the signature. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG');
  if (String.fromCharCode(...bytes.slice(12, 16)) !== 'IHDR') throw new Error('no IHDR first');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
