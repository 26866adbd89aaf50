// A worker thread running the per-page stages (reading, segmentation, extraction) on the jobs
// the pool sends it, in the order sent. Replies carry the request's sequence number.
import { parentPort } from 'node:worker_threads';
import { PageProcessor } from '../core/pipeline.ts';
import type { WorkReply, WorkRequest } from './protocol.ts';
import { runJob } from './run-job.ts';

const port = parentPort;
if (!port) throw new Error('page-worker.ts runs as a worker thread');
const processor = new PageProcessor();

port.on('message', (req: WorkRequest) => {
  let reply: WorkReply;
  try {
    reply = { seq: req.seq, items: runJob(processor, req) };
  } catch (e) {
    reply = { seq: req.seq, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(reply);
});
