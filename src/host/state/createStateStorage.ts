// The state store chosen by configuration: in memory (one instance, lost on restart) or Azure
// Blob Storage (shared by every instance behind a load balancer).
import { MemoryStorage, type Storage } from 'botbuilder';
import type { Config } from '../config';
import type { Logger } from '../log';
import { ResilientBlobStorage, reportsHealth } from './resilientBlobStorage';

export function createStateStorage(config: Config, logger: Logger): Storage {
  if (config.STATE_STORAGE === 'blob') {
    return new ResilientBlobStorage({
      connectionString: config.AZURE_STORAGE_CONNECTION_STRING,
      container: config.STATE_CONTAINER,
      callTimeoutMs: config.STATE_TIMEOUT_MS,
      logger,
    });
  }
  return new MemoryStorage();
}

/** What /healthz says about the store: "ok", or "failing: <why>". */
export function storageHealthCheck(storage: Storage): () => Promise<Record<string, string>> {
  return async () => ({ storage: reportsHealth(storage) ? await storage.checkHealth() : 'ok' });
}
