// Atomic output: all files of a run are written into a temporary sibling folder, flushed to
// disk, and only then swapped in for the output folder. A run that fails or is interrupted
// leaves the previous output as it was.
//
// The swap is two renames (old folder aside, new folder in), so for a moment the folder is
// absent; a crash in that moment leaves "<dir>.old-<pid>-<n>", which the next openAtomicDir
// puts back. Everything in the output folder belongs to the run: files not written are gone.
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** An output folder being written; nothing is visible at its path until close(). */
export interface AtomicDir {
  /** The temporary folder receiving the files. */
  readonly tempDir: string;
  /** Appends `chunk` to output file `name` ("/"-separated, relative), creating it on first write. */
  write(name: string, chunk: string | Uint8Array): Promise<void>;
  /** Flushes every file and swaps the folder into place. */
  close(): Promise<void>;
  /** Discards the temporary folder; the previous output stays. Safe to call more than once. */
  abort(): Promise<void>;
}

/** Output file contents by name, or a stream of [name, chunk] pairs (chunks of a name are appended). */
export type Outputs =
  | Record<string, string | Uint8Array>
  | Iterable<[string, string | Uint8Array]>
  | AsyncIterable<[string, string | Uint8Array]>;

// Files kept open at once; past this the least recently opened one is closed and reopened to append.
const MAX_OPEN = 32;
let serial = 0;

const codeOf = (e: unknown): string | undefined => (e instanceof Error && 'code' in e ? String(e.code) : undefined);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return codeOf(e) === 'EPERM';
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

// Best effort: not every platform can fsync a folder (Windows cannot), and the rename still holds.
async function syncDir(path: string): Promise<void> {
  const fh = await open(path, 'r').catch(() => null);
  await fh?.sync().catch(() => undefined);
  await fh?.close().catch(() => undefined);
}

/** Removes what dead runs left beside `dir`, and puts back an output folder a crash left aside. */
async function recover(dir: string): Promise<void> {
  const base = basename(dir);
  const names = await readdir(dirname(dir)).catch(() => [] as string[]);
  for (const name of names) {
    const m = /^\.(tmp|old)-(\d+)-\d+$/.exec(name.slice(base.length));
    if (!name.startsWith(base) || !m || Number(m[2]) === process.pid || alive(Number(m[2]))) continue;
    const path = join(dirname(dir), name);
    if (m[1] === 'old' && !(await exists(dir))) await rename(path, dir);
    else await rm(path, { recursive: true, force: true });
  }
}

function checkName(name: string): string {
  const parts = name.split('/');
  if (!name || name.startsWith('/') || /^[a-zA-Z]:/.test(name) || parts.some((p) => p === '' || p === '.' || p === '..')) {
    throw new Error(`bad output file name: ${JSON.stringify(name)}`);
  }
  return join(...parts);
}

/** Starts writing output folder `dir` atomically; see AtomicDir. */
export async function openAtomicDir(dir: string): Promise<AtomicDir> {
  dir = resolve(dir);
  await mkdir(dirname(dir), { recursive: true });
  await recover(dir);
  const current = await stat(dir).catch(() => null);
  if (current && !current.isDirectory()) throw new Error(`output path is not a folder: ${dir}`);
  const tag = `${process.pid}-${serial++}`;
  const tempDir = `${dir}.tmp-${tag}`;
  await rm(tempDir, { recursive: true, force: true });
  await mkdir(tempDir);

  const handles = new Map<string, FileHandle>();
  const created = new Set<string>();
  let queue: Promise<void> = Promise.resolve();
  let state: 'open' | 'closed' | 'aborted' = 'open';

  const release = async (name: string, sync: boolean): Promise<void> => {
    const fh = handles.get(name);
    handles.delete(name);
    if (sync) await fh?.sync();
    await fh?.close();
  };
  const append = async (name: string, chunk: string | Uint8Array): Promise<void> => {
    const path = join(tempDir, checkName(name));
    let fh = handles.get(name);
    if (!fh) {
      if (handles.size >= MAX_OPEN) await release(handles.keys().next().value!, true);
      if (!created.has(name)) await mkdir(dirname(path), { recursive: true });
      fh = await open(path, created.has(name) ? 'a' : 'w');
      handles.set(name, fh);
      created.add(name);
    }
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    for (let at = 0; at < bytes.length; ) at += (await fh.write(bytes, at, bytes.length - at)).bytesWritten;
  };

  const self: AtomicDir = {
    tempDir,
    write(name, chunk) {
      if (state !== 'open') return Promise.reject(new Error(`output ${dir} is already ${state}`));
      // Chained, so that writes not awaited by the caller still land in order.
      queue = queue.then(() => append(name, chunk));
      return queue;
    },
    async close() {
      if (state !== 'open') throw new Error(`output ${dir} is already ${state}`);
      try {
        await queue;
        for (const name of [...handles.keys()]) await release(name, true);
        await syncDir(tempDir);
        const old = `${dir}.old-${tag}`;
        const hadOld = await exists(dir);
        if (hadOld) await rename(dir, old);
        try {
          await rename(tempDir, dir);
        } catch (e) {
          if (hadOld) await rename(old, dir);
          throw e;
        }
        state = 'closed';
        await syncDir(dirname(dir));
        if (hadOld) await rm(old, { recursive: true, force: true });
      } catch (e) {
        if (state === 'open') await self.abort();
        throw e;
      }
    },
    async abort() {
      if (state !== 'open') return;
      state = 'aborted';
      await queue.catch(() => undefined);
      for (const fh of handles.values()) await fh.close().catch(() => undefined);
      handles.clear();
      await rm(tempDir, { recursive: true, force: true });
    },
  };
  return self;
}

/** Writes all `files` into `dir` atomically: either all of them replace the folder, or nothing changes. */
export async function writeOutputs(dir: string, files: Outputs): Promise<void> {
  const out = await openAtomicDir(dir);
  try {
    if (Symbol.asyncIterator in files || Symbol.iterator in files) {
      for await (const [name, chunk] of files as AsyncIterable<[string, string | Uint8Array]>) await out.write(name, chunk);
    } else {
      for (const [name, chunk] of Object.entries(files)) await out.write(name, chunk);
    }
    await out.close();
  } catch (e) {
    await out.abort();
    throw e;
  }
}

/**
 * Makes SIGINT / SIGTERM abort `target` (discarding its temporary folder) and then end the
 * process by the same signal, as it would have ended without the handler. Returns a function
 * that removes the handlers; call it after close(). Usage in the CLI:
 *   const out = await openAtomicDir(dir); const off = onSignalAbort(out);
 *   try { …write…; await out.close(); } catch (e) { await out.abort(); throw e; } finally { off(); }
 */
export function onSignalAbort(target: Pick<AtomicDir, 'abort'>, signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM']): () => void {
  const off = (): void => {
    for (const s of signals) process.off(s, handler);
  };
  function handler(signal: NodeJS.Signals): void {
    off();
    void target.abort().finally(() => process.kill(process.pid, signal));
  }
  for (const s of signals) process.on(s, handler);
  return off;
}
