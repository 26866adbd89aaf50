// Years stated in a (normalised) text: "2020年", "二〇二一年". A four-digit count such as
// "2000多人" is not a year: only a number followed by 年 (and not 年来/年间 durations of
// a few years) counts.
const DIGIT_YEAR = /(?<![\d.])(1[89]\d\d|20\d\d)\s*年(?!代)/g;
const HAN_YEAR = /([〇零一二三四五六七八九]{4})年/g;

/** Years in order of appearance, 1800–2099. */
export function yearsIn(s: string): number[] {
  const found: [number, number][] = [];
  for (const m of s.matchAll(DIGIT_YEAR)) found.push([m.index, Number(m[1])]);
  for (const m of s.matchAll(HAN_YEAR)) {
    const digits = [...m[1]!].map((c) => '〇零一二三四五六七八九'.indexOf(c)).map((d) => (d <= 1 ? 0 : d - 1));
    const y = Number(digits.join(''));
    if (y >= 1800 && y < 2100) found.push([m.index, y]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, y]) => y);
}
