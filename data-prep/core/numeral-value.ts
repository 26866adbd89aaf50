// The value of a scanned numeral: place-value arithmetic over its digit and multiplier tokens.

/** One numeral token: a number (lo..hi, equal unless it is the vague 几/数) or a multiplier. */
export type Token = { kind: 'num'; lo: number; hi: number; arabic: boolean } | { kind: 'mul'; value: number };

/** The trailing multipliers' product: 2千万 → 1e7, 5000 → 1. */
export function trailingScale(tokens: readonly Token[]): number {
  let scale = 1;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t?.kind !== 'mul') break;
    scale *= t.value;
  }
  return scale;
}

// Standard place-value evaluation: 十/百/千 build a section, 万 and 亿 close sections.
export function evaluate(tokens: readonly Token[], bound: 'lo' | 'hi'): number | null {
  let yi = 0;
  let wan = 0;
  let small = 0;
  let lastSmall = Infinity;
  let digit: number | null = null;
  for (const t of tokens) {
    if (t.kind === 'num') {
      if (digit !== null) return null;
      digit = t[bound];
    } else if (t.value < 1e4) {
      if (t.value >= lastSmall) return null; // 十百 is not a number
      small += (digit ?? (small === 0 ? 1 : NaN)) * t.value;
      if (Number.isNaN(small)) return null;
      lastSmall = t.value;
      digit = null;
    } else {
      // A bare leading 万/亿 (万余人, 近亿) counts one of it; a bare one later is malformed. A
      // written nought (0万, 零万: a table's empty cell) is nought, not a bare multiplier.
      const below = (t.value === 1e8 ? wan : 0) + small + (digit ?? 0);
      const nought = below === 0 && digit === 0 && small === 0;
      const section = below !== 0 || nought ? below : yi === 0 && wan === 0 ? 1 : 0;
      if ((section === 0 && !nought) || (t.value === 1e4 && wan !== 0)) return null;
      if (t.value === 1e4) wan = section * 1e4;
      else {
        yi = (yi + section) * 1e8;
        wan = 0;
      }
      small = 0;
      lastSmall = Infinity;
      digit = null;
    }
  }
  return yi + wan + small + (digit ?? 0);
}
