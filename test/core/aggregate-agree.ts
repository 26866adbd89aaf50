// Checks that a set of dataset files agrees with the articles.jsonl they were built from.
// Written independently of data-prep/core/aggregate*.ts (it recomputes from the articles and
// hashes with node:crypto), so it can vouch for the prep's output on real data, not only for
// the fixtures. Returns the problems found; an empty list means the datasets agree.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ExtractedArticle, Figure } from '../../data-prep/core/types.ts';
import type {
  ActivityRow,
  ArticleIndexFile,
  ArticleIndexRow,
  Coded,
  DatasetManifest,
  FigureFile,
  FigureRef,
  FundingRow,
  MembershipSeries,
  TextChunk,
} from '../../data-prep/core/dataset-types.ts';

/** Dataset files by name (as buildDatasets returns them, or as read from a folder). */
export type DatasetFiles = Map<string, string> | Record<string, string>;

/** Reads every file under `dir` (recursively) into name → content, names with '/'. */
export function readDatasetDir(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path).split(sep).join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

const hex = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');
const at = <T,>(c: Coded<T> | undefined, i: number): T | undefined => c?.values[c.codes[i]!];

/** The rows of the columnar index.json, decoded here rather than with the prep's decoder. */
function indexRowsOf(file: ArticleIndexFile): ArticleIndexRow[] {
  return (file.id ?? []).map((id, i) => ({
    id,
    title: file.title[i]!,
    kind: at(file.kind, i)!,
    file: at(file.file, i)!,
    publication: at(file.publication, i) ?? null,
    published: at(file.published, i) ?? null,
    date: at(file.date, i) ?? null,
    year: at(file.year, i) ?? null,
    month: at(file.month, i) ?? null,
    scope: at(file.scope, i)!,
    provinceCode: at(file.provinceCode, i) ?? null,
    province: at(file.province, i) ?? null,
    themes: at(file.themes, i) ?? [],
    chunk: Math.floor(i / file.textChunkSize),
    figureCount: file.figureCount[i]!,
  }));
}
const attributed = (a: ExtractedArticle): string | null => (a.scope === 'province' ? a.provinceCode : null);

/** Parses articles.jsonl (blank lines ignored). */
export function parseArticlesJsonl(jsonl: string): ExtractedArticle[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ExtractedArticle);
}

