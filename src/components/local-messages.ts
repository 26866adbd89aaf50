// Interface strings of the dashboard shell that the shared message tables (lib/i18n) do not
// carry: the data-source notices, the header's version line, and the article view's extra fields.
import type { Lang } from '../lib/i18n/index.ts';
import type { DataNotice } from '../lib/data/status.ts';

interface ShellMessages {
  notices: Record<DataNotice, (date: string, days: string) => string>;
  dataVersion: (version: string, date: string) => string;
  source: Record<'cache' | 'network' | 'memory' | 'offline-cache', string>;
  byline: string;
  dateline: string;
  activityDate: string;
  places: string;
  kind: string;
  participants: string;
  /** The article list's page: articles `from`–`to` of `total`. */
  page: (from: string, to: string, total: string) => string;
  previousPage: string;
  nextPage: string;
  mapMetric: string;
  metricActivities: string;
  metricFunding: string;
  skip: string;
  charts: string;
  openFromChart: string;
}

const zh: ShellMessages = {
  notices: {
    offline: (d, n) => `无法连接网络，显示的是本机保存的数据（生成于 ${d}，${n} 天前）。`,
    'no-storage': () => '此浏览器无法保存数据，下次访问需重新下载。',
    blocked: () => '另一个标签页正在使用旧版缓存，本次数据只保存在内存中。',
    quota: () => '存储空间不足：数据未保存到本机，只在本次访问中使用。',
    'storage-failed': () => '数据未能保存到本机，只在本次访问中使用。',
  },
  dataVersion: (v, d) => `数据版本 ${v} · 生成于 ${d}`,
  source: { cache: '本机缓存', network: '已下载', memory: '仅内存', 'offline-cache': '离线缓存' },
  byline: '署名',
  dateline: '电头',
  activityDate: '活动日期',
  places: '地点',
  kind: '类型',
  participants: '参与人数',
  page: (a, b, n) => `第 ${a}–${b} 篇，共 ${n} 篇`,
  previousPage: '上一页',
  nextPage: '下一页',
  mapMetric: '地图显示',
  metricActivities: '报道篇数',
  metricFunding: '资金',
  skip: '跳到图表',
  charts: '图表',
  openFromChart: '点击数据可打开对应报道',
};

const en: ShellMessages = {
  notices: {
    offline: (d, n) => `Offline: showing the data stored in this browser (generated ${d}, ${n} days ago).`,
    'no-storage': () => 'This browser cannot store the data; it will be downloaded again next time.',
    blocked: () => 'Another tab is using an older cache; the data is kept in memory for this visit only.',
    quota: () => 'Storage is full: the data was not saved and is kept in memory for this visit only.',
    'storage-failed': () => 'The data could not be saved and is kept in memory for this visit only.',
  },
  dataVersion: (v, d) => `Data version ${v} · generated ${d}`,
  source: { cache: 'cached', network: 'downloaded', memory: 'memory only', 'offline-cache': 'offline copy' },
  byline: 'Byline',
  dateline: 'Dateline',
  activityDate: 'Activity date',
  places: 'Places',
  kind: 'Kind',
  participants: 'Participants',
  page: (a, b, n) => `${a}–${b} of ${n}`,
  previousPage: 'Previous',
  nextPage: 'Next',
  mapMetric: 'Map shows',
  metricActivities: 'Articles',
  metricFunding: 'Funding',
  skip: 'Skip to charts',
  charts: 'Charts',
  openFromChart: 'Click a data item to open its article',
};

/** The shell's strings for a language. */
export function shellMessages(lang: Lang): ShellMessages {
  return lang === 'zh' ? zh : en;
}
