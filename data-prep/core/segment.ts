// Page blocks → articles. A newspaper page holds several articles, photo captions, column
// labels and the continuation of articles that started elsewhere. The rules, in order:
//  1. a run of headline blocks starts an article when no article is open, when the previous
//     one closed (author in brackets, photo credit), when a byline follows, or when the run
//     has two or more headlines; a lone headline inside an article is a sub-head;
//  2. a photo credit (…摄) closes a caption: the last headline and the paragraphs after it;
//  3. a standalone byline or a paragraph that starts mid-sentence after a closed article
//     opens a headless fragment, later joined to the article it continues;
//  4. an "article" made mostly of repeated paragraphs is the repeat's remains and joins the
//     article it repeats.
import { endsFinal, type Block } from './blocks.ts';
import { BigramSets } from './bigram-sets.ts';

/** An article as segmentation sees it: headlines and paragraphs, not yet an Article record. */
export interface Segment {
  heads: string[];
  byline: string | null;
  paragraphs: string[];
  kind: 'article' | 'caption';
  /** Index of the block that opened it. */
  first: number;
  /** Blocks this segment holds (to map duplicates back). */
  blocks: number[];
  /** Blocks it dropped as repeats, with the block index they repeat. */
  repeats: number[];
  closed: boolean;
  headless: boolean;
  /** Paragraph index where the article's own body starts (after a 阅读提示 box). */
  bodyStart: number;
  /** A paragraph cut by a boxed insert (阅读提示): the text after the box continues it. */
  pendingJoin?: number;
}

const ARTICLE_LABELS = new Set(['蹲点日记', '新闻特写', '开栏的话', '编者按', '记者手记', '评论员文章', '一线视角']);
// Characters that cannot open a sentence: a paragraph starting with one continues the last.
const CONTINUATION_START = /^[有的了和与及等着过地得并而或之其]/;

function newSegment(first: number, headless = false): Segment {
  return {
    heads: [],
    byline: null,
    paragraphs: [],
    kind: 'article',
    first,
    blocks: [],
    repeats: [],
    closed: false,
    headless,
    bodyStart: 0,
    // Present from the start, so that every segment has one hidden class (see blocks.ts, block).
    pendingJoin: undefined,
  };
}

/** Split a run of headlines that holds two headline groups (an orphan title, then ours). */
function splitRun(run: string[]): string[][] {
  if (run.length < 3) return [run];
  for (let k = 0; k < run.length - 2; k++) {
    if (run[k]!.endsWith('——')) return [run.slice(0, k + 2), ...splitRun(run.slice(k + 2))];
  }
  return [run];
}