/** Every disagreement between `datasets` and `articlesJsonl`, as readable sentences. */
export function checkAggregatesAgree(articlesJsonl: string, datasets: DatasetFiles): string[] {
  const files = datasets instanceof Map ? datasets : new Map(Object.entries(datasets));
  // articles.jsonl may sit in the same folder; it is the input, not a dataset.
  files.delete('articles.jsonl');
  const problems: string[] = [];
  const fail = (msg: string): void => void problems.push(msg);
  const json = <T,>(name: string): T | undefined => {
    const text = files.get(name);
    if (text === undefined) return void fail(`${name} is missing`);
    return JSON.parse(text) as T;
  };

  const articles = parseArticlesJsonl(articlesJsonl);
  const byId = new Map(articles.map((a) => [a.id, a]));
  if (byId.size !== articles.length) fail('articles.jsonl has duplicate ids');
  const figureOf = ([id, i]: FigureRef): Figure | undefined => byId.get(id)?.figures[i];
  const yearOf = ([id, i]: FigureRef): number | null => figureOf([id, i])?.year ?? byId.get(id)?.year ?? null;
  const placeOf = ([id]: FigureRef): string => {
    const a = byId.get(id);
    return a ? `${attributed(a)}/${a.scope}` : 'nowhere';
  };
  const figureCount = articles.reduce((s, a) => s + a.figures.length, 0);

  // Manifest: hashes, sizes, version and counts.
  const manifest = json<DatasetManifest>('manifest.json');
  if (manifest) {
    const names = [...files.keys()].filter((n) => n !== 'manifest.json').sort();
    const listed = Object.keys(manifest.files).sort();
    if (names.join() !== listed.join()) fail(`manifest lists [${listed}] but the files are [${names}]`);
    for (const n of names) {
      const text = files.get(n)!;
      const entry = manifest.files[n];
      if (entry && entry.bytes !== Buffer.byteLength(text, 'utf8')) fail(`${n}: manifest says ${entry.bytes} bytes, file has ${Buffer.byteLength(text)}`);
      if (entry && entry.sha256 !== hex(text)) fail(`${n}: hash differs from the manifest`);
    }
    const version = hex(listed.map((n) => `${n}\t${manifest.files[n]!.sha256}\n`).join(''));
    if (manifest.version !== version) fail('manifest version is not the hash of the files');
    const provinces = new Set(articles.map(attributed).filter((c) => c !== null)).size;
    if (manifest.counts.articles !== articles.length) fail(`manifest counts ${manifest.counts.articles} articles, jsonl has ${articles.length}`);
    if (manifest.counts.figures !== figureCount) fail(`manifest counts ${manifest.counts.figures} figures, jsonl has ${figureCount}`);
    if (manifest.counts.provinces !== provinces) fail(`manifest counts ${manifest.counts.provinces} provinces, jsonl has ${provinces}`);
    const chunks = names.filter((n) => n.startsWith('texts/')).length;
    if (manifest.textChunks !== chunks) fail(`manifest says ${manifest.textChunks} text chunks, there are ${chunks}`);
  }

  // Index and texts: one row per article, in order, text only in its chunk.
  const indexFile = json<ArticleIndexFile>('index.json');
  const index = indexFile ? indexRowsOf(indexFile) : [];
  for (const [name, column] of Object.entries(indexFile ?? {})) {
    const length = Array.isArray(column) ? column.length : (column as Coded<unknown> | null)?.codes?.length;
    if (length !== undefined && length !== index.length) fail(`index.json: column ${name} has ${length} rows, id has ${index.length}`);
  }
  if (index.map((r) => r.id).join('\n') !== articles.map((a) => a.id).join('\n')) fail('index ids differ from articles.jsonl (or their order)');
  const texts = new Map<string, TextChunk[string]>();
  for (const n of files.keys()) {
    if (!n.startsWith('texts/')) continue;
    for (const [id, t] of Object.entries(json<TextChunk>(n) ?? {})) {
      if (texts.has(id)) fail(`text of ${id} appears more than once`);
      texts.set(id, t);
      const a = byId.get(id);
      if (t.text !== a?.text) fail(`${n}: text of ${id} differs from articles.jsonl`);
      const quotes = (a?.figures ?? []).map((f) => [f.quote, f.raw]);
      if (JSON.stringify(t.figures?.map((f) => [f.quote, f.raw])) !== JSON.stringify(quotes)) fail(`${n}: figure quotes of ${id} differ`);
    }
  }
  for (const row of index) {
    const a = byId.get(row.id);
    if (!a) continue;
    if (row.provinceCode !== attributed(a)) fail(`index ${row.id}: province ${row.provinceCode}, expected ${attributed(a)}`);
    if (row.scope !== a.scope || row.year !== a.year || row.title !== a.title) fail(`index ${row.id}: scope, year or title differ`);
    if (row.published !== a.published || row.date !== a.date || row.file !== a.source.file) fail(`index ${row.id}: published, date or file differ`);
    if (row.month !== month(a)) fail(`index ${row.id}: month ${row.month}, expected ${month(a)}`);
    if (row.themes.join() !== a.themes.join()) fail(`index ${row.id}: themes differ`);
    if (row.figureCount !== a.figures.length) fail(`index ${row.id}: figureCount ${row.figureCount}, expected ${a.figures.length}`);
    const chunk = files.get(`texts/${row.chunk}.json`);
    if (!chunk || !(row.id in (JSON.parse(chunk) as TextChunk))) fail(`index ${row.id}: its text is not in texts/${row.chunk}.json`);
    if (!texts.has(row.id)) fail(`text of ${row.id} is missing`);
  }
  // The list's order: newest first (page date, else activity date), then title, then file order.
  const listed = (a: ExtractedArticle) => a.published ?? a.date ?? '';
  const newest = articles.map((_, i) => i);
  newest.sort((i, j) => {
    const [a, b] = [articles[i]!, articles[j]!];
    if (listed(a) !== listed(b)) return listed(a) < listed(b) ? 1 : -1;
    return a.title === b.title ? i - j : a.title < b.title ? -1 : 1;
  });
  if (indexFile && indexFile.newest?.join() !== newest.join()) fail('index.json: newest is not the articles newest first');

  // Figure facts: one per figure, in article then figure order, equal to it.
  const figureFile = json<FigureFile>('figures.json');
  const factCount = figureFile?.value?.length ?? 0;
  if (factCount !== figureCount) fail(`figures.json has ${factCount} facts, jsonl has ${figureCount} figures`);
  let row = 0;
  let max = 0;
  for (const a of articles) {
    a.figures.forEach((g, i) => {
      const f = figureFile;
      if (!f || row >= factCount) return;
      const valueMax = f.valueMax.at[max] === row ? f.valueMax.values[max++] : undefined;
      const same =
        at(f.kind, row) === g.kind && f.value[row] === g.value && valueMax === g.valueMax && at(f.qualifier, row) === g.qualifier &&
        (at(f.period, row) ?? undefined) === g.period && (at(f.category, row) ?? undefined) === g.category &&
        (at(f.funding, row) ?? undefined) === g.funding;
      if (!same) fail(`fact ${a.id}#${i} differs from its figure`);
      if (at(f.year, row) !== (g.year ?? a.year)) fail(`fact ${a.id}#${i}: year ${at(f.year, row)}`);
      row++;
    });
  }
  if (figureFile && max !== figureFile.valueMax.at.length) fail('figures.json: valueMax lists rows that are not ranges');

  checkActivities(articles, json<ActivityRow[]>('activities.json') ?? [], fail);
  checkFunding(articles, json<FundingRow[]>('funding.json') ?? [], { figureOf, yearOf, placeOf }, fail);
  checkMembership(articles, json<MembershipSeries[]>('membership.json') ?? [], { figureOf, yearOf, placeOf }, fail);
  return problems;
}

