// Progress line for long runs: files, MB/s and time left, on stderr. Silent for runs that end
// within a second (the bundled corpus), so small runs print only their summary.
import type { Writable } from 'node:stream';

export interface ProgressState {
  files: number;
  bytes: number;
  totalBytes: number;
  totalFiles: number;
}

const MB = 1024 * 1024;

export function formatProgress(p: ProgressState, elapsedMs: number): string {
  const secs = Math.max(elapsedMs / 1000, 1e-3);
  const rate = p.bytes / MB / secs;
  const left = rate > 0 ? (p.totalBytes - p.bytes) / MB / rate : 0;
  const pct = p.totalBytes ? Math.round((100 * p.bytes) / p.totalBytes) : 100;
  return `${p.files}/${p.totalFiles} files, ${(p.bytes / MB).toFixed(1)}/${(p.totalBytes / MB).toFixed(1)} MB (${pct}%), ${rate.toFixed(1)} MB/s, ${Math.ceil(left)} s left`;
}

export class Progress {
  private readonly start = Date.now();
  private last = 0;
  private shown = false;
  constructor(
    private readonly stream: Writable & { isTTY?: boolean },
    private readonly quiet: boolean,
  ) {}

  update(p: ProgressState): void {
    const now = Date.now();
    if (this.quiet || now - this.start < 1000) return;
    // A terminal gets one line redrawn; a log file gets a line every five seconds.
    const every = this.stream.isTTY ? 200 : 5000;
    if (now - this.last < every) return;
    this.last = now;
    const line = formatProgress(p, now - this.start);
    if (this.stream.isTTY) {
      this.stream.write(`\r\x1b[2K${line}`);
      this.shown = true;
    } else this.stream.write(line + '\n');
  }

  clear(): void {
    if (this.shown && this.stream.isTTY) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }
}
