// Line breaking for the texts drawn into exported images. Widths are estimated from the
// characters (a CJK character is one em, others are taken at a generous 0.62 em), not measured,
// so the PNG and the SVG break the same lines, and layouts can be computed and tested without a
// browser. The estimate errs wide: a line ends a little early rather than running off the edge.

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
// Breaks may fall before and after a wide character, and at spaces between other runs.
const TOKENS = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\s+|[^\s\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+/g;
// Punctuation that never starts a line (it stays with the text before it).
const NO_START = /^[，。、；：？！）》」』】,.;:?!)\]]/;

/** Estimated width of `text` in px at `size` px. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += ch === ' ' ? 0.33 : WIDE.test(ch) ? 1 : 0.62;
  return em * size;
}

/** `text` broken into lines no wider than `width` (estimated); always at least one line. */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(TOKENS) ?? []) {
    const space = /^\s+$/.test(token);
    if (line === '' && space) continue;
    if (line !== '' && !NO_START.test(token) && textWidth((line + token).trimEnd(), size) > width) {
      lines.push(line.trimEnd());
      line = space ? '' : token;
    } else {
      line += token;
    }
    // A single word wider than the line is cut where it must be.
    const alone = line === token;
    while (alone && textWidth(line, size) > width && [...line].length > 1) {
      const [head, rest] = cutToWidth(line, width, size);
      lines.push(head);
      line = rest;
    }
  }
  if (line.trimEnd() || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

function cutToWidth(text: string, width: number, size: number): [string, string] {
  const chars = [...text];
  let n = 1;
  while (n < chars.length && textWidth(chars.slice(0, n + 1).join(''), size) <= width) n++;
  return [chars.slice(0, n).join(''), chars.slice(n).join('')];
}
