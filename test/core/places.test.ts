import { describe, expect, it } from 'vitest';
import { findPlaces, resolvePlaces } from '../../data-prep/core/places.ts';
import { getGazetteer } from '../../data-prep/core/gazetteer.ts';
import type { Place } from '../../data-prep/core/types.ts';

const codes = (ps: Place[]) => ps.map((p) => p.code);

describe('resolvePlaces: forms and chains', () => {
  const includes: Array<[string, string, string]> = [
    ['甘肃省白银市总工会', '白银市', '620400'],
    ['河北省秦皇岛市总工会', '秦皇岛市', '130300'],
    ['青岛市即墨区总工会', '即墨区', '370215'],
    ['青岛即墨区总探索维权“四化”工作法', '即墨区', '370215'],
    ['上海浦东新区洋泾街道总工会', '洋泾街道', '310115013'],
    ['上海浦东新区洋泾街道总工会', '浦东新区', '310115'],
    ['洋泾街道总工会设立爱心接力站', '洋泾街道', '310115013'],
    ['浙江省嘉兴市', '嘉兴市', '330400'],
    ['嘉兴工会打造50多个“美好生活能量站”', '嘉兴市', '330400'],
    ['广州市海珠区总工会', '海珠区', '440105'],
    ['海南藏族自治州', '海南藏族自治州', '632500'],
    ['青海海南天和路桥工程有限公司', '海南藏族自治州', '632500'],
    ['海南州总工会', '海南藏族自治州', '632500'],
    ['海南省总工会', '海南省', '460000'],
    ['湖南永州江华瑶族自治县的瑶族图腾园', '江华瑶族自治县', '431129'],
    ['助力江华县脱贫摘帽', '江华瑶族自治县', '431129'],
    ['新疆维吾尔自治区总工会', '新疆维吾尔自治区', '650000'],
    ['新疆召开劳模座谈会', '新疆维吾尔自治区', '650000'],
    ['广西工会', '广西壮族自治区', '450000'],
    ['内蒙古总工会', '内蒙古自治区', '150000'],
    ['香港特别行政区', '香港特别行政区', '810000'],
    ['义乌市总工会', '义乌市', '330782'],
    ['昆山工会', '昆山市', '320583'],
    ['西安交通大学', '西安市', '610100'],
    ['凉山州', '凉山彝族自治州', '513400'],
    ['北京市朝阳区', '朝阳区', '110105'],
    ['朝阳区总工会。北京市总工会', '朝阳区', '110105'],
    ['长春市朝阳区', '朝阳区', '220104'],
    ['通州区永顺镇每日优鲜店', '永顺镇', '110112120'],
    ['通州区永顺镇每日优鲜店', '通州区', '110112'],
    ['南京市鼓楼区', '鼓楼区', '320106'],
    ['福州鼓楼区总工会', '鼓楼区', '350102'],
    ['南昌西湖区', '西湖区', '360103'],
    ['西湖区总工会,杭州', '西湖区', '330106'],
    ['白银工会', '白银市', '620400'],
    ['白银推进职工之家结对共建。甘肃省白银市总工会', '白银市', '620400'],
    ['白银推进职工之家结对共建。甘肃各地', '白银市', '620400'],
    ['阿里地区总工会', '阿里地区', '542500'],
    ['西藏阿里', '阿里地区', '542500'],
    ['雄安新区', '保定市', '130600'],
    ['襄樊', '襄阳市', '420600'],
    ['莱芜市', '莱芜区', '370116'],
    ['巢湖市', '巢湖市', '340181'],
    ['两江新区', '重庆市', '500000'],
    ['东莞虎门镇', '虎门镇', '441912'],
    ['长株潭三市联动', '株洲市', '430200'],
    ['湖南长沙、株洲、湘潭三地', '湘潭市', '430300'],
    ['永州江华大圩镇', '大圩镇', '431129108'],
    ['在杭州、苏州等地', '苏州市', '320500'],
    ['比如镇江的做法', '镇江市', '321100'],
    ['吉林省白山市总工会', '白山市', '220600'],
  ];
  it.each(includes)('resolvePlaces(%j) includes %s %s', (text, name, code) => {
    expect(resolvePlaces(text)).toContainEqual(expect.objectContaining({ name, code }));
  });
});

