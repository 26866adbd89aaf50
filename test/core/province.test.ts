import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributeProvince, headlineOf, type ProvinceInput } from '../../data-prep/core/province.ts';

// Seed articles cut out of the bundled pages by their first and last words. The expected
// province was labelled by reading each article: whose activity is it?
const pages = new Map<string, string>();
function page(file: string): string {
  let text = pages.get(file);
  if (text === undefined) {
    text = readFileSync(new URL(`../../data-prep/corpus/${file}`, import.meta.url), 'utf8');
    pages.set(file, text);
  }
  return text;
}

interface Seed {
  file: string;
  title: string;
  subtitles?: string[];
  from: string;
  to: string;
  dateline?: string;
}

function article(s: Seed): ProvinceInput {
  const text = page(s.file);
  const start = text.indexOf(s.from, text.indexOf(s.title));
  const end = text.indexOf(s.to, start);
  if (start < 0 || end < 0) throw new Error(`seed not found: ${s.title}`);
  return { title: s.title, subtitles: s.subtitles ?? [], text: text.slice(start, end + s.to.length), dateline: s.dateline ?? null };
}

const P0 = '000_7a33cf45b0819f1d.txt';
const P1 = '001_99e740105b15f725.txt';
const P2 = '002_b45d0e7837a15619.txt';
const P3 = '003_36eec756fec64adf.txt';
const P4 = '004_4ae33c4280067eca.txt';

