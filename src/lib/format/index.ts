export { formatCompact, formatInteger } from './number.ts';
export { formatMoney, formatMoneyFull } from './money.ts';
export { formatPercent } from './percent.ts';
export { formatDate, formatYear, formatYearRange } from './date.ts';
export { categoryLabel, membershipKindLabel, periodLabel, provinceLabel, themeLabel } from './labels.ts';
