// s.matchAll(re) for expressions whose every match holds one fixed character (年 in a date) a few
// characters after its start. The engine would try the expression at every position of the
// text, and an expression opening with a look-behind and a class of CJK characters costs tens
// of nanoseconds a position; here it is tried only within reach of each occurrence of the
// character, which in prose is a small share of the positions.

/**
 * The matches `s.matchAll(re)` gives, when every match of `re` starts at most `reach` code units,
 * then only spaces and tabs, before an occurrence of `anchor` (one code unit), inside the match
 * or in a look-ahead, with no other occurrence of it in between. `re` must be sticky (flag y):
 * it is tried at each candidate start in turn, in order, as a global search would try them.
 */
export function anchoredMatches(re: RegExp, s: string, anchor: string, reach: number): RegExpExecArray[] {
  if (!re.sticky) throw new Error(`anchoredMatches needs a sticky expression, got ${re}`);
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let at = s.indexOf(anchor); at >= 0; at = s.indexOf(anchor, Math.max(from, at + 1))) {
    // A match using this anchor starts after the last match and at most `reach` before the
    // spaces that precede the anchor; an earlier start would reach an earlier anchor first.
    let lead = at;
    while (lead > from && (s.charCodeAt(lead - 1) === 32 || s.charCodeAt(lead - 1) === 9)) lead--;
    for (let start = Math.max(from, lead - reach); start <= at; start++) {
      re.lastIndex = start;
      const m = re.exec(s);
      if (m) {
        out.push(m);
        from = m.index + m[0].length;
        break;
      }
    }
  }
  return out;
}
