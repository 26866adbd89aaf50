// Runs the per-page stages on every core: a pool of worker threads, each with its own
// PageProcessor, fed pages round-robin by load. Each worker handles its pages in the order
// sent, which PageProcessor needs; the caller puts results back in corpus order (it awaits
// them in the order it submitted). With no workers, the same stages run in this thread.
import { Worker } from 'node:worker_threads';
import type { PageArticle } from '../core/admission.ts';
import type { Page } from '../core/types.ts';
import { toWire, type PageReply, type PageRequest, type WireArticle } from './protocol.ts';
import { workerScript } from './bundle.ts';

/** Something that turns pages into page articles; process() may finish out of order. */
export interface PageRunner {
  process(page: Page): Promise<PageArticle<WireArticle>[]>;
  /** Stops the workers; pending pages are rejected. */
  close(): Promise<void>;
}

interface Pending {
  resolve: (items: PageArticle<WireArticle>[]) => void;
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
  return {
    process: (page) => Promise.resolve().then(() => toWire(processor.process(page))),
    close: () => Promise.resolve(),
  };
}

// Each worker's heap is capped: V8 otherwise lets a busy heap grow far past what it holds (the
// gazetteer and a page: under 100 MB), and a run's memory is what the workers hold together.
const WORKER_HEAP_MB = 256;
// A page this long (a whole book in one file) could need more than that; it runs in this thread.
const BIG_PAGE = 1_000_000;

/** A pool of `size` worker threads running the per-page stages. */
export async function workerRunner(size: number): Promise<PageRunner> {
  const code = await workerScript();
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
    slot.worker.on('message', (reply: PageReply) => {
      const p = slot.pending.get(reply.seq);
      slot.pending.delete(reply.seq);
      if (!p) return;
      if ('error' in reply) p.reject(new Error(reply.error));
      else p.resolve(reply.items);
    });
    slot.worker.on('error', (e) => fail(slot, e));
    slot.worker.on('exit', (code) => {
      if (slot.pending.size) fail(slot, new Error(`page worker stopped (exit code ${code})`));
    });
    slots.push(slot);
  }
  let here: Promise<PageRunner> | null = null;
  return {
    async process(page) {
      if (failure) throw failure;
      if (page.text.length > BIG_PAGE) {
        here ??= inProcessRunner();
        return (await here).process(page);
      }
      // The least busy worker; ties go to the first, so a page's worker depends only on the load.
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const req: PageRequest = { seq: seq++, page };
      return new Promise<PageArticle<WireArticle>[]>((resolve, reject) => {
        slot.pending.set(req.seq, { resolve, reject });
        slot.worker.postMessage(req);
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