interface Lookups {
  figureOf: (r: FigureRef) => Figure | undefined;
  yearOf: (r: FigureRef) => number | null;
  placeOf: (r: FigureRef) => string;
}

function month(a: ExtractedArticle): number | null {
  const m = /^(\d{4})-(\d{2})/.exec(a.date ?? '');
  return m && a.year !== null && Number(m[1]) === a.year ? Number(m[2]) : null;
}

function checkActivities(articles: ExtractedArticle[], rows: ActivityRow[], fail: (m: string) => void): void {
  const expected = new Map<string, string[]>();
  for (const a of articles) {
    for (const theme of a.themes.length ? new Set(a.themes) : [null]) {
      const key = JSON.stringify([attributed(a), a.scope, theme, a.year, month(a)]);
      expected.set(key, [...(expected.get(key) ?? []), a.id]);
    }
  }
  const got = new Map<string, string[]>();
  for (const r of rows) {
    const key = JSON.stringify([r.provinceCode, r.scope, r.theme, r.year, r.month]);
    if (got.has(key)) fail(`activities: two rows for ${key}`);
    if (r.articles !== r.articleIds.length) fail(`activities ${key}: count ${r.articles} but ${r.articleIds.length} ids`);
    got.set(key, r.articleIds);
  }
  for (const [key, ids] of expected) {
    if ([...(got.get(key) ?? [])].sort().join() !== [...ids].sort().join()) fail(`activities ${key}: expected [${ids}], got [${got.get(key) ?? []}]`);
  }
  for (const key of got.keys()) if (!expected.has(key)) fail(`activities: unexpected row ${key}`);
}

