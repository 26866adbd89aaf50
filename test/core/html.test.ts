import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeEntities, findDate, htmlToText } from '../../data-prep/core/html.ts';

const PAGE = readFileSync(new URL('../io/fixtures/article.html', import.meta.url), 'utf8');

describe('htmlToText', () => {
  const page = htmlToText(PAGE);

  it('htmlToText(news page) takes the title from <h1>', () => {
    expect(page.title).toBe('嘉兴工会打造50多个“美好生活能量站”');
  });

  it('htmlToText(news page) keeps the article paragraphs, one a line, entities decoded', () => {
    expect(page.text.split('\n')).toEqual([
      '本报讯（记者邹倜然　通讯员邱一梅）瞄准有益、有趣、有用，嘉兴市总工会打造“美好生活能量站”，推出普惠项目，为职工文化培训工作补齐短板。',
      '近年来，嘉兴市各级工会着眼于满足职工群众精神文化需求，自2018年8月起推动创建“美好生活能量站”，倾心打造职工专属的学校和乐园。',
      '目前已建设站点50多个',
      '站内已开展各类培训活动近300场次 & 职工参与人数超过2万。',
    ]);
  });

  it.each(['首页', '要闻', '当前位置', '分享到', '微信', '来源', '责任编辑', '上一篇', '下一篇', '打印', '关闭窗口', '相关新闻', '全总召开会议', '版权所有', 'Copyright', 'ICP', '公网安备', '不是正文', 'color:red'])(
    'htmlToText(news page) drops %j',
    (boilerplate) => {
      expect(page.text).not.toContain(boilerplate);
    },
  );

  it('htmlToText(news page) reads the date from <meta name="publishdate">', () => {
    expect(page.published).toBe('2021-05-18');
  });

  it('htmlToText(page without date meta) reads it from the 发布时间 line', () => {
    const html = '<div>来源：工人日报 发布时间：2020年3月9日 08:10</div><p>正文第一段。</p>';
    expect(htmlToText(html)).toEqual({ title: null, text: '正文第一段。', published: '2020-03-09' });
  });

  it.each([
    ['<title>职工之家结对共建 - 中工网</title>', '职工之家结对共建'],
    ['<title>白银推进职工之家结对共建_地方_工人日报</title>', '白银推进职工之家结对共建'],
    ['<title>产改——全面体检</title>', '产改——全面体检'],
    ['<title>白银推进结对共建_工人日报</title><h1><a href="/">工人日报</a></h1>', '白银推进结对共建'],
  ])('htmlToText(%j).title is %j', (html, title) => {
    expect(htmlToText(html).title).toBe(title);
  });

  it('htmlToText(page in a page-wide <form>) keeps the article (ASP.NET pages)', () => {
    const long = '职工技能提升行动覆盖全省各地。'.repeat(30);
    const html = `<form id="form1" method="post"><nav><a href="/">首页</a></nav><p>${long}</p></form>`;
    expect(htmlToText(html).text).toBe(long);
  });

  it('htmlToText(unclosed <header>) does not swallow the rest of the page', () => {
    expect(htmlToText('<header><p>全市职工运动会开幕。</p>').text).toBe('全市职工运动会开幕。');
  });

  it('htmlToText(text broken across source lines) joins Chinese without a space', () => {
    expect(htmlToText('<p>嘉兴市总工会\n    打造能量站 and\n more</p>').text).toBe('嘉兴市总工会打造能量站 and more');
  });

  it('htmlToText(malformed markup) ends and keeps the text', () => {
    expect(htmlToText('<p>一 < 二 <b class="x>三').text).toBe('一 < 二');
    expect(htmlToText('<!-- 未闭合的注释 <p>文字</p>').text).toBe('');
    expect(htmlToText('<p>四<script>alert(1)').text).toBe('四');
  });

  it('htmlToText(<pre>) keeps its line breaks', () => {
    expect(htmlToText('<pre>第一行\n第二行</pre>').text).toBe('第一行\n第二行');
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&nbsp;&amp;&lt;&gt;&quot;', '\u00a0&<>"'],
    ['&#x4e00;&#20013;&#X56FD;', '一中国'],
    ['&ldquo;工会&rdquo;&mdash;&hellip;', '“工会”—…'],
    ['&#147;quoted&#148;', '“quoted”'],
    ['&nbsp &amp x', '\u00a0 & x'],
    ['&copy2021 &unknown; &#0; &#xD800;', '©2021 &unknown; \ufffd \ufffd'],
    ['AT&T', 'AT&T'],
  ])('decodeEntities(%j) is %j', (s, out) => {
    expect(decodeEntities(s)).toBe(out);
  });
});

describe('findDate', () => {
  it.each([
    ['发布时间:2021-05-18 10:22', '2021-05-18'],
    ['2021年5月8日', '2021-05-08'],
    ['2021/05/18', '2021-05-18'],
    ['2021-02-30', null],
    ['第12345期', null],
  ])('findDate(%j) is %j', (s, date) => {
    expect(findDate(s)).toBe(date);
  });
});
