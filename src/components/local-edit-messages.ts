// Interface strings of the reader's imports and corrections (the import panel and the article
// view's correction form).
import type { Lang } from '../lib/i18n/index.ts';
import type { ChangeLabel } from '../lib/local/edits.svelte.ts';
import type { CorrectionState } from '../lib/local/merge.ts';
import type { ImportProblem } from '../lib/import/pages.ts';

interface LocalMessages {
  panel: string;
  drop: string;
  chooseFiles: string;
  paste: string;
  pasteLabel: string;
  importPasted: string;
  extracting: string;
  imported: (n: number, dup: number, saved: boolean) => string;
  failed: (why: string) => string;
  notSaved: (why: string) => string;
  problem: (p: ImportProblem) => string;
  undo: string;
  undoWhat: (l: ChangeLabel) => string;
  undone: string;
  export: string;
  importedList: (n: number) => string;
  correctedList: (n: number) => string;
  remove: string;
  removeAll: string;
  removeCorrection: string;
  state: Record<CorrectionState, string>;
  memoryOnly: string;
  badge: string;
  correctedBadge: string;
  correct: string;
  save: string;
  cancel: string;
  saved: string;
  revert: string;
  place: string;
  national: string;
  unknown: string;
  date: string;
  dateHint: string;
  badDate: string;
  themes: string;
  figures: string;
  value: string;
  category: string;
  wrong: string;
  staleNotice: string;
  staleFigures: (n: number) => string;
}

const zh: LocalMessages = {
  panel: '导入与更正',
  drop: '把 .txt、.html 或 .jsonl 文件拖到这里，或',
  chooseFiles: '选择文件导入',
  paste: '粘贴文本',
  pasteLabel: '粘贴一篇或几篇报道的文字',
  importPasted: '导入粘贴的文本',
  extracting: '正在提取…',
  imported: (n, dup, saved) =>
    `已导入 ${n} 篇文章${dup ? `（${dup} 篇已在数据中，未重复导入）` : ''}${saved ? '，已保存在本机。' : '，只在本次访问中保留。'}`,
  failed: (why) => `导入失败：${why}`,
  notSaved: (why) => `未能保存到本机，未作更改：${why}`,
  problem: (p) => {
    const where = `${p.file}${p.line ? ` 第 ${p.line} 行` : ''}`;
    const why = {
      empty: '文件是空的',
      binary: '不是文本文件',
      undecodable: '无法识别编码（不是 UTF-8、UTF-16 或 GB18030）',
      unsupported: '不支持的文件类型，请用 .txt、.html 或 .jsonl',
      'no-text': '没有找到正文',
      'too-large': '文件太大（超过 32 MB），请用 npm run prep 处理整个语料',
      record: p.detail?.startsWith('not JSON') ? '这一行不是有效的 JSON，已跳过' : `记录有误：${p.detail ?? ''}`,
    }[p.code];
    return `${where}：${why}`;
  },
  undo: '撤销',
  undoWhat: (l) =>
    l.kind === 'import' ? `撤销导入 ${l.count} 篇` : l.kind === 'remove' ? `撤销移除 ${l.count} 篇` : l.kind === 'correct' ? `撤销更正《${l.title}》` : `撤销取消更正《${l.title}》`,
  undone: '已撤销。',
  export: '导出更正与导入（JSON）',
  importedList: (n) => `本机导入的文章（${n}）`,
  correctedList: (n) => `更正（${n}）`,
  remove: '移除',
  removeAll: '全部移除',
  removeCorrection: '取消更正',
  state: { applied: '已应用', stale: '原文已变，未应用', missing: '当前数据中没有这篇文章', pending: '待核对原文' },
  memoryOnly: '此浏览器无法保存数据：导入和更正只在本次访问中保留。',
  badge: '导入',
  correctedBadge: '已更正',
  correct: '更正提取结果',
  save: '保存更正',
  cancel: '取消',
  saved: '更正已保存。',
  revert: '恢复提取结果',
  place: '省份',
  national: '全国',
  unknown: '不明',
  date: '活动日期',
  dateHint: 'YYYY-MM-DD 或 YYYY-MM，可留空',
  badDate: '日期格式应为 YYYY-MM-DD 或 YYYY-MM',
  themes: '主题',
  figures: '数字',
  value: '数值',
  category: '类别',
  wrong: '有误，不计入',
  staleNotice: '这篇文章的原文在更正之后已改变，更正没有应用。请核对后重新更正，或取消更正。',
  staleFigures: (n) => `${n} 处数字更正找不到对应的数字，未应用。`,
};

