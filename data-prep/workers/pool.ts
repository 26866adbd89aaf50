// Runs the per-page stages on every core: a pool of worker threads, each with its own
// PageProcessor, fed jobs (input files to read, or pages) by load. Each worker handles its pages in the order
// sent, which PageProcessor needs; the caller puts results back in corpus order (it awaits
// them in the order it submitted). With no workers, the same stages run in this thread.
import { Worker } from 'node:worker_threads';
import type { Page } from '../core/types.ts';
import type { FileJob, JobItem, WorkReply, WorkRequest } from './protocol.ts';
import { workerScript } from './bundle.ts';
import { runJob } from './run-job.ts';

/** Something that runs jobs (a page, or a whole file to read); they may finish out of order. */
export interface PageRunner {
  process(page: Page): Promise<JobItem[]>;
  processFile(file: FileJob): Promise<JobItem[]>;
  /** Stops the workers; pending jobs are rejected. */
  close(): Promise<void>;
}

interface Pending {
  resolve: (items: JobItem[]) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** The per-page stages in this thread: for small corpora, where starting workers costs more. */
export async function inProcessRunner(): Promise<PageRunner> {
  // Loaded only here: in worker mode this thread needs none of the extraction code or data.
  const { PageProcessor } = await import('../core/pipeline.ts');
  const processor = new PageProcessor();
  let seq = 0;
  const run = (req: WorkRequest) => Promise.resolve().then(() => runJob(processor, req));
  return {
    process: (page) => run({ seq: seq++, page }),
    processFile: (file) => run({ seq: seq++, file }),
    close: () => Promise.resolve(),
  };
}

// Each worker's heap is capped: V8 otherwise lets a busy heap grow far past what it holds (the
// gazetteer and a page: under 100 MB), and a run's memory is what the workers hold together.
const WORKER_HEAP_MB = 256;
// A page this long (a whole book in one file) could need more than that; it runs in this thread.
const BIG_PAGE = 1_000_000;
/** Jobs sent to a worker in one message at most. */
const BATCH = 8;
/** Files up to this size go to a worker whole: their text cannot be longer than BIG_PAGE. */
export const WORKER_FILE_BYTES = BIG_PAGE;

/** A pool of `size` worker threads running the per-page stages (their script, when already being built). */
export async function workerRunner(size: number, script: Promise<string> = workerScript()): Promise<PageRunner> {
  const code = await script;
  let seq = 0;
  let failure: Error | null = null;
  const slots: Slot[] = [];
  const fail = (slot: Slot, e: Error) => {
    failure ??= e;
    for (const p of slot.pending.values()) p.reject(e);
    slot.pending.clear();
  };
  for (let k = 0; k < size; k++) {
    const slot: Slot = { worker: new Worker(code, { eval: true, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }), pending: new Map() };
    slot.worker.on('message', (replies: WorkReply[]) => {
      for (const reply of replies) {
        const p = slot.pending.get(reply.seq);
        slot.pending.delete(reply.seq);
        if (!p) continue;
        if ('error' in reply) p.reject(new Error(reply.error));
        else p.resolve(reply.items);
      }
    });
    slot.worker.on('error', (e) => fail(slot, e));
    slot.worker.on('exit', (code) => {
      if (slot.pending.size) fail(slot, new Error(`page worker stopped (exit code ${code})`));
    });
    slots.push(slot);
  }
  let here: Promise<PageRunner> | null = null;
  // Jobs are sent in batches: those submitted in one turn of the event loop, up to BATCH. A
  // message each way per page file (11,000 for 200 MB) woke the writing thread and a worker
  // for a few kilobytes each time.
  const queued: { req: WorkRequest; pending: Pending }[] = [];
  const flush = () => {
    if (failure) for (const { pending } of queued.splice(0)) pending.reject(failure);
    while (queued.length > 0) {
      const batch = queued.splice(0, BATCH);
      // The least busy worker; ties go to the first, so a job's worker depends only on the load.
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      for (const { req, pending } of batch) slot.pending.set(req.seq, pending);
      slot.worker.postMessage(batch.map((b) => b.req));
    }
  };
  const send = (req: WorkRequest): Promise<JobItem[]> => {
    if (failure) return Promise.reject(failure);
    return new Promise<JobItem[]>((resolve, reject) => {
      if (queued.length === 0) setImmediate(flush);
      queued.push({ req, pending: { resolve, reject } });
    });
  };
  return {
    async process(page) {
      if (page.text.length > BIG_PAGE) {
        here ??= inProcessRunner();
        return (await here).process(page);
      }
      return send({ seq: seq++, page });
    },
    processFile: (file) => send({ seq: seq++, file }),
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
