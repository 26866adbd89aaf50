// Place mentions in a text and the divisions they denote. One pass of the article matcher
// (article-scan.ts) finds every name; the leftmost, then longest, non-overlapping matches are
// kept (海南藏族自治州 beats 海南, 西安交通大学 reads 西安); then each mention is resolved:
//  1. chains: a name written right after its province or city is read inside it
//     (甘肃省白银市, 青岛市即墨区, 上海浦东新区洋泾街道, 通州区永顺镇 picks Beijing's pair);
//  2. support: weak names need it (see NameStrength): 白银 alone is silver, 白银工会 or
//     白银 in a text that names 甘肃 or 白银市 is the city; 上城 counts in a text that names
//     上城区 or 杭州; 阿里巴巴 is matched as a word;
//  3. ambiguity (朝阳区, 鼓楼区, 城关镇): the one reading with the nearest ancestor named
//     elsewhere in the text (北京 → Beijing's 朝阳区; 南京 beats 江苏 for 鼓楼区), else the one
//     inside ctx.region, else the province when one reading is a province (海南, 吉林);
//     otherwise the mention stays unresolved, never guessed.
import { codeAt } from './char-codes.ts';
import { emptyArray, filterPacked, mapPacked } from './empty-array.ts';
import { getGazetteer, type Gazetteer, type NameEntry } from './gazetteer.ts';
import { placeNamesOf } from './article-scan.ts';
import type { LongestNames, PlacePayload } from './place-patterns.ts';
import type { Place } from './types.ts';

/** A name found in a text, with every division it can denote. */
export interface PlaceMention {
  name: string;
  start: number;
  end: number;
  candidates: Place[];
}

/** A mention with the divisions it was resolved to: one, none (unresolved) or a group's. */
export interface ResolvedMention extends PlaceMention {
  places: Place[];
}

/** What the text cannot say itself: the paper's province (code or name), for ambiguity. */
export interface PlaceContext {
  region?: string | null;
}

type Payload = PlacePayload;
interface Found {
  name: string;
  start: number;
  end: number;
  payload: Exclude<Payload, null>;
  /** 工会 or 总工会 follows. */
  unionAfter: boolean;
}

/** The longest names of `line` (one matcher serves this and the article scan). */
export function longestNames(line: string): LongestNames {
  return placeNamesOf(line);
}

// A short name followed by these is a street or a building named after the place (南京路).
const NAMED_AFTER = /路|街|大道|大街|巷|胡同|大桥/y;
// 工会 / 总工会 right after a name supports it (白银工会, 义乌市总工会).
const UNION_AFTER = /[省市区县州旗]?总工会|工会/y;

/** Whether sticky `re` matches `text` at `at`. */
function matchesAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/**
 * The names in `lines.join('\n')`, offsets into that string, each line scanned where it lies
 * (or its longest names taken from `names`). No name holds a line break, and what a name's
 * reading looks at after it (路, 工会, 域) is never one, so a line's names are those the joined
 * string has there.
 */
function scan(lines: readonly string[], names?: readonly LongestNames[]): Found[] {
  const found: Found[] = [];
  let offset = 0;
  lines.forEach((text, n) => {
    const { starts, ends, values } = names?.[n] ?? longestNames(text);
    for (let k = 0, i = 0; k < starts.length; k++) {
      const start = starts[k]!;
      if (start < i) continue;
      const end = ends[k]!;
      const payload = values[k]!;
      // 比如镇江: a township's 镇/乡 that starts a longer name (镇江) belongs to that name.
      if (payload && 'entries' in payload && payload.township && endOfNameAt(starts, ends, k, end - 1) > end) {
        i = end - 1;
        continue;
      }
      if (payload && keep(text, start, end, payload)) {
        found.push({ name: text.slice(start, end), start: offset + start, end: offset + end, payload, unionAfter: matchesAt(UNION_AFTER, text, end) });
      }
      i = end;
    }
    offset += text.length + 1;
  });
  return found;
}

/** The end of the longest name starting at `at` (0 when none), searching on from entry `k`. */
function endOfNameAt(starts: readonly number[], ends: readonly number[], k: number, at: number): number {
  while (k < starts.length && starts[k]! < at) k++;
  return k < starts.length && starts[k] === at ? ends[k]! : 0;
}

const QU = '区'.charCodeAt(0);
const YU = '域'.charCodeAt(0);

function keep(text: string, start: number, end: number, payload: Exclude<Payload, null>): boolean {
  if ('entries' in payload) {
    if (payload.short && matchesAt(NAMED_AFTER, text, end)) return false;
    if (text.charCodeAt(end - 1) === QU && codeAt(text, end) === YU) return false; // 城区域: 区域 "area"
  }
  return true;
}

/** Every place name in `text`, leftmost-longest, with all its possible divisions. */
export function findPlaces(text: string): PlaceMention[] {
  return scan([text]).map(({ name, start, end, payload }) => ({
    name,
    start,
    end,
    candidates: 'group' in payload ? [...payload.group] : payload.entries.map((e) => e.place),
  }));
}

/** The divisions named in `text`, each once, in order of first mention. */
export function resolvePlaces(text: string, ctx: PlaceContext = {}): Place[] {
  const seen = new Map<string, Place>();
  for (const m of resolveMentions(text, ctx)) for (const p of m.places) if (!seen.has(p.code)) seen.set(p.code, p);
  return [...seen.values()];
}

interface Reading {
  entry: NameEntry;
  supported: boolean;
}

/** Every mention in `text` with the divisions it resolves to (none when it cannot be told). */
export function resolveMentions(text: string, ctx: PlaceContext = {}): ResolvedMention[] {
  return resolveMentionsOfLines([text], ctx);
}