/** "职工渡过难关。20世纪…": a first sentence too short to stand alone is a cut-off tail. */
function startsMidSentence(text: string): boolean {
  const first = /^[^。！？]{1,8}[。！？]/.exec(text);
  return first !== null && !/^[“"「（(]/.test(text);
}

export function segmentBlocks(blocks: readonly Block[]): Segment[] {
  const out: Segment[] = [];
  let cur: Segment | null = null;
  const open = (s: Segment) => {
    out.push(s);
    cur = s;
    return s;
  };
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i]!;
    if (b.type === 'furniture') {
      i++;
      continue;
    }
    if (b.duplicateOf !== undefined) {
      (cur ?? open(newSegment(i, true))).repeats.push(b.duplicateOf);
      i++;
      continue;
    }
    if (b.type === 'head' || b.type === 'label') {
      // Gather the run of headlines and labels.
      const run: string[] = [];
      const labels: string[] = [];
      let j = i;
      while (j < blocks.length && (blocks[j]!.type === 'head' || blocks[j]!.type === 'label') && blocks[j]!.duplicateOf === undefined) {
        (blocks[j]!.type === 'label' ? labels : run).push(blocks[j]!.text);
        j++;
      }
      const next = blocks[j];
      const bylineFollows = next !== undefined && (next.type === 'byline' || next.byline !== undefined);
      const articleLabel = labels.some((l) => ARTICLE_LABELS.has(l));
      const c = cur as Segment | null;
      const starts =
        c === null || c.closed || bylineFollows || run.length >= 2 || articleLabel || (c.paragraphs.length === 0 && c.heads.length === 0);
      if (!starts && c) {
        // Sub-head (or a 阅读提示 box title) inside the open article.
        for (const t of run) {
          const nb = blocks[j];
          // A "sub-head" that is really a prose line cut short: "…竞赛共设" + "有长株潭…".
          if (nb?.type === 'body' && /[，,]/.test(t) && CONTINUATION_START.test(nb.text)) {
            nb.text = t + nb.text;
          } else c.paragraphs.push(t);
        }
        if (labels.includes('阅读提示') && c.paragraphs.length === 0) c.bodyStart = 1;
        const last = c.paragraphs.at(-1);
        if (labels.length && run.length === 0 && last !== undefined && last.length >= 20 && !endsFinal(last)) {
          c.pendingJoin = c.paragraphs.length - 1;
        }
        for (let k = i; k < j; k++) c.blocks.push(k);
        i = j;
        continue;
      }
      const groups = run.length ? splitRun(run) : [[]];
      groups.forEach((g, gi) => {
        const s = open(newSegment(i));
        s.heads = gi === 0 && run.length === 0 ? [...labels] : g;
        if (gi === groups.length - 1 && labels.length && run.length) {
          // 阅读提示 under the title: the box paragraph that follows is not the body start.
          if (labels.includes('阅读提示')) s.bodyStart = 1;
        }
      });
      for (let k = i; k < j; k++) (cur as Segment | null)?.blocks.push(k);
      i = j;
      continue;
    }
    if (b.type === 'byline') {
      const c = cur as Segment | null;
      if (c && !c.closed && c.paragraphs.length === 0) c.byline = c.byline ? `${c.byline} ${b.text}` : b.text;
      else open(newSegment(i, true)).byline = b.text;
      (cur as Segment | null)?.blocks.push(i);
      i++;
      continue;
    }
    if (b.type === 'credit') {
      closeCaption(out, b.text, i);
      cur = out[out.length - 1] ?? null;
      if (cur) cur.closed = true;
      i++;
      continue;
    }
    // Body paragraph.
    let c = cur as Segment | null;
    if (!c || c.closed || (startsMidSentence(b.text) && c.paragraphs.length > 0 && endsFinal(c.paragraphs.at(-1)!))) {
      c = open(newSegment(i, true));
    }
    if (b.byline && !c.byline) c.byline = b.byline;
    if (c.pendingJoin !== undefined && c.paragraphs.length > c.pendingJoin + 1) {
      // The box has been printed; this paragraph is the rest of the one it interrupted.
      c.paragraphs[c.pendingJoin] += b.text;
      c.pendingJoin = undefined;
      c.blocks.push(i);
      i++;
      continue;
    }
    c.paragraphs.push(b.text);
    c.blocks.push(i);
    if (b.endsArticle) c.closed = true;
    i++;
  }
  return mergeFragments(out, blocks);
}

/** A photo credit closes a caption: the last headline of the open item and what follows it. */
function closeCaption(out: Segment[], credit: string, at: number): void {
  const cur = out[out.length - 1];
  if (!cur) return;
  const lastHead = findLastSubhead(cur);
  if (cur.heads.length && (lastHead < 0 || cur.paragraphs.length <= 3) && lastHead < 0) {
    cur.kind = 'caption';
    cur.byline = credit;
    return;
  }
  if (lastHead < 0) {
    // No headline of its own: an untitled photo caption.
    if (cur.paragraphs.length <= 2 && cur.heads.length === 0) {
      cur.kind = 'caption';
      cur.byline = credit;
    }
    return;
  }
  const cap = newSegment(at);
  cap.kind = 'caption';
  cap.heads = [cur.paragraphs[lastHead]!];
  cap.paragraphs = cur.paragraphs.splice(lastHead);
  cap.paragraphs.shift();
  cap.byline = credit;
  out.push(cap);
}

