// A worker thread running the per-page stages (segmentation, extraction) on the pages the pool
// sends it, in the order sent. Replies carry the request's sequence number.
import { parentPort } from 'node:worker_threads';
import { PageProcessor } from '../core/pipeline.ts';
import { toWire, type PageRequest, type PageReply } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('page-worker.ts runs as a worker thread');
const processor = new PageProcessor();

port.on('message', (req: PageRequest) => {
  let reply: PageReply;
  try {
    reply = { seq: req.seq, items: toWire(processor.process(req.page)) };
  } catch (e) {
    reply = { seq: req.seq, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(reply);
});
