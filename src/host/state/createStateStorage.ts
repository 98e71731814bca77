// The state store chosen by configuration: in memory (one instance, lost on restart) or Azure
// Blob Storage (shared by every instance behind a load balancer).
import type { TokenCredential } from '@azure/identity';
import type { Storage } from 'botbuilder';
import type { Config } from '../config';
import type { Logger } from '../log';
import { BoundedMemoryStorage } from './boundedMemoryStorage';
import { ResilientBlobStorage, reportsHealth } from './resilientBlobStorage';

export function createStateStorage(config: Config, logger: Logger): Storage {
  if (config.STATE_STORAGE === 'blob') {
    const auth = config.AZURE_STORAGE_CONNECTION_STRING
      ? { connectionString: config.AZURE_STORAGE_CONNECTION_STRING }
      : { accountUrl: config.AZURE_STORAGE_ACCOUNT_URL, credential: managedIdentity() };
    return new ResilientBlobStorage({
      ...auth,
      container: config.STATE_CONTAINER,
      callTimeoutMs: config.STATE_TIMEOUT_MS,
      logger,
    });
  }
  return new BoundedMemoryStorage({ maxEntries: config.MEMORY_STATE_MAX_CONVERSATIONS, ttlMs: config.STATE_TTL_MINUTES * 60_000 });
}

/**
 * The App Service's managed identity (AZURE_CLIENT_ID picks a user-assigned one), or a developer's
 * Azure CLI login on a laptop. Required here: @azure/identity is not loaded unless it is used.
 */
function managedIdentity(): TokenCredential {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { DefaultAzureCredential } = require('@azure/identity') as typeof import('@azure/identity');
  return new DefaultAzureCredential();
}

/** What /healthz says about the store: "ok", or "failing: <why>". */
export function storageHealthCheck(storage: Storage): () => Promise<Record<string, string>> {
  return async () => ({ storage: reportsHealth(storage) ? await storage.checkHealth() : 'ok' });
}