const provincial: Array<[string, Seed, string, string]> = [
  ['a Hangzhou district union donating to Sichuan (上城区)', { file: P2, title: '上城区总工会团结企业与职工走出共济共赢新路', subtitles: ['协力促和谐 聚力助共富'], from: '上城区总工会聚焦', to: '(上城区总工会)' }, '330000', '浙江省'],
  ['青岛即墨区总', { file: P0, title: '青岛即墨区总探索维权“四化”工作法', subtitles: ['法治化 多元化 前置化 数字化'], from: '本报讯 (记者杨明清', to: '向“数据跑路”的转变。' }, '370000', '山东省'],
  ['青海省总 despite 青海海南天和路桥', { file: P0, title: '青海省总开展“送清凉”活动', from: '本报讯 (记者邢生祥)', to: '协调解决职工现实困难。' }, '630000', '青海省'],
  ['长株潭三市', { file: P0, title: '长株潭三市联动“赛”技能', subtitles: ['搭建互学互促平台 实现三地优势互补'], from: '本报讯 (记者王鑫', to: '予以政策倾斜。' }, '430000', '湖南省'],
  ['马鞍山工会', { file: P0, title: '职工的心和工会越靠越近', subtitles: ['搭建平台、定制帮扶政策、织密组织覆盖网……马鞍山工会倾心服务新业态从业者——'], from: '阅读提示', to: '马鞍山市总相关负责人表示。' }, '340000', '安徽省'],
  ['上海浦东新区洋泾街道总工会', { file: P3, title: '工会送来“关爱套餐”', subtitles: ['上海浦东新区洋泾街道总工会设立专属“根据地”、提供专属保障,将工会组织的触角延伸至灵活就业职工的身边——'], from: '本报记者 钱培坚', to: '提供法律咨询或法律援助。' }, '310000', '上海市'],
  ['云南省总', { file: P3, title: '云南省总多管齐下帮扶困难职工', subtitles: ['全省困难职工由4年前的7.1万户骤减为2513户'], from: '本报讯 (记者陈昌云)', to: '就业咨询、就业指导。' }, '530000', '云南省'],
  ['广州市海珠区总工会', { file: P3, title: '职工大学堂“送教上门”', subtitles: ['新闻特写'], from: '本报记者 叶小钟', to: '已超百家。' }, '440000', '广东省'],
  ['河北省总', { file: P4, title: '河北省总:今年为“职工职业技能竞赛提升年”', subtitles: ['将探索开辟外省市选手参赛通道'], from: '本报讯(记者李星霖', to: '全网流量突破8.35亿次。' }, '130000', '河北省'],
  ['永州市总 in 江华瑶族自治县', { file: P3, title: '永州职工读书分享会 10 万人线上线下联动', subtitles: ['演绎扶贫路上的人文关怀,分享“知识的力量”', '产业扶贫吸纳和带动 1.3 万名贫困群众家门口就业,助力江华县脱贫摘帽'], from: '本报讯 (记者方大丰', to: '更加水乳交融。' }, '430000', '湖南省'],
  ['白银 (silver in the headline, the city in the body)', { file: P1, title: '白银推进职工之家结对共建', subtitles: ['大带小、强带弱、城带乡、国有带非公'], from: '本报讯(通讯员白家华', to: '等“五有”标准。' }, '620000', '甘肃省'],
  ['嘉兴工会', { file: P1, title: '嘉兴工会打造50多个“美好生活能量站”', subtitles: ['瞄准有益、有趣、有用', '弥补了职工文化阵地短板,吸引超过2万人进站参与活动'], from: '本报讯(记者邹倜然', to: '自主“点餐”参与学习。' }, '330000', '浙江省'],
  ['武汉市总 (a speaker from 中国劳动关系学院 in the body)', { file: P1, title: '武汉市总举办系列文艺活动', subtitles: ['职工乐享文化盛宴'], from: '本报讯(记者张翀', to: '职工排舞大赛等。' }, '420000', '湖北省'],
  ['江苏工会 (a national meeting in Wuxi in the body)', { file: P1, title: '江苏工会五大行动引领职工建功新时代', subtitles: ['学悟守正 举旗育人 建功立业 暖心聚力 强基固本'], from: '工会会员数量已从1953年', to: '工会工作“十四五”发展规划。' }, '320000', '江苏省'],
  ['新疆召开劳模座谈会', { file: P3, title: '新疆召开劳模座谈会', from: '本报讯 (记者吴锋思)', to: '建功立业。' }, '650000', '新疆维吾尔自治区'],
  ['乌鲁木齐市总', { file: P4, title: '乌鲁木齐市总打造“流动文化宫”品牌', subtitles: ['订单式文化服务送到基层一线'], from: '本报讯(记者吴泽思', to: '预计开展120场各类文化服务活动。' }, '650000', '新疆维吾尔自治区'],
  ['咸阳市总', { file: P0, title: '咸阳市总着力解决职工婚恋难题', from: '本报讯 (记者毛浓曦', to: '帮助职工解决婚恋难题。' }, '610000', '陕西省'],
  ['北京市总工会 as co-organiser', { file: P0, title: '北京市职工职业技能大赛启动', from: '本报讯 (记者赖志凯)', to: '金额不等的助推资金。' }, '110000', '北京市'],
  ['烟台市总', { file: P3, title: '烟台市总深化劳动竞赛促发展', subtitles: ['组织引领、平台建设、机制保障'], from: '本报讯 (记者杨明清 通讯员宋洁', to: '达到99家。' }, '370000', '山东省'],
  ['福建省总', { file: P1, title: '福建省总帮环卫工人实现“微心愿”', subtitles: ['启动“送爱到家”专项行动,惠及近万人次'], from: '本报讯(记者李逸萌)', to: '惠及环卫工人近万人次。' }, '350000', '福建省'],
  ['a photo caption from 湖北省襄阳市保康县', { file: P3, title: '职业技能大赛竞技艺', from: '10月30日,湖北省襄阳市保康县', to: '本报通讯员 杨楠 摄' }, '420000', '湖北省'],
];