/** Index of the last paragraph that is a sub-head (short, no final punctuation), or -1. */
function findLastSubhead(s: Segment): number {
  for (let k = s.paragraphs.length - 1; k >= Math.max(0, s.paragraphs.length - 4); k--) {
    const p = s.paragraphs[k]!;
    if (p.length <= 40 && !endsFinal(p)) return k;
  }
  return -1;
}

const pairCode = (s: string): number => (s.charCodeAt(0) << 16) | s.charCodeAt(1);
// Bigrams every union article shares; they say nothing about which article a fragment joins.
const COMMON = new Set(['工会', '职工', '服务', '工作', '开展', '活动', '总工', '会员', '劳动', '我们', '进行', '建设'].map(pairCode));

// The bigrams of the page's texts, numbered afresh for each page (see BigramSets).
const bigrams = new BigramSets(COMMON);

/** Join headless fragments and repeat remains to the articles they belong to. */
function mergeFragments(segs: Segment[], blocks: readonly Block[]): Segment[] {
  const owner = new Map<number, Segment>();
  for (const s of segs) for (const b of s.blocks) owner.set(b, s);
  const kept: Segment[] = [];
  for (const s of segs) {
    // Repeat remains: most of what it held were repeats of one article.
    if (s.repeats.length && s.repeats.length >= s.paragraphs.length && s.kind === 'article') {
      const target = owner.get(s.repeats[0]!);
      if (target && target !== s) {
        target.paragraphs.push(...s.paragraphs);
        for (const b of s.blocks) owner.set(b, target);
        continue;
      }
    }
    kept.push(s);
  }
  const result: Segment[] = [];
  const orphans = kept.filter((s) => s.heads.length > 0 && s.paragraphs.length === 0 && s.kind === 'article');
  // Bigrams of each candidate home, computed once per page rather than once per fragment.
  const homes = new Map<Segment, Int32Array>();
  bigrams.reset();
  for (const s of kept) {
    if (!s.headless || s.heads.length > 0) {
      result.push(s);
      continue;
    }
    const target = bestHome(s, kept, orphans, homes);
    if (target) {
      // The target's text changes: its bigrams are computed again when next asked for.
      homes.delete(target);
      // A fragment with its own byline is the article's beginning, continued after the box.
      const at = target.bodyStart;
      const body = [...s.paragraphs];
      const tail = body.at(-1);
      const after = target.paragraphs[at];
      if (tail !== undefined && !endsFinal(tail) && after !== undefined) {
        body[body.length - 1] = tail + after;
        target.paragraphs.splice(at, 1, ...body);
      } else target.paragraphs.splice(at, 0, ...body);
      target.byline ??= s.byline;
      const o = orphans.indexOf(target);
      if (o >= 0) orphans.splice(o, 1);
      continue;
    }
    result.push(s);
  }
  void blocks;
  return result.filter((s) => s.paragraphs.length > 0 || s.kind === 'caption');
}

function bestHome(frag: Segment, segs: Segment[], orphans: Segment[], cache: Map<Segment, Int32Array>): Segment | null {
  // The fragment's bigrams are marked once; each home counts those it holds too.
  bigrams.mark(bigrams.of(frag.paragraphs.join('')));
  let best: Segment | null = null;
  let bestScore = 0;
  for (const s of segs) {
    if (s === frag || s.kind !== 'article' || (s.headless && s.heads.length === 0)) continue;
    let sb = cache.get(s);
    if (!sb) cache.set(s, (sb = bigrams.of([...s.heads, ...s.paragraphs].join(''))));
    let score = bigrams.shared(sb) / Math.sqrt(Math.max(1, sb.length));
    // A headline whose body is missing from the page is where a fragment most likely belongs.
    if (orphans.includes(s) && score >= 0.3) score += 10;
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return bestScore >= 0.5 ? best : null;
}
