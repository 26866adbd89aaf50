// Benchmark pages: seed articles re-printed with other places, numbers and dates, laid out as
// the seed pages are (masthead, headline groups, 本报讯 bylines, captions closed by 摄, OCR line
// breaks, narrow columns), so that cleaning, segmentation and extraction all do real work.
// Deterministic: the pages depend only on the seed pages and the seed number.
import { Rng } from './bench-prng.ts';
import type { Divisions, Piece, Seeds, Spot, Target, Template } from './bench-seeds.ts';

/** One generated page with what the manifest says about it. */
export interface CorpusPage {
  /** Path relative to the corpus folder: YYYY/YYYY-MM-DD-NN.txt. */
  file: string;
  published: string;
  source: string;
  /** Province code of a regional paper (for 我省 / 我市), else null. */
  region: string | null;
  text: string;
}

/** Options of corpusPages. */
export interface CorpusOptions {
  seed: number;
  /** First publication day, YYYY-MM-DD (default 2015-01-01). */
  start?: string;
  /** Pages a day (default 8: about 3,000 pages, 50 MB, a year). */
  pagesPerDay?: number;
}

const DAY = 86_400_000;
const WEEKDAY = '日一二三四五六';
// The seed pages were printed in 2020–2022; their years move with the page's.
const SEED_YEAR = 2021;
const REGIONAL = { name: '杭州工运', region: '330000' };

