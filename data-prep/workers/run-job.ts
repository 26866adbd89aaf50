// One job of a page worker (or of the CLI's own thread, without workers): a page, or a whole
// input file read here, decoded and split into pages, each run through the per-page stages.
// The file is read synchronously: a worker runs its jobs one after another anyway, and the
// PageProcessor must see its pages in the order they were sent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageProcessor } from '../core/pipeline.ts';
import { cannotRead, pagesFromBytes } from '../io/read.ts';
import { toWire, type JobItem, type WorkRequest } from './protocol.ts';

export function runJob(processor: PageProcessor, req: WorkRequest): JobItem[] {
  if ('page' in req) return [{ articles: toWire(processor.process(req.page)) }];
  const { root, input, meta } = req.file;
  let pages;
  try {
    pages = pagesFromBytes(input, readFileSync(join(root, input.file)), meta);
  } catch (e) {
    return [{ warning: cannotRead(input, e) }];
  }
  return pages.map((p): JobItem => ('message' in p ? { warning: p } : { articles: toWire(processor.process(p)) }));
}
