// The theme taxonomy and a keyword classifier. A keyword in the title counts three times one
// in the body; an article takes every theme that scores at least a third of its best one, so
// a skills-contest story that mentions 劳模 once stays a skills story.
import type { ThemeId } from './types.ts';
import { AhoCorasick } from './aho-corasick.ts';

/** Theme ids with the terms that signal them (Simplified; matching runs on normalised text). */
export const THEME_TERMS: Record<ThemeId, readonly string[]> = {
  skills: ['技能竞赛', '劳动竞赛', '技能大赛', '职业技能', '竞赛', '技术比武', '岗位练兵', '擂台赛', '立功竞赛', '比赛', '技能比武'],
  rights: ['维权', '法律援助', '欠薪', '讨薪', '劳动报酬', '劳动争议', '法律服务', '普法', '调解', '仲裁', '法律咨询', '工伤', '合法权益', '拖欠'],
  hardship: ['困难职工', '帮扶', '脱困', '解困', '扶贫', '救助', '脱贫', '困难群众', '困难劳模'],
  care: ['慰问', '送清凉', '送温暖', '关爱', '防暑降温', '微心愿', '疗休养', '暖心', '金秋助学', '爱心'],
  organizing: ['建会', '入会', '新就业形态', '新业态', '基层组织', '工会组建', '组织覆盖', '工会联合会', '灵活就业', '基层工会', '会员'],
  culture: ['职工文化', '文艺', '文体', '读书', '书屋', '演出', '健步行', '文化宫', '摄影', '诵读', '文化活动', '相亲', '文化服务', '晚会', '健步走', '运动会', '体育'],
  training: ['教育培训', '培训', '大学堂', '学历', '课程', '送教', '职工大学', '学院'],
  ideology: ['思想政治', '党史学习', '思想引领', '党史', '政治引领', '学习贯彻', '二十大', '宣讲', '听党话', '跟党走', '建党', '重要论述'],
  'model-workers': ['劳模', '工匠', '劳动模范', '劳动奖章', '先进工作者', '工人先锋号'],
  reform: ['产业工人队伍建设改革', '产改', '产业工人'],
  'labor-relations': ['和谐劳动关系', '集体协商', '集体合同', '劳动关系', '职代会', '平等协商'],
  services: ['服务阵地', '驿站', '职工之家', '服务中心', '服务站', '接力站', '能量站', '服务平台', '职工小家', '港湾'],
  employment: ['就业服务', '就业援助', '招聘会', '就业岗位', '求职', '就业', '送岗位', '招聘'],
  women: ['女职工', '妈咪小屋', '巾帼', '女工委', '康乃馨', '红娘', '婚恋'],
  'safety-health': ['劳动保护', '职工健康', '体检', '安全生产', '职业病', '防暑', '中暑', '健康服务', '安全培训', '心理咨询', '高温'],
};

export const THEME_IDS = Object.keys(THEME_TERMS) as ThemeId[];

let matcher: AhoCorasick<number> | null = null;
/** The distinct terms of all themes; a term's number is its index here. */
let terms: readonly string[] = [];
/** Per theme (in THEME_IDS order), the numbers of its terms, in THEME_TERMS order. */
let termIndex: ReadonlyArray<Int32Array> = [];
/** Per term number: longer terms are more specific and weigh more. */
let termWeight = new Float64Array(0);
/** Some term can overlap an occurrence of itself (see selfOverlaps). */
let overlapping = false;

/** Every theme term once; the counts below are indexed by position in this list. */
export function themeTerms(): readonly string[] {
  if (terms.length === 0) {
    terms = [...new Set(THEME_IDS.flatMap((id) => THEME_TERMS[id]))];
    termIndex = THEME_IDS.map((id) => Int32Array.from(THEME_TERMS[id], (t) => terms.indexOf(t)));
    termWeight = Float64Array.from(terms, (t) => (t.length >= 4 ? 1.5 : 1));
    overlapping = terms.some(selfOverlaps);
  }
  return terms;
}

/**
 * Whether two occurrences of `term` can overlap (啊哈啊 in 啊哈啊哈啊): some proper prefix of it
 * is also a suffix.
 */
export function selfOverlaps(term: string): boolean {
  for (let k = 1; k < term.length; k++) if (term.endsWith(term.slice(0, k))) return true;
  return false;
}

/**
 * How often each theme term occurs in a text, as indexOf from the end of the last occurrence
 * would count it (non-overlapping, leftmost first), fed the occurrences of all terms in order
 * of start. Occurrences of one term then come in increasing order, so the greedy count is
 * indexOf's.
 */
export class TermCounter {
  /** Per term number; null while no term has occurred. */
  counts: Int32Array | null = null;
  /**
   * Per term number, where its last counted occurrence ends. Only kept when some term can
   * overlap itself: otherwise occurrences of one term never overlap and each counts, and the
   * scan of every article's headline and body spares an allocation.
   */
  private nextFree: Int32Array | null = null;

  add(start: number, end: number, k: number): void {
    if (!this.counts) {
      this.counts = new Int32Array(themeTerms().length);
      if (overlapping) this.nextFree = new Int32Array(this.counts.length);
    }
    const nextFree = this.nextFree;
    if (nextFree) {
      if (start < nextFree[k]!) return;
      nextFree[k] = end;
    }
    this.counts[k]!++;
  }
}

/** Term counts of `hay` (TermCounter), in one pass for all terms. */
function termCounts(hay: string): Int32Array | null {
  matcher ??= new AhoCorasick(themeTerms().map((t, k): [string, number] => [t, k]));
  const counter = new TermCounter();
  matcher.forEachByStart(hay, (start, end, k) => counter.add(start, end, k));
  return counter.counts;
}

/** Theme scores for a (normalised) title and body. */
export function themeScores(title: string, body: string): Map<ThemeId, number> {
  return themeScoresOfCounts(termCounts(title), termCounts(body));
}

/** Theme scores from the term counts (TermCounter) of a title and of a body. */
export function themeScoresOfCounts(inTitle: Int32Array | null, inBody: Int32Array | null): Map<ThemeId, number> {
  themeTerms();
  const scores = new Map<ThemeId, number>();
  if (!inTitle && !inBody) return scores;
  THEME_IDS.forEach((id, t) => {
    let s = 0;
    for (const k of termIndex[t]!) {
      // A body mention saturates so one long article about a single theme does not drown
      // the others.
      s += termWeight[k]! * (3 * (inTitle?.[k] ?? 0) + Math.min(4, inBody?.[k] ?? 0));
    }
    if (s > 0) scores.set(id, s);
  });
  return scores;
}

/** Themes most relevant first: those scoring ≥ 2 and at least a third of the best score. */
export function classifyThemes(title: string, body: string, max = 4): ThemeId[] {
  return rankThemes(themeScores(title, body), max);
}

/** classifyThemes from theme scores. */
export function rankThemes(scores: ReadonlyMap<ThemeId, number>, max = 4): ThemeId[] {
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || THEME_IDS.indexOf(a[0]) - THEME_IDS.indexOf(b[0]));
  const best = ranked[0]?.[1] ?? 0;
  return ranked
    .filter(([, s]) => s >= 2 && s >= best / 3)
    .slice(0, max)
    .map(([id]) => id);
}
