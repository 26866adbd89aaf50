// Appends to the files of an atomic output folder through a buffer per file, so that a run
// writing millions of small pieces makes few large writes, and keeps each file's size and
// SHA-256 as written, for the dataset manifest. Pieces are encoded into the buffers as they
// come: a string is garbage at once, rather than kept on the heap until the next write (which
// made the writing thread's heap grow to many times what it holds).
import { createHash, type Hash } from 'node:crypto';
import type { AtomicDir } from './write.ts';

/** A file's UTF-8 size and SHA-256 (hex), as the dataset manifest lists them. */
export interface FileSum {
  bytes: number;
  sha256: string;
}

// Bytes buffered per file before it is written out.
const BUFFER_BYTES = 1024 * 1024;

interface Pending {
  buf: Buffer;
  used: number;
  hash: Hash | null;
  bytes: number;
}

export class BufferedOutput {
  private readonly files = new Map<string, Pending>();
  private readonly done = new Map<string, FileSum>();

  /** `hashed` says which files get a size and hash (not articles.jsonl, which is not listed). */
  constructor(
    private readonly dir: AtomicDir,
    private readonly hashed: (name: string) => boolean,
  ) {}

  /**
   * Appends `chunk` to file `name`; writes the file's buffer out when it is full. `last` says the
   * file is complete: it is written out and closed (a file made of one piece is not buffered).
   */
  async append(name: string, chunk: string | Uint8Array, last = false): Promise<void> {
    let f = this.files.get(name);
    if (!f && last) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      if (this.hashed(name)) this.done.set(name, { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
      await this.dir.write(name, bytes);
      return;
    }
    if (!f) {
      f = { buf: Buffer.allocUnsafe(BUFFER_BYTES), used: 0, hash: this.hashed(name) ? createHash('sha256') : null, bytes: 0 };
      this.files.set(name, f);
    }
    // Three UTF-8 bytes at most per UTF-16 code unit.
    const size = typeof chunk === 'string' ? chunk.length * 3 : chunk.length;
    if (f.used + size > f.buf.length) await this.writeOut(name, f);
    if (size > f.buf.length) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      f.hash?.update(bytes);
      f.bytes += bytes.length;
      await this.dir.write(name, bytes);
    } else if (typeof chunk === 'string') f.used += f.buf.write(chunk, f.used, 'utf8');
    else {
      f.buf.set(chunk, f.used);
      f.used += chunk.length;
    }
    if (last) await this.close(name);
  }

  /** Writes out the buffer of file `name` and forgets it: nothing more is appended to it. */
  async close(name: string): Promise<void> {
    const f = this.files.get(name);
    if (!f) return;
    await this.writeOut(name, f);
    this.files.delete(name);
    if (f.hash) this.done.set(name, { bytes: f.bytes, sha256: f.hash.digest('hex') });
  }

  /** Writes out and closes every file. */
  async flush(): Promise<void> {
    for (const name of [...this.files.keys()]) await this.close(name);
  }

  /** Size and hash of every hashed file closed so far. */
  sums(): Record<string, FileSum> {
    return Object.fromEntries(this.done);
  }

  private async writeOut(name: string, f: Pending): Promise<void> {
    if (f.used === 0) return;
    const bytes = f.buf.subarray(0, f.used);
    f.hash?.update(bytes);
    f.bytes += f.used;
    // The write copies nothing: the buffer is reused only after it has been written.
    await this.dir.write(name, bytes);
    f.used = 0;
  }
}
