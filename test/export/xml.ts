// A small XML well-formedness check for tests (no XML parser in the dependencies): one root
// element, tags nested and closed, attributes quoted, no raw '<' or stray '&' in text or values,
// no character XML forbids. Returns the problems found, [] when well formed.
const NAME = '[A-Za-z_:][-A-Za-z0-9_:.]*';
const REFERENCE = /&(?:[A-Za-z_][-A-Za-z0-9_.]*|#[0-9]+|#x[0-9A-Fa-f]+);/g;
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<[^>]*>|[^<]+/g;
const START = new RegExp(`^<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>$`);
const END = new RegExp(`^</(${NAME})\\s*>$`);
const ATTR = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  let roots = 0;
  if (FORBIDDEN.test(xml)) problems.push('forbidden character');
  const strayAmp = (s: string) => s.replace(REFERENCE, '').includes('&');
  for (const token of xml.match(TOKEN) ?? []) {
    if (token.startsWith('<!--') || token.startsWith('<![CDATA[') || token.startsWith('<?')) continue;
    if (token.startsWith('</')) {
      const m = END.exec(token);
      if (!m || open.pop() !== m[1]) problems.push(`unbalanced ${token}`);
    } else if (token.startsWith('<')) {
      const m = START.exec(token);
      if (!m) {
        problems.push(`bad tag ${token.slice(0, 60)}`);
        continue;
      }
      const names = new Set<string>();
      for (const a of (m[2] ?? '').matchAll(ATTR)) {
        if (names.has(a[1]!)) problems.push(`repeated attribute ${a[1]}`);
        names.add(a[1]!);
        if (strayAmp(a[2] ?? a[3] ?? '')) problems.push(`stray & in ${a[1]}`);
      }
      if (open.length === 0) roots++;
      if (m[3] !== '/') open.push(m[1]!);
    } else {
      if (open.length === 0 && token.trim()) problems.push('text outside the root');
      if (strayAmp(token)) problems.push(`stray & in text ${token.slice(0, 40)}`);
      if (token.includes('>') && token.includes(']]>')) problems.push(']]> in text');
    }
  }
  if (open.length) problems.push(`unclosed ${open.join(',')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** The text content of every <text> element (entities decoded), to check what an SVG says. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&amp;', '&'),
  );
}
