// The charset an HTML file declares for itself, read from its first bytes before decoding
// (as browsers do): <meta charset>, <meta http-equiv="Content-Type" content="…; charset=…">,
// or an XML declaration's encoding="…".

const PRESCAN = 4096;

/** The declared charset label ("gbk", "utf-8", …) in lower case, or null when none is declared. */
export function htmlCharset(buf: Uint8Array): string | null {
  // Declarations are ASCII in every encoding we read except UTF-16, whose BOM decides anyway.
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.length, PRESCAN)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1]!.toLowerCase();
  }
  return null;
}