function checkFunding(
  articles: ExtractedArticle[],
  rows: FundingRow[],
  { figureOf, yearOf, placeOf }: Lookups,
  fail: (m: string) => void,
): void {
  const funding = new Set<string>();
  for (const a of articles) a.figures.forEach((f, i) => f.kind === 'money' && f.funding === true && funding.add(`${a.id}#${i}`));
  const seen = new Map<string, number>();
  const cumulativeKeys = new Set<string>();
  for (const r of rows) {
    const label = `funding ${r.provinceCode}/${r.scope}/${r.category}/${r.year}/${r.period}`;
    for (const ref of [...r.figures, ...r.superseded]) {
      const k = `${ref[0]}#${ref[1]}`;
      seen.set(k, (seen.get(k) ?? 0) + 1);
      const f = figureOf(ref);
      if (!f || !funding.has(k)) fail(`${label}: ${k} is not a funding figure`);
      else if (placeOf(ref) !== `${r.provinceCode}/${r.scope}`) fail(`${label}: ${k} is from ${placeOf(ref)}`);
      else if ((f.period ?? 'unspecified') !== r.period || (f.category ?? 'other') !== r.category) fail(`${label}: ${k} has period ${f.period}, category ${f.category}`);
    }
    const total = r.figures.reduce((s, ref) => s + (figureOf(ref)?.value ?? NaN), 0);
    if (total !== r.total) fail(`${label}: total ${r.total}, its figures add to ${total}`);
    if (r.period === 'cumulative') {
      const key = `${r.provinceCode}/${r.scope}/${r.category}`;
      if (cumulativeKeys.has(key)) fail(`${label}: a second cumulative row for ${key}`);
      cumulativeKeys.add(key);
      if (r.figures.length !== 1) fail(`${label}: a cumulative total must count one figure, counts ${r.figures.length}`);
      const kept = r.figures[0];
      for (const s of kept ? r.superseded : []) {
        const kv = figureOf(kept!)?.value ?? 0;
        const sv = figureOf(s)?.value ?? 0;
        const later = (yearOf(s) ?? -Infinity) > (yearOf(kept!) ?? -Infinity);
        if (sv > kv || (sv === kv && later)) fail(`${label}: keeps ${kept} over a larger or later ${s}`);
      }
    } else {
      if (r.superseded.length) fail(`${label}: only cumulative rows supersede`);
      for (const ref of r.figures) if (yearOf(ref) !== r.year) fail(`${label}: ${ref} is from ${yearOf(ref)}`);
    }
  }
  for (const k of funding) if (seen.get(k) !== 1) fail(`funding figure ${k} appears ${seen.get(k) ?? 0} times in funding.json`);
}

function checkMembership(
  articles: ExtractedArticle[],
  series: MembershipSeries[],
  { figureOf, yearOf, placeOf }: Lookups,
  fail: (m: string) => void,
): void {
  const kinds = new Set(['members', 'new-members', 'membership-rate']);
  const expected = new Set<string>();
  for (const a of articles) a.figures.forEach((f, i) => kinds.has(f.kind) && expected.add(`${a.id}#${i}`));
  const seen = new Map<string, number>();
  for (const s of series) {
    for (const p of s.points) {
      const refs = [p.figure, ...p.others];
      const label = `membership ${s.provinceCode}/${s.kind}/${s.period}/${p.year}`;
      for (const ref of refs) {
        const k = `${ref[0]}#${ref[1]}`;
        seen.set(k, (seen.get(k) ?? 0) + 1);
        const f = figureOf(ref);
        if (!f || f.kind !== s.kind || placeOf(ref) !== `${s.provinceCode}/${s.scope}` || (f.period ?? 'unspecified') !== s.period || yearOf(ref) !== p.year) fail(`${label}: ${k} does not belong here`);
      }
      const max = Math.max(...refs.map((r) => figureOf(r)?.value ?? -Infinity));
      if (p.value !== figureOf(p.figure)?.value || p.value !== max) fail(`${label}: value ${p.value}, largest report ${max}`);
    }
  }
  for (const k of expected) if (seen.get(k) !== 1) fail(`membership figure ${k} appears ${seen.get(k) ?? 0} times in membership.json`);
}
