// The worker thread that reads web feeds: fetch (conditional), parse, read and index, so that the
// bot's own thread only receives a finished index and swaps it in. One feed at a time.
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { FeedReadError, fetchFeed, type FetchLimits, type Validators } from './fetchFeed';
import { transferList, type IndexData } from './meetingIndex';
import type { FeedContext } from './model';
import { readFeedBody } from './readFeed';

export interface FeedJob {
  job: number;
  url: string;
  format: 'meeting-guide' | 'bmlt';
  context: FeedContext;
  limits: FetchLimits;
  validators: Validators;
}

export type FeedJobResult =
  | { job: number; kind: 'unchanged' }
  | { job: number; kind: 'failed'; problem: string }
  | { job: number; kind: 'read'; data: IndexData; skipped: number; validators: Validators; bytes: number };

export async function runFeedJob(job: FeedJob): Promise<FeedJobResult> {
  try {
    const fetched = await fetchFeed(job.url, job.limits, job.validators);
    if (fetched.unchanged) return { job: job.job, kind: 'unchanged' };
    const { data, skipped } = readFeedBody(fetched.body, job.format, job.context);
    return { job: job.job, kind: 'read', data, skipped, validators: fetched.validators, bytes: fetched.body.length };
  } catch (err) {
    return { job: job.job, kind: 'failed', problem: err instanceof FeedReadError ? err.message : 'could not be read' };
  }
}

if (parentPort) {
  // Reading feeds can wait; turns cannot. On Linux a thread has its own nice value and pid 0 means
  // this thread only, so this lowers the worker and not the bot (elsewhere it would be the process).
  if (process.platform === 'linux') {
    try {
      os.setPriority(0, 15);
    } catch {
      // Not allowed here: the worker runs at the bot's priority.
    }
  }
  const port = parentPort;
  port.on('message', (job: FeedJob) => {
    void runFeedJob(job).then((result) => port.postMessage(result, result.kind === 'read' ? transferList(result.data) : []));
  });
}