describe('resolvePlaces: traps and negatives', () => {
  const excludes: Array<[string, string, string]> = [
    ['白银首饰', 'silver, not', '620400'],
    ['白银价格上涨', 'silver, not', '620400'],
    ['“真金白银”助推物质共富', 'silver, not', '620400'],
    ['阿里巴巴集团', 'a company, not', '542500'],
    ['阿里巴巴在西藏拉萨设立公司', 'a company, not', '542500'],
    ['海南藏族自治州', 'the longest match, not', '460000'],
    ['黄梅戏经典剧目。湖北省戏曲艺术剧院', 'an opera, not', '421127'],
    ['让百姓在家乡安居乐业', 'a phrase, not', '451028'],
    ['市人社局会同工会', 'a verb, not', '431225'],
    ['平安顺利', 'a phrase, not', '520400'],
  ];
  it.each(excludes)('resolvePlaces(%j) is %s %s', (text, _why, code) => {
    expect(codes(resolvePlaces(text))).not.toContain(code);
  });

  const empty: string[] = [
    '鼓楼区总工会',
    '朝阳区',
    '通州区',
    '西湖区',
    '中国 全国 华北 华东',
    '高新区工会、经济开发区',
    '大同小异',
    '城区改造',
    '老城区改造',
    '去南京路上逛街',
    '合作社',
    '合作镇',
    '城关镇',
  ];
  it.each(empty)('resolvePlaces(%j) is empty', (text) => {
    expect(resolvePlaces(text)).toEqual([]);
  });

  it('resolvePlaces("江苏省鼓楼区") leaves 鼓楼区 unresolved: Nanjing and Xuzhou both have one', () => {
    expect(codes(resolvePlaces('江苏省鼓楼区'))).toEqual(['320000']);
  });

  it('resolvePlaces("北京、长春朝阳区") leaves 朝阳区 unresolved: both contexts are named', () => {
    expect(codes(resolvePlaces('北京、长春。朝阳区'))).toEqual(['110000', '220100']);
  });

  it('resolvePlaces("朝阳区总工会", {region: "北京"}) is 110105', () => {
    expect(codes(resolvePlaces('朝阳区总工会', { region: '北京' }))).toEqual(['110105']);
  });

  it('resolvePlaces("海南") is the province when nothing else is said', () => {
    expect(codes(resolvePlaces('海南'))).toEqual(['460000']);
  });

  it('resolvePlaces lists each place once, in order of first mention', () => {
    expect(codes(resolvePlaces('嘉兴市总工会。浙江各地。嘉兴工会'))).toEqual(['330400', '330000']);
  });
});

describe('findPlaces', () => {
  it('findPlaces("在嘉兴市总工会") gives the name with its offsets', () => {
    expect(findPlaces('在嘉兴市总工会')).toEqual([
      { name: '嘉兴市', start: 1, end: 4, candidates: [{ name: '嘉兴市', code: '330400', level: 'city' }] },
    ]);
  });

  it('findPlaces("西安交通大学") reads 西安', () => {
    expect(findPlaces('西安交通大学').map((m) => m.name)).toEqual(['西安']);
  });

  it('findPlaces("阿里巴巴") finds nothing', () => {
    expect(findPlaces('阿里巴巴')).toEqual([]);
  });

  it('findPlaces("鼓楼区") has all four candidates', () => {
    expect(findPlaces('鼓楼区')[0]!.candidates.map((p) => p.code).sort()).toEqual(['320106', '320302', '350102', '410204']);
  });

  const levels: Array<[string, Place]> = [
    ['浙江', { name: '浙江省', code: '330000', level: 'province' }],
    ['北京', { name: '北京市', code: '110000', level: 'province' }],
    ['嘉兴', { name: '嘉兴市', code: '330400', level: 'city' }],
    ['秦皇岛', { name: '秦皇岛市', code: '130300', level: 'city' }],
    ['海珠区', { name: '海珠区', code: '440105', level: 'county' }],
    ['义乌市', { name: '义乌市', code: '330782', level: 'county' }],
    ['江华瑶族自治县', { name: '江华瑶族自治县', code: '431129', level: 'county' }],
    ['洋泾街道', { name: '洋泾街道', code: '310115013', level: 'street' }],
  ];
  it.each(levels)('findPlaces(%j) has candidate %o', (text, place) => {
    expect(findPlaces(text)[0]!.candidates).toContainEqual(place);
  });

  it('findPlaces does not take development zones for counties', () => {
    expect(findPlaces('高新区 经济技术开发区 开发区')).toEqual([]);
  });
});

describe('getGazetteer', () => {
  it('is built once', () => {
    expect(getGazetteer()).toBe(getGazetteer());
  });

  const shortNames: Array<[string, string]> = [
    ['浙江', '330000'],
    ['新疆', '650000'],
    ['广西', '450000'],
    ['宁夏', '640000'],
    ['西藏', '540000'],
    ['内蒙古', '150000'],
    ['嘉兴', '330400'],
    ['秦皇岛', '130300'],
    ['江华', '431129'],
    ['恩施州', '422800'],
  ];
  it.each(shortNames)('names %j for %s', (name, code) => {
    expect(getGazetteer().names.get(name)?.map((e) => e.place.code)).toContain(code);
  });

  const notNames = ['城区', '郊区', '新区', '中国', '全国', '华北', '鄂温克', '高新区', '蒙古', '回族'];
  it.each(notNames)('does not take %j alone for a place', (name) => {
    const strong = getGazetteer().names.get(name)?.filter((e) => e.strength === 'strong') ?? [];
    expect(strong).toEqual([]);
  });

  it('lineage of 洋泾街道 is street, 浦东新区, 上海', () => {
    expect(getGazetteer().lineage('310115013')).toEqual(['310115013', '310115', '310000']);
  });

  it('lineage of 义乌市 runs through 金华市', () => {
    expect(getGazetteer().lineage('330782')).toEqual(['330782', '330700', '330000']);
  });

  const provinces: Array<[string, string]> = [
    ['浙江', '浙江省'],
    ['浙江省', '浙江省'],
    ['330000', '浙江省'],
    ['新疆', '新疆维吾尔自治区'],
    ['广西', '广西壮族自治区'],
  ];
  it.each(provinces)('findProvince(%j) is %s', (key, name) => {
    expect(getGazetteer().findProvince(key)?.name).toBe(name);
  });
});