interface Ctx {
  rng: Rng;
  date: Date;
  places: Map<string, Target>;
  divisions: Divisions;
  province: Target;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The division that stands in for seed division `spot.code` in this article. */
function target(ctx: Ctx, spot: Spot): Target {
  let t = ctx.places.get(spot.code);
  if (t) return t;
  const { rng, divisions, province } = ctx;
  const mapped = [...ctx.places.values()];
  const cities = divisions.cities.get(province.code) ?? [];
  // The article's first province is its own; a second one named beside it is another.
  const second = [...ctx.places.keys()].some((code) => code.endsWith('0000'));
  if (spot.level === 'province') t = second ? rng.pick(divisions.provinces) : province;
  else if (spot.level === 'city') t = cities.length ? rng.pick(cities) : province;
  else {
    // A county of the article's city, or of its province when that has no cities (直辖市).
    const city = mapped.find((p) => cities.includes(p)) ?? (cities.length ? rng.pick(cities) : province);
    const counties = divisions.counties.get(city.code) ?? divisions.counties.get(province.code) ?? [];
    t = counties.length ? rng.pick(counties) : city;
  }
  ctx.places.set(spot.code, t);
  return t;
}

// Years, full dates, months, days and other numbers, in one pass.
const NUMBER = /((?:19|20)\d\d)(?=\s*年)|(\d{1,2})月(\d{1,2})日|(\d{1,2})(?=月)|(\d{1,2})(?=日)|(\d+)(\.\d+)?/g;

function digits(rng: Rng, n: number): string {
  let s = String(rng.int(1, 9));
  for (let i = 1; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

function renumber(text: string, ctx: Ctx): string {
  const { rng, date } = ctx;
  const year = date.getUTCFullYear();
  return text.replace(NUMBER, (all, y?: string, _m?: string, _d?: string, month?: string, day?: string, int?: string, frac?: string) => {
    if (y) return Number(y) < 2000 ? y : String(Math.min(year, Number(y) - SEED_YEAR + year));
    if (_m) {
      const d = new Date(date.getTime() - rng.int(0, 20) * DAY);
      return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
    }
    if (month) return String(rng.int(1, 12));
    if (day) return String(rng.int(1, 28));
    if (int) return digits(rng, int.length) + (frac ? '.' + digits(rng, frac.length - 1) : '');
    return all;
  });
}

function render(p: Piece, ctx: Ctx): string {
  let out = '';
  let at = 0;
  for (const s of p.spots) {
    const t = target(ctx, s);
    out += p.text.slice(at, s.start) + (s.full ? t.full : t.short);
    at = s.end;
  }
  return renumber(out + p.text.slice(at), ctx);
}

function people(rng: Rng, seeds: Seeds, n: number): string[] {
  return rng.sample(seeds.people.length, n).map((i) => seeds.people[i]!);
}

/** A byline of the seed's shape with other names: inline (本报讯 …) or a line of its own. */
function byline(t: Template, ctx: Ctx, seeds: Seeds): { inline: string | null; line: string | null } {
  const { rng } = ctx;
  const [a, b, c] = people(rng, seeds, 3);
  const who = rng.chance(0.5) ? `记者${a} 通讯员${b}${rng.chance(0.3) ? ` ${c}` : ''}` : `记者${a}`;
  const space = rng.chance(0.5) ? ' ' : '';
  const seed = t.byline ?? '';
  if (t.kind === 'caption') return { inline: null, line: `本报${rng.chance(0.7) ? '通讯员' : '记者'} ${a} 摄` };
  if (seed.startsWith('本报讯')) return { inline: `本报讯${space}(${who})`, line: null };
  if (/^本报.+电/.test(seed)) {
    const d = new Date(ctx.date.getTime() - DAY);
    return { inline: `本报${ctx.province.short}${d.getUTCMonth() + 1}月${d.getUTCDate()}日电${space}(记者${a})`, line: null };
  }
  if (seed.startsWith('□')) return { inline: null, line: `□${a}` };
  if (seed) return { inline: null, line: `本报记者 ${a} 本报通讯员 ${b}` };
  return { inline: null, line: null };
}

/** OCR's damage: a paragraph broken mid-line, or the whole article printed in a narrow column. */
function printParagraph(text: string, rng: Rng, column: number): string[] {
  if (column > 0) {
    const lines: string[] = [];
    for (let at = 0; at < text.length; at += column) lines.push(text.slice(at, at + column));
    return lines;
  }
  if (text.length >= 80 && rng.chance(0.25)) {
    const cut = rng.int(40, text.length - 10);
    return [text.slice(0, cut), text.slice(cut)];
  }
  return [text];
}

function article(t: Template, ctx: Ctx, seeds: Seeds): string[] {
  const { rng } = ctx;
  const lines = t.heads.map((h) => render(h, ctx));
  const paragraphs = t.paragraphs.filter((_, i) => i === 0 || !rng.chance(0.2)).map((p) => render(p, ctx));
  const by = byline(t, ctx, seeds);
  if (by.inline) paragraphs[0] = `${by.inline}${paragraphs[0]}`;
  if (by.line && t.kind !== 'caption') lines.push(by.line);
  const column = t.kind === 'article' && rng.chance(0.06) ? rng.int(18, 24) : 0;
  for (const p of paragraphs) lines.push(...printParagraph(p, rng, column));
  if (by.line && t.kind === 'caption') lines.push(by.line);
  return lines;
}

function page(seeds: Seeds, rng: Rng, date: Date, paper: string): string {
  const lines: string[] = [];
  if (rng.chance(0.5)) lines.push(paper, `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日 星期${WEEKDAY[date.getUTCDay()]}`);
  const budget = rng.int(4_000, 7_500); // characters: 12–22 KB of UTF-8
  let size = 0;
  for (const k of rng.sample(seeds.templates.length, seeds.templates.length)) {
    const ctx: Ctx = { rng, date, places: new Map(), divisions: seeds.divisions, province: rng.pick(seeds.divisions.provinces) };
    const printed = article(seeds.templates[k]!, ctx, seeds);
    lines.push(...printed);
    size += printed.reduce((n, l) => n + l.length, 0);
    if (size >= budget) break;
  }
  if (rng.chance(0.3)) lines.push(`责任编辑:${rng.pick(seeds.people)}`);
  return lines.join(rng.chance(0.7) ? '\n\n' : '\n') + '\n';
}

/** An endless run of pages, day by day; take as many as needed. */
export function* corpusPages(seeds: Seeds, opts: CorpusOptions): Generator<CorpusPage> {
  const rng = new Rng(opts.seed);
  const perDay = opts.pagesPerDay ?? 8;
  const start = Date.parse(`${opts.start ?? '2015-01-01'}T00:00:00Z`);
  if (Number.isNaN(start)) throw new RangeError(`bad start date: ${opts.start}`);
  for (let i = 0; ; i++) {
    const date = new Date(start + Math.floor(i / perDay) * DAY);
    const day = iso(date);
    const regional = rng.chance(0.15);
    const source = regional ? REGIONAL.name : '工人日报';
    const text = page(seeds, rng, date, source);
    const n = String((i % perDay) + 1).padStart(2, '0');
    yield { file: `${day.slice(0, 4)}/${day}-${n}.txt`, published: day, source, region: regional ? REGIONAL.region : null, text };
  }
}