const en: LocalMessages = {
  panel: 'Import and corrections',
  drop: 'Drop .txt, .html or .jsonl files here, or',
  chooseFiles: 'Import files',
  paste: 'Paste text',
  pasteLabel: 'Paste the text of one or more articles',
  importPasted: 'Import pasted text',
  extracting: 'Extracting…',
  imported: (n, dup, saved) =>
    `Imported ${n} article(s)${dup ? ` (${dup} already in the data, not imported again)` : ''}${saved ? '; stored in this browser.' : '; kept for this visit only.'}`,
  failed: (why) => `Import failed: ${why}`,
  notSaved: (why) => `Could not be stored; nothing was changed: ${why}`,
  problem: (p) => {
    const where = `${p.file}${p.line ? `, line ${p.line}` : ''}`;
    const why = {
      empty: 'the file is empty',
      binary: 'not a text file',
      undecodable: 'unknown encoding (not UTF-8, UTF-16 or GB18030)',
      unsupported: 'unsupported file type; use .txt, .html or .jsonl',
      'no-text': 'no article text found',
      'too-large': 'too large (over 32 MB); use npm run prep for a whole corpus',
      record: p.detail?.startsWith('not JSON') ? 'not valid JSON; skipped' : `bad record: ${p.detail ?? ''}`,
    }[p.code];
    return `${where}: ${why}`;
  },
  undo: 'Undo',
  undoWhat: (l) =>
    l.kind === 'import' ? `Undo import of ${l.count}` : l.kind === 'remove' ? `Undo removal of ${l.count}` : l.kind === 'correct' ? `Undo correction of “${l.title}”` : `Undo reverting “${l.title}”`,
  undone: 'Undone.',
  export: 'Export corrections and imports (JSON)',
  importedList: (n) => `Imported articles (${n})`,
  correctedList: (n) => `Corrections (${n})`,
  remove: 'Remove',
  removeAll: 'Remove all',
  removeCorrection: 'Revert',
  state: { applied: 'applied', stale: 'text changed, not applied', missing: 'article not in this data', pending: 'text not checked yet' },
  memoryOnly: 'This browser cannot store data: imports and corrections last for this visit only.',
  badge: 'Imported',
  correctedBadge: 'Corrected',
  correct: 'Correct the extraction',
  save: 'Save correction',
  cancel: 'Cancel',
  saved: 'Correction saved.',
  revert: 'Back to extraction',
  place: 'Province',
  national: 'National',
  unknown: 'Unknown',
  date: 'Activity date',
  dateHint: 'YYYY-MM-DD or YYYY-MM, may be empty',
  badDate: 'The date must be YYYY-MM-DD or YYYY-MM',
  themes: 'Themes',
  figures: 'Figures',
  value: 'Value',
  category: 'Category',
  wrong: 'Wrong, do not count',
  staleNotice: 'This article’s text changed after it was corrected, so the correction is not applied. Check it and correct it again, or revert.',
  staleFigures: (n) => `${n} figure fix(es) could not find their figure and were not applied.`,
};

/** The strings for a language. */
export function localMessages(lang: Lang): LocalMessages {
  return lang === 'zh' ? zh : en;
}