describe('attributeProvince on seed articles', () => {
  it.each(provincial)('attributeProvince(%s) is %s', (_, seed, code, name) => {
    const got = attributeProvince(article(seed));
    expect(got).toMatchObject({ scope: 'province', provinceCode: code, province: name });
  });

  it('attributeProvince(全国工会…会议, 本报南京…电) is national though held in Nanjing', () => {
    const seed = { file: P3, title: '更好地联系引导社会组织为职工提供专业化服务', subtitles: ['全国工会联系引导社会组织服务职工工作会议提出'], from: '本报南京11月2日电', to: '开局、拓展、提升的成效。', dateline: '南京' };
    const got = attributeProvince(article(seed));
    expect(got).toMatchObject({ scope: 'national', provinceCode: null, province: null });
    expect(got.places.map((p) => p.code)).toContain('320100');
  });

  it('attributeProvince(全国工会…会议 as the title) is national', () => {
    const seed = { file: P3, title: '全国工会联系引导社会组织服务职工工作会议提出', from: '本报南京11月2日电', to: '开局、拓展、提升的成效。' };
    expect(attributeProvince(article(seed)).scope).toBe('national');
  });

  // Decided: national. The textbook is launched at the national federation's university
  // (中国劳动关系学院) with experts 来自全国; no province organises anything.
  it('attributeProvince(《中国特色社会主义工会学》研究生教材发布) is national', () => {
    const seed = { file: P4, title: '《中国特色社会主义工会学》研究生教材发布', from: '本报讯(记者张菁)', to: '做专题报告。' };
    expect(attributeProvince(article(seed))).toMatchObject({ scope: 'national', provinceCode: null, places: [] });
  });

  it('attributeProvince(上城区 donating to 广元) lists the destinations among places', () => {
    const seed = { file: P2, title: '上城区总工会团结企业与职工走出共济共赢新路', from: '上城区总工会聚焦', to: '(上城区总工会)' };
    const codes = attributeProvince(article(seed)).places.map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['330102', '510000', '510800', '513325']));
  });

  it('attributeProvince(市总工会… 我市…, {region: 浙江}) is 330000', () => {
    const seed = { file: P2, title: '2022年市社会化职业化工会工作者招聘笔试举行', from: '根据相关工作安排', to: '笔试成绩将适时公布。' };
    expect(attributeProvince(article(seed), { region: '浙江' }).provinceCode).toBe('330000');
  });
});

describe('attributeProvince rules', () => {
  const cases: Array<[string, ProvinceInput, { region?: string | null }, string | null, string]> = [
    ['no place at all', { title: '工会送温暖', text: '职工们表示感谢。' }, {}, null, 'unknown'],
    ['我省 with region 330000', { title: '我省举办职工技能大赛', text: '我省各级工会积极参与。' }, { region: '330000' }, '330000', 'province'],
    ['我省 without a region', { title: '我省举办职工技能大赛', text: '我省各级工会积极参与。' }, {}, null, 'unknown'],
    ['一 destination only', { title: '工会干部赴四川考察', text: '近日,工会干部赴四川考察。' }, {}, null, 'unknown'],
    ['中华全国总工会 in the title', { title: '中华全国总工会召开书记处会议', text: '会议研究了有关工作。' }, {}, null, 'national'],
    ['全国总工会 in the lead', { title: '劳模疗休养工作启动', text: '全国总工会近日启动劳模疗休养工作。各地工会积极响应。' }, {}, null, 'national'],
    ['a provincial organiser beats 全国 later in the text', { title: '浙江省总工会部署技能竞赛', text: '浙江省总工会日前部署技能竞赛。此前,全国总工会印发通知。' }, {}, '330000', 'province'],
    ['a Hangzhou district union donating to Sichuan', { title: '杭州市上城区总工会向四川广元捐助40万元', text: '上城区总工会班子成员带队考察四川广元市、雅江县,向两地工会捐助40万元。' }, {}, '330000', 'province'],
    ['由X市总工会…举办', { title: '职工技能大赛启动', text: '日前,由杭州市总工会举办的职工技能大赛启动。' }, {}, '330000', 'province'],
  ];
  it.each(cases)('attributeProvince(%s) is %s %s', (_, input, ctx, code, scope) => {
    const got = attributeProvince(input, ctx);
    expect(got.scope).toBe(scope);
    expect(got.provinceCode).toBe(code);
  });

  it('attributeProvince gives the official full name of an autonomous region', () => {
    expect(attributeProvince({ title: '广西总工会开展送清凉', text: '广西壮族自治区总工会近日开展活动。' }).province).toBe('广西壮族自治区');
  });

  it('attributeProvince does not mutate its input', () => {
    const input = { title: '嘉兴工会', subtitles: ['副题'], text: '嘉兴市总工会。', byline: null, dateline: null };
    const copy = structuredClone(input);
    attributeProvince(input, { region: '浙江' });
    expect(input).toEqual(copy);
  });
});

describe('headlineOf', () => {
  it('is the title and each subtitle, a line each', () => {
    for (const subtitles of [[], ['副题'], ['一', '二', '三']]) {
      expect(headlineOf('主题', subtitles)).toBe(['主题', ...subtitles].join('\n'));
    }
    expect(headlineOf('主题')).toBe('主题');
  });
});
