// Appends to the files of an atomic output folder through a buffer, so that a run writing
// millions of small pieces makes few large writes, and keeps each file's size and SHA-256 as
// written, for the dataset manifest.
import { createHash, type Hash } from 'node:crypto';
import type { AtomicDir } from './write.ts';

/** A file's UTF-8 size and SHA-256 (hex), as the dataset manifest lists them. */
export interface FileSum {
  bytes: number;
  sha256: string;
}

// Characters buffered before the buffers are written out (about 8–24 MB of UTF-8).
const FLUSH_AT = 8 * 1024 * 1024;

export class BufferedOutput {
  private readonly buffers = new Map<string, string[]>();
  private readonly hashes = new Map<string, { hash: Hash; bytes: number }>();
  private buffered = 0;

  /** `hashed` says which files get a size and hash (not articles.jsonl, which is not listed). */
  constructor(
    private readonly dir: AtomicDir,
    private readonly hashed: (name: string) => boolean,
  ) {}

  /** Appends `chunk` to file `name`; writes the buffers out when they have grown large. */
  async append(name: string, chunk: string): Promise<void> {
    let list = this.buffers.get(name);
    if (!list) this.buffers.set(name, (list = []));
    list.push(chunk);
    this.buffered += chunk.length;
    if (this.hashed(name)) {
      let h = this.hashes.get(name);
      if (!h) this.hashes.set(name, (h = { hash: createHash('sha256'), bytes: 0 }));
      h.hash.update(chunk, 'utf8');
      h.bytes += Buffer.byteLength(chunk, 'utf8');
    }
    if (this.buffered >= FLUSH_AT) await this.flush();
  }

  /** Writes every buffer out. */
  async flush(): Promise<void> {
    const writes: Promise<void>[] = [];
    for (const [name, list] of this.buffers) if (list.length) writes.push(this.dir.write(name, list.join('')));
    this.buffers.clear();
    this.buffered = 0;
    await Promise.all(writes);
  }

  /** Size and hash of every hashed file so far (digests are final: call after the last append). */
  sums(): Record<string, FileSum> {
    const out: Record<string, FileSum> = {};
    for (const [name, h] of this.hashes) out[name] = { bytes: h.bytes, sha256: h.hash.copy().digest('hex') };
    return out;
  }
}
