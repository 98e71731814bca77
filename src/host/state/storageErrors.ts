// What can go wrong with the state store, in words the rest of the bot can act on: a write
// conflict (another turn saved first: reload and try again) is normal traffic; everything else
// means the store is unavailable, and the person gets a short apology instead of a stack trace.

/** Why the store could not be used, as reported by /healthz and the logs. */
export type StoreFailure = 'timeout' | 'unreachable' | 'container-missing' | 'rejected' | 'error';

export class StateStoreUnavailableError extends Error {
  override readonly name = 'StateStoreUnavailableError';

  constructor(
    readonly failure: StoreFailure,
    options?: { cause?: unknown },
  ) {
    super(`The conversation store is unavailable (${failure}).`, options);
  }
}

/** A call that took longer than the store is allowed to take. */
export class StoreTimeoutError extends Error {
  override readonly name = 'StoreTimeoutError';
}

interface ErrorShape {
  name?: unknown;
  message?: unknown;
  statusCode?: unknown;
  code?: unknown;
  details?: { errorCode?: unknown };
}

function shapeOf(err: unknown): ErrorShape {
  return err && typeof err === 'object' ? (err as ErrorShape) : {};
}

/**
 * True when a conditional write lost to another writer. MemoryStorage and BlobsStorage both throw
 * a plain Error whose message says "eTag conflict"; other stores answer HTTP 412.
 */
export function isWriteConflict(err: unknown): boolean {
  const e = shapeOf(err);
  return e.statusCode === 412 || (typeof e.message === 'string' && /etag conflict/i.test(e.message));
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ETIMEDOUT',
  'REQUEST_SEND_ERROR',
]);

export function classifyStoreError(err: unknown): StoreFailure {
  if (err instanceof StateStoreUnavailableError) return err.failure;
  if (err instanceof StoreTimeoutError) return 'timeout';
  const e = shapeOf(err);
  const code = typeof e.code === 'string' ? e.code : typeof e.details?.errorCode === 'string' ? e.details.errorCode : '';
  if (code === 'ContainerNotFound' || (e.statusCode === 404 && /container/i.test(String(e.message ?? '')))) return 'container-missing';
  if (NETWORK_CODES.has(code) || e.name === 'AbortError') return 'unreachable';
  if (e.statusCode === 401 || e.statusCode === 403) return 'rejected';
  return 'error';
}
