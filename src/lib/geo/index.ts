export { PROVINCES, PROVINCE_INDEX, isProvinceCode, provinceName, type Province } from './provinces.ts';
export { CHINA_MAP, CHINA_NAME_MAP, SOUTH_CHINA_SEA_REGION } from './china-map.ts';
export { extractRegisteredMap, loadChinaGeoJson, type ChinaFeature, type ChinaGeoJson } from './china-geojson.ts';
