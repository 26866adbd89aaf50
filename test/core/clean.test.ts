import { describe, expect, it } from 'vitest';
import { cleanPage, continues } from '../../data-prep/core/clean.ts';
import { normalizeForMatch, toHalfWidth } from '../../data-prep/core/normalize.ts';
import { pageToArticles } from '../../data-prep/core/articles.ts';

const page = (text: string) => pageToArticles({ file: 'case.txt', text, published: null, publication: null });

describe('normalisation for matching', () => {
  it.each([
    ['１２０万元', '120万元'],
    ['３．５亿元', '3.5亿元'],
    ['ＡＢＣ　工会', 'ABC 工会'],
  ])('toHalfWidth(%s) is %s', (input, out) => {
    expect(toHalfWidth(input)).toBe(out);
  });

  it('normalizeForMatch converts Traditional to Simplified and keeps the length', () => {
    const t = '廣東省總工會投入１２０萬元，慰問職工';
    const n = normalizeForMatch(t);
    expect(n).toBe('广东省总工会投入120万元,慰问职工');
    expect(n.length).toBe(t.length);
  });

  it('normalizeForMatch leaves Simplified text as it is', () => {
    expect(normalizeForMatch('浙江省总工会')).toBe('浙江省总工会');
  });
});

describe('OCR line repair', () => {
  it('joins a prose line that stops mid-word ("劳" / "模")', () => {
    const blocks = cleanPage('坚持以思想铸魂为根本。近年来,浙江各地加强和创新产业工人队伍建设党建工作,发挥劳\n\n模先进示范引领作用,夯实基础。');
    expect(blocks.map((b) => b.text)).toEqual(['坚持以思想铸魂为根本。近年来,浙江各地加强和创新产业工人队伍建设党建工作,发挥劳模先进示范引领作用,夯实基础。']);
  });

  it('joins a narrow column of equally wide lines into one paragraph', () => {
    const text = '仅2020年,江苏省有606名劳模工匠\n\n到796所学校宣讲劳动故事,学生和教\n\n职工受众达88.4万人。';
    expect(cleanPage(text).map((b) => b.text)).toEqual(['仅2020年,江苏省有606名劳模工匠到796所学校宣讲劳动故事,学生和教职工受众达88.4万人。']);
  });

  it('keeps a kicker and a title apart even when they are as wide as each other', () => {
    const text = '办好100件实事 举办100场竞赛\n\n白山市总开展庆祝建党百年系列活动\n\n本报讯 (记者甲)日前,吉林省白山市总工会积极组织开展系列活动。';
    expect(cleanPage(text).map((b) => b.type)).toEqual(['head', 'head', 'body']);
  });

  it('does not join a sub-head to the paragraph under it', () => {
    expect(continues('开展“双进”活动,引领职工听党话跟党走', '2020年5月28日,江苏省总工会通过网络直播,举办了启动仪式,吸引全省79万多名职工在线收看。', '近年来……。')).toBe(false);
  });
});

describe('repeated paragraphs', () => {
  it('drops an exact repeat and a near-exact (narrow-column) repeat', () => {
    const para = '疫情期间,江苏省总工会紧急制定复工复产企业工会工作指南19条措施,累计投入资金1.72亿元,服务企业复工复产。';
    const text = ['江苏工会五大行动', '本报讯 (记者甲)' + para, '第二段落,内容完全不同,讲的是别的事情。', para, '疫情期间,江苏省总工会紧急制定复工复产企业', '工会工作指南19条措施,累计投入资金1.72亿', '元,服务企业复工复产。'].join('\n\n');
    const arts = page(text);
    expect(arts).toHaveLength(1);
    expect(arts[0]!.text.split('1.72亿').length - 1).toBe(1);
    expect(arts[0]!.text).toContain('第二段落');
  });

  it('does not mutate its input', () => {
    const text = '标题\n\n本报讯 (记者甲)正文第一句话在这里,足够长的一段内容。';
    const copy = String(text);
    page(text);
    expect(text).toBe(copy);
  });
});

describe('Traditional Chinese pages', () => {
  it('segments a Traditional page and keeps the original characters for display', () => {
    const text = '廣東省總工會開展送溫暖活動\n\n本報訊 (記者甲)日前,廣東省總工會投入資金１２０萬元,慰問困難職工。';
    const arts = page(text);
    expect(arts).toHaveLength(1);
    expect(arts[0]!.title).toBe('廣東省總工會開展送溫暖活動');
    expect(arts[0]!.text).toContain('１２０萬元');
  });
});

describe('web copies pasted as plain text', () => {
  it('drops breadcrumbs, share widgets, site metadata and legal lines, keeps title and body', () => {
    const text = [
      '首页 > 新闻中心 > 工会动态',
      '广东省总工会开展送清凉活动',
      '来源:工人日报 作者:张三 发布时间:2023-07-18 10:22',
      '【字体:大 中 小】',
      '本报讯 (记者李四)7月17日,广东省总工会投入专项资金500万元,开展“送清凉”活动,慰问一线职工10万人次。',
      '活动期间,各级工会走访慰问高温作业企业。',
      '分享到:',
      '责任编辑:王五',
      '版权所有 © 中工网 京ICP备12345678号',
    ].join('\n');
    const arts = page(text);
    expect(arts).toHaveLength(1);
    expect(arts[0]!.title).toBe('广东省总工会开展送清凉活动');
    expect(arts[0]!.text).toBe('7月17日,广东省总工会投入专项资金500万元,开展“送清凉”活动,慰问一线职工10万人次。\n活动期间,各级工会走访慰问高温作业企业。');
  });
});
