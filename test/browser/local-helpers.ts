// Helpers for the import and correction browser tests: the sample files a reader drops, what
// the prep's pipeline makes of them (the expectation), and a look at the stored edits.
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { Pipeline } from '../../data-prep/core/pipeline.ts';
import type { ExtractedArticle } from '../../data-prep/core/types.ts';
import { inputPages, type ImportInput } from '../../src/lib/import/pages.ts';

/** A file as playwright's setInputFiles takes it. */
export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const GB_PAGE =
  '青海省总工会开展“送清凉”活动\n\n本报讯 (记者甲)2023年7月12日,青海省总工会投入资金50万元,为全省一线职工送去防暑降温物品,惠及职工3000余人。\n';

const HTML_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>甘肃省总工会举办职工技能大赛 - 工人网</title>
<script>document.title = 'hacked'</script></head><body>
<nav><a href="/">首页</a> <a href="/news">新闻</a></nav>
<h1>甘肃省总工会举办职工技能大赛</h1>
<p>发布时间：2023-05-20</p>
<p>5月18日，甘肃省总工会在兰州举办全省职工职业技能大赛，投入奖励资金120万元，共有2000余名职工参赛。</p>
<p>大赛设置&lt;b&gt;焊工&lt;/b&gt;、电工等12个工种，获奖选手将获得“甘肃省技术能手”称号。</p>
<footer>版权所有 工人网</footer></body></html>`;

const JSONL = [
  JSON.stringify({ id: 'import-r1', title: '宁夏总工会为困难职工发放救助金', published: '2023-01-15', source: '宁夏工人报', text: '宁夏回族自治区总工会今年春节期间筹集帮扶资金800万元，慰问困难职工5000户。' }),
  '{"id": "import-r2", "text": 这一行不是JSON}',
  JSON.stringify({ id: 'import-r3', title: '西藏工会会员达到50万人', published: '2023-03-02', text: '截至2022年底，西藏自治区工会会员总数达到50万人，新增会员3万人。' }),
].join('\n');

/** The three sample files: a GB18030 text page, an HTML page and JSONL with one bad line. */
export function sampleFiles(): FilePayload[] {
  return [
    { name: '青海送清凉.txt', mimeType: 'text/plain', buffer: iconv.encode(GB_PAGE, 'gb18030') },
    { name: 'gansu.html', mimeType: 'text/html', buffer: Buffer.from(HTML_PAGE, 'utf8') },
    { name: 'records.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(JSONL, 'utf8') },
  ];
}

/** A file that is not text: named in a message, the others still imported. */
export function binaryFile(): FilePayload {
  return { name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) };
}

/** What the prep's own pipeline extracts from the files: what the dashboard must show. */
export function expectedImport(files: readonly FilePayload[]): ExtractedArticle[] {
  const pipeline = new Pipeline();
  const inputs: ImportInput[] = files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.buffer) }));
  return inputs.flatMap((i) => inputPages(i).pages.flatMap((p) => pipeline.run(p)));
}

/** The ids of the imported articles and the corrections stored in the app's IndexedDB. */
export async function storedEdits(page: Page): Promise<{ imported: string[]; corrections: { articleId: string; textHash: string }[] }> {
  return page.evaluate(
    () =>
      new Promise<{ imported: string[]; corrections: { articleId: string; textHash: string }[] }>((resolve, reject) => {
        const req = indexedDB.open('union-press');
        req.onerror = () => reject(new Error(String(req.error)));
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('imported')) {
            db.close();
            return resolve({ imported: [], corrections: [] });
          }
          const tx = db.transaction(['imported', 'corrections'], 'readonly');
          const imported = tx.objectStore('imported').getAllKeys();
          const corrections = tx.objectStore('corrections').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({ imported: (imported.result as string[]).sort(), corrections: corrections.result as { articleId: string; textHash: string }[] });
          };
        };
      }),
  );
}

/** The key figures as the page shows them. */
export async function shownKeys(page: Page) {
  const value = async (id: string) => Number(await page.getByTestId(`key-${id}`).getAttribute('data-value'));
  return {
    articles: await value('articles'),
    provinces: await value('provinces'),
    funding: await value('funding'),
    fundingCumulative: await value('funding-cumulative'),
    members: await value('members'),
  };
}
