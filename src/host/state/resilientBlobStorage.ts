// Azure Blob Storage for conversation state, shared by every instance of the bot, made to survive
// storage trouble without a restart.
//
// botbuilder-azure-blobs' BlobsStorage creates its container once and memoizes the outcome: an
// instance whose first call met an outage keeps failing after the store is back, and one whose
// container vanished gets "container does not exist" forever. This wrapper drops the inner
// BlobsStorage after any failure (the next call builds a fresh one, which creates the container
// if it is missing), retries a call once when the container vanished, and bounds every call with
// a short time-out so that a dead store costs the person a few seconds, not a hung turn.
import type { Storage, StoreItems } from 'botbuilder';
import type { TokenCredential } from '@azure/identity';
import type { BlobsStorage } from 'botbuilder-azure-blobs';
import { describeError, type Logger } from '../log';
import { StateStoreUnavailableError, StoreTimeoutError, classifyStoreError, isWriteConflict, type StoreFailure } from './storageErrors';

export type StoreHealth = 'ok' | `failing: ${StoreFailure}`;

/** A store that can tell /healthz whether it works. */
export interface HealthReporting {
  checkHealth(): Promise<StoreHealth>;
}

export function reportsHealth(storage: Storage): storage is Storage & HealthReporting {
  return typeof (storage as Partial<HealthReporting>).checkHealth === 'function';
}

export interface BlobStateOptions {
  /** Either a connection string (account key or SAS)... */
  connectionString?: string;
  /** ...or the account's blob endpoint and a credential (the managed identity's). */
  accountUrl?: string;
  credential?: TokenCredential;
  container: string;
  /** Longest one read, write or delete may take, retries included. */
  callTimeoutMs: number;
  logger?: Logger;
}

/** A read of a key nobody writes: proves the account answers and the container set-up works. */
const PROBE_KEY = 'healthz/probe';
/** /healthz is unauthenticated: probe the store at most this often, whatever the request rate. */
const PROBE_INTERVAL_MS = 1000;

export class ResilientBlobStorage implements Storage, HealthReporting {
  private inner?: BlobsStorage;
  private failing?: StoreFailure;
  private probe?: { at: number; result: Promise<StoreHealth> };

  constructor(private readonly options: BlobStateOptions) {
    if (!options.connectionString && !(options.accountUrl && options.credential))
      throw new Error('Blob state needs a connection string, or an account URL and a credential.');
    // Built now so that a malformed connection string stops start-up, not the first conversation.
    this.inner = this.createInner();
  }

  /** How the store is reached (no secrets): for diagnostics and the configuration tests. */
  get target(): { auth: 'connection string' | 'managed identity'; container: string; url?: string } {
    const { container } = this.options;
    return this.options.connectionString
      ? { auth: 'connection string', container }
      : { auth: 'managed identity', container, url: this.containerUrl() };
  }

  private containerUrl(): string {
    return `${this.options.accountUrl!.replace(/\/+$/, '')}/${this.options.container}`;
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.call((store) => store.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.call((store) => store.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.call((store) => store.delete(keys));
  }

  checkHealth(): Promise<StoreHealth> {
    const now = Date.now();
    if (!this.probe || now - this.probe.at >= PROBE_INTERVAL_MS) {
      const result = this.read([PROBE_KEY]).then(
        (): StoreHealth => 'ok',
        (err: unknown): StoreHealth => `failing: ${classifyStoreError(err)}`,
      );
      this.probe = { at: now, result };
    }
    return this.probe.result;
  }

  private async call<T>(operation: (store: Storage) => Promise<T>): Promise<T> {
    try {
      return await this.attempt(operation);
    } catch (err) {
      if (isWriteConflict(err)) throw err;
      if (classifyStoreError(err) !== 'container-missing') throw this.unavailable(err);
      // The container was deleted (or an in-memory emulator restarted): a fresh BlobsStorage
      // creates it again, so one more try usually succeeds.
      try {
        return await this.attempt(operation);
      } catch (again) {
        throw isWriteConflict(again) ? again : this.unavailable(again);
      }
    }
  }

  private async attempt<T>(operation: (store: Storage) => Promise<T>): Promise<T> {
    const store = (this.inner ??= this.createInner());
    try {
      const result = await withTimeout(operation(store), this.options.callTimeoutMs);
      this.markWorking();
      return result;
    } catch (err) {
      if (isWriteConflict(err)) {
        this.markWorking(); // the store answered; another writer was simply first
        throw err;
      }
      // Whatever failed, the memoized container set-up may be what is broken: start afresh.
      if (this.inner === store) this.inner = undefined;
      throw err;
    }
  }

  private createInner(): BlobsStorage {
    // Required here, not imported: the Azure SDK costs ~40 ms of start-up to bots that keep state in memory.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { BlobsStorage } = require('botbuilder-azure-blobs') as typeof import('botbuilder-azure-blobs');
    const tryTimeoutInMs = Math.max(250, Math.floor(this.options.callTimeoutMs / 2));
    const options = {
      storagePipelineOptions: {
        // The SDK's default (4 tries, 4 s apart, growing) outlasts any person's patience; two quick
        // tries absorb a dropped connection, and withTimeout bounds the rest.
        retryOptions: { maxTries: 2, retryDelayInMs: 100, maxRetryDelayInMs: 500, tryTimeoutInMs },
      },
    };
    if (this.options.connectionString) return new BlobsStorage(this.options.connectionString, this.options.container, options);
    // BlobsStorage takes a container URL and a TokenCredential in place of a connection string.
    return new BlobsStorage('', this.options.container, options, this.containerUrl(), this.options.credential);
  }

  private markWorking(): void {
    if (this.failing) {
      this.options.logger?.info('state_store_recovered', { detail: `after ${this.failing}` });
      this.probe = undefined; // what /healthz last heard is out of date
    }
    this.failing = undefined;
  }

  private unavailable(err: unknown): StateStoreUnavailableError {
    const failure = classifyStoreError(err);
    if (this.failing !== failure) {
      this.options.logger?.warn('state_store_failing', { ...describeError(err), detail: failure });
      this.probe = undefined;
    }
    this.failing = failure;
    return err instanceof StateStoreUnavailableError ? err : new StateStoreUnavailableError(failure, { cause: err });
  }
}

/** Settles with `work`, or rejects with StoreTimeoutError after `ms` (the work itself is not cancelled). */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreTimeoutError(`No answer from the store within ${ms} ms.`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
