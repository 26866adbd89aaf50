// A worker thread running the per-page stages (reading, segmentation, extraction) on the jobs
// the pool sends it, in the order sent. Replies carry the request's sequence number.
import { parentPort } from 'node:worker_threads';
import { PageProcessor } from '../core/pipeline.ts';
import type { JobItem, WorkReply, WorkRequest } from './protocol.ts';
import { runJob } from './run-job.ts';

const port = parentPort;
if (!port) throw new Error('page-worker.ts runs as a worker thread');
const processor = new PageProcessor();

// Requests come in batches (see pool.ts); the replies to a batch go back in one message.
port.on('message', (batch: WorkRequest[]) => {
  const replies = batch.map((req): WorkReply => {
    try {
      return { seq: req.seq, items: runJob(processor, req) };
    } catch (e) {
      return { seq: req.seq, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
  });
  port.postMessage(replies, byteBuffers(replies.flatMap((r) => ('items' in r ? r.items : []))));
});

/**
 * The buffers holding the articles' output bytes, to move to the writing thread rather than copy:
 * copying them (three times the input's size) cost both threads more than the rest of a reply.
 * articlePieces allocates them afresh for each article, and nothing here keeps them.
 */
function byteBuffers(items: readonly JobItem[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const item of items) {
    if (!('articles' in item)) continue;
    for (const { article } of item.articles) {
      if (!article || !('pieces' in article)) continue;
      const { line, text } = article.pieces;
      if (line.buffer instanceof ArrayBuffer) buffers.add(line.buffer);
      if (text.buffer instanceof ArrayBuffer) buffers.add(text.buffer);
    }
  }
  return [...buffers];
}