/**
 * resolveMentions(lines.join('\n')), offsets into that string, without building it: a headline
 * and a body are read as one text without copying the body behind the headline. `names`, when
 * given, are the lines' longestNames found already (article-scan.ts).
 */
export function resolveMentionsOfLines(
  lines: readonly string[],
  ctx: PlaceContext = {},
  names?: readonly LongestNames[],
): ResolvedMention[] {
  const g = getGazetteer();
  const found = scan(lines, names);
  // Every array here is made by empty-array.ts: the readings and places of a mention come
  // empty and filled, and each class of array met late would cost a recompilation.
  const readings: Reading[][] = mapPacked(found, (f) => {
    if ('group' in f.payload) return emptyArray<Reading>();
    return mapPacked(f.payload.entries, (entry) => ({
      entry,
      supported: entry.strength === 'strong' || (f.unionAfter && entry.strength !== 'chain'),
    }));
  });

  // 1. Chains: keep the readings of two adjacent names where the second lies in the first.
  for (let i = 0; i + 1 < found.length; i++) {
    if (found[i]!.end !== found[i + 1]!.start) continue;
    const outer = readings[i]!;
    const inner = readings[i + 1]!;
    const pairs: Array<readonly [Reading, Reading]> = [];
    for (const a of outer) {
      for (const b of inner) {
        if (a.entry.strength === 'chain' && b.entry.strength === 'chain') continue;
        const code = a.entry.place.code;
        if (b.entry.place.code !== code && g.lineage(b.entry.place.code).includes(code)) pairs.push([a, b]);
      }
    }
    if (pairs.length === 0) continue;
    readings[i] = filterPacked(outer, (a) => pairs.some(([x]) => x === a));
    readings[i + 1] = filterPacked(inner, (b) => pairs.some(([, y]) => y === b));
    for (const [a, b] of pairs) a.supported = b.supported = true;
  }

  const region = ctx.region ? g.findProvince(ctx.region) : null;
  const resolved: Place[][] = mapPacked(found, (f) => ('group' in f.payload ? mapPacked(f.payload.group, (p) => p) : emptyArray<Place>()));
  // 2 and 3, twice, so that a mention resolved in the first round can settle another. The
  // second round sees what the first saw unless the first settled something, and has nothing
  // to do unless the first left a mention with readings open.
  for (let round = 0; round < 2; round++) {
    const anchors = anchorCodes(g, resolved, readings);
    let settled = false;
    let open = false;
    readings.forEach((rs, i) => {
      if (resolved[i]!.length > 0 || rs.length === 0) return;
      // Most names have one reading, and a supported one is the pick.
      const pick =
        rs.length === 1 && rs[0]!.supported
          ? rs[0]!.entry.place
          : choose(g, mapPacked(filterPacked(rs, (r) => r.supported || inContext(g, r.entry, anchors, region)), (r) => r.entry.place), anchors, region);
      if (pick) {
        resolved[i] = [pick]; // a literal holding an object: already the class of emptyArray's
        settled = true;
      } else open = true;
    });
    if (!settled || !open) break;
  }
  const mentions = emptyArray<ResolvedMention>();
  found.forEach((f, i) => {
    mentions.push({
      name: f.name,
      start: f.start,
      end: f.end,
      candidates: 'group' in f.payload ? mapPacked(f.payload.group, (p) => p) : mapPacked(f.payload.entries, (e) => e.place),
      places: resolved[i]!,
    });
  });
  return mentions;
}

// A `context` name is supported by its province or city named elsewhere (or the paper's
// region); an `org` name (a county's two-character short name) only by itself or its city.
function inContext(g: Gazetteer, entry: NameEntry, anchors: Set<string>, region: Place | null): boolean {
  const line = g.lineage(entry.place.code);
  if (entry.strength === 'context') return line.some((c) => anchors.has(c) || c === region?.code);
  if (entry.strength === 'org') return line.slice(0, -1).some((c) => anchors.has(c));
  return false;
}

// Codes named unambiguously in the text, with their ancestors.
function anchorCodes(g: Gazetteer, resolved: Place[][], readings: Reading[][]): Set<string> {
  const anchors = new Set<string>();
  const add = (p: Place) => {
    for (const c of g.lineage(p.code)) anchors.add(c);
  };
  resolved.forEach((ps, i) => {
    if (ps.length > 0) for (const p of ps) add(p);
    else {
      let sure: Reading | null = null;
      let count = 0;
      for (const r of readings[i]!) if (r.supported && count++ === 0) sure = r;
      if (count === 1) add(sure!.entry.place);
    }
  });
  return anchors;
}

// The reading with the nearest named ancestor (南京 beats 江苏 for 鼓楼区; 北京 and 长春 tie
// for 朝阳区), then the one in the paper's region, then a province over lower readings.
function choose(g: Gazetteer, options: Place[], anchors: Set<string>, region: Place | null): Place | null {
  if (options.length <= 1) return options[0] ?? null;
  const distance = (p: Place) => {
    const k = g.lineage(p.code).findIndex((c) => anchors.has(c));
    return k < 0 ? Infinity : k;
  };
  const nearest = Math.min(...options.map(distance));
  const inside = options.filter((p) => distance(p) === nearest);
  if (nearest < Infinity && inside.length === 1) return inside[0]!;
  if (region) {
    const inRegion = options.filter((p) => g.lineage(p.code).includes(region.code));
    if (inRegion.length === 1) return inRegion[0]!;
  }
  const provinces = options.filter((p) => p.level === 'province');
  return provinces.length === 1 ? provinces[0]! : null;
}
