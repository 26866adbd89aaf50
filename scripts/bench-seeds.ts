// The material the benchmark corpus is made from: the bundled seed pages cut into article
// templates (by the prep's own cleaning and segmentation), the place names in them located
// with the gazetteer, and the gazetteer's divisions to put in their stead.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanPage } from '../data-prep/core/clean.ts';
import { segmentBlocks } from '../data-prep/core/segment.ts';
import { resolveMentions } from '../data-prep/core/places.ts';
import { getGazetteer } from '../data-prep/core/gazetteer.ts';
import type { PlaceLevel } from '../data-prep/core/types.ts';

/** A place name inside a seed text: where it is, which division, and whether written in full. */
export interface Spot {
  start: number;
  end: number;
  code: string;
  level: PlaceLevel;
  full: boolean;
}

/** A seed string with its place names located. */
export interface Piece {
  text: string;
  spots: Spot[];
}

/** One seed article, ready to be re-printed with other places and numbers. */
export interface Template {
  kind: 'article' | 'caption';
  heads: Piece[];
  byline: string | null;
  paragraphs: Piece[];
}

/** A division that can stand in for a seed's: its full and short names. */
export interface Target {
  code: string;
  full: string;
  short: string;
}

/** Divisions by level; cities by province code, counties by city (or municipality) code. */
export interface Divisions {
  provinces: Target[];
  cities: Map<string, Target[]>;
  counties: Map<string, Target[]>;
}

export interface Seeds {
  templates: Template[];
  /** Reporters' and photographers' names taken from the seed bylines. */
  people: string[];
  divisions: Divisions;
}

const SUBSTITUTED: ReadonlySet<PlaceLevel> = new Set(['province', 'city', 'county']);
// Hong Kong, Macau and Taiwan have no union federations of the mainland kind.
const OUTSIDE = /^(71|81|82)/;

/**
 * Locates the place names of an article's strings. Names are resolved over the whole article,
 * as the prep does, so that a word that only looks like a place (和政 in 党委和政府) is left alone.
 */
function pieces(texts: readonly string[]): Piece[] {
  const out: Piece[] = texts.map((text) => ({ text, spots: [] }));
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + 1;
  }
  for (const m of resolveMentions(texts.join('\n'))) {
    const place = m.places[0];
    if (m.places.length !== 1 || !place || !SUBSTITUTED.has(place.level)) continue;
    let k = starts.length - 1;
    while (starts[k]! > m.start) k--;
    const start = m.start - starts[k]!;
    out[k]!.spots.push({ start, end: start + m.name.length, code: place.code, level: place.level, full: m.name === place.name });
  }
  return out;
}

function divisions(): Divisions {
  const g = getGazetteer();
  const short = new Map<string, string>();
  for (const [name, entries] of g.names) for (const e of entries) if (e.short && !short.has(e.place.code)) short.set(e.place.code, name);
  const out: Divisions = { provinces: [], cities: new Map(), counties: new Map() };
  const add = (map: Map<string, Target[]>, key: string, t: Target) => {
    const list = map.get(key);
    if (list) list.push(t);
    else map.set(key, [t]);
  };
  for (const p of g.places.values()) {
    if (OUTSIDE.test(p.code) || !SUBSTITUTED.has(p.level)) continue;
    const t: Target = { code: p.code, full: p.name, short: short.get(p.code) ?? p.name };
    const up = g.lineage(p.code)[1];
    if (p.level === 'province') out.provinces.push(t);
    else if (p.level === 'city' && up) add(out.cities, up, t);
    else if (p.level === 'county' && up) add(out.counties, up, t);
  }
  // Code order, so the pools do not depend on how the gazetteer's maps were filled.
  const byCode = (a: Target, b: Target) => (a.code < b.code ? -1 : 1);
  out.provinces.sort(byCode);
  for (const list of [...out.cities.values(), ...out.counties.values()]) list.sort(byCode);
  return out;
}

const PERSON = /(?:记者|通讯员|实习生)\s*([\p{Script=Han}]{2,3})(?=[\s)）]|$)/gu;

/** Reads the seed pages (*.txt in `dir`, in name order) into templates and name pools. */
export function loadSeeds(dir: string): Seeds {
  const templates: Template[] = [];
  const people = new Set<string>();
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`no seed pages (*.txt) in ${dir}`);
  for (const file of files) {
    for (const s of segmentBlocks(cleanPage(readFileSync(join(dir, file), 'utf8')))) {
      if (s.paragraphs.length === 0 || s.heads.length === 0) continue;
      for (const m of (s.byline ?? '').matchAll(PERSON)) people.add(m[1]!);
      const all = pieces([...s.heads, ...s.paragraphs]);
      templates.push({ kind: s.kind, heads: all.slice(0, s.heads.length), byline: s.byline, paragraphs: all.slice(s.heads.length) });
    }
  }
  return { templates, people: [...people].sort(), divisions: divisions() };
}
