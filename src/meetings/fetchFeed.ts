// Reads one feed: over HTTP with a time limit and a size cap (a feed is data from someone else's
// server: a slow or huge answer must not hold the bot), or from a shipped sample file.
import fs from 'node:fs';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export class FeedReadError extends Error {
  override name = 'FeedReadError';
}

export async function fetchJson(url: string, limits: FetchLimits): Promise<unknown> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' }, redirect: 'follow' });
  } catch (err) {
    throw new FeedReadError(signal.aborted ? `no answer within ${limits.timeoutMs} ms` : `cannot connect (${(err as Error).name})`);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new FeedReadError(`HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new FeedReadError(`larger than ${limits.maxBytes} bytes`);
  }
  const body = await readCapped(response, limits.maxBytes, signal);
  return parseJson(body);
}

async function readCapped(response: Response, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new FeedReadError(`larger than ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof FeedReadError) throw err;
    throw new FeedReadError(signal.aborted ? 'the answer did not finish in time' : `the answer broke off (${(err as Error).name})`);
  }
  return Buffer.concat(chunks);
}

export function readJsonFile(file: string, maxBytes: number): unknown {
  let body: Buffer;
  try {
    if (fs.statSync(file).size > maxBytes) throw new FeedReadError(`larger than ${maxBytes} bytes`);
    body = fs.readFileSync(file);
  } catch (err) {
    if (err instanceof FeedReadError) throw err;
    throw new FeedReadError(`cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseJson(body);
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new FeedReadError('not valid JSON');
  }
}
