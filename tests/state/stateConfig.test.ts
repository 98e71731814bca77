// Choosing the state store by configuration, and refusing a half-configured blob store at start-up.
import { MemoryStorage } from 'botbuilder';
import { expect } from 'chai';
import { ConfigError, parseConfig } from '../../src/host/config';
import { Logger } from '../../src/host/log';
import { createStateStorage, storageHealthCheck } from '../../src/host/state/createStateStorage';
import { ResilientBlobStorage } from '../../src/host/state/resilientBlobStorage';

const DEV_ACCOUNT =
  'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=c2VjcmV0LWtleS1mb3ItdGVzdHM=;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;';
const silent = new Logger('silent');

function configError(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (err) {
    expect(err).to.be.instanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('state storage configuration', () => {
  it('keeps state in memory by default', async () => {
    const config = parseConfig({});
    expect(config.STATE_STORAGE).to.equal('memory');
    const storage = createStateStorage(config, silent);
    expect(storage).to.be.instanceOf(MemoryStorage);
    expect(await storageHealthCheck(storage)()).to.deep.equal({ storage: 'ok' });
  });

  it('uses Azure Blob Storage when STATE_STORAGE=blob with a connection string and a container', () => {
    const config = parseConfig({
      STATE_STORAGE: 'blob',
      AZURE_STORAGE_CONNECTION_STRING: DEV_ACCOUNT,
      STATE_CONTAINER: 'conversation-state',
    });
    expect(createStateStorage(config, silent)).to.be.instanceOf(ResilientBlobStorage);
    expect(config.STATE_TIMEOUT_MS).to.equal(3000);
  });

  it('names each missing blob setting in one line', () => {
    const message = configError({ STATE_STORAGE: 'blob' });
    expect(message).to.contain('AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_ACCOUNT_URL is required when STATE_STORAGE=blob');
    expect(message).to.contain('STATE_CONTAINER is required when STATE_STORAGE=blob');
    expect(message).to.not.contain('\n');
    expect(configError({ STATE_STORAGE: 'blob', STATE_CONTAINER: 'conversation-state' })).to.contain('AZURE_STORAGE_CONNECTION_STRING');
  });

  it('rejects a container name Azure would refuse, and an unknown store', () => {
    expect(
      configError({ STATE_STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: DEV_ACCOUNT, STATE_CONTAINER: 'Conversation_State' }),
    ).to.contain('STATE_CONTAINER must be 3-63 lowercase');
    expect(configError({ STATE_STORAGE: 'cosmos' })).to.contain('STATE_STORAGE');
  });

  it('rejects a malformed connection string without repeating it', () => {
    const message = configError({
      STATE_STORAGE: 'blob',
      AZURE_STORAGE_CONNECTION_STRING: 'my-secret-key-value',
      STATE_CONTAINER: 'conversation-state',
    });
    expect(message).to.contain('AZURE_STORAGE_CONNECTION_STRING is not an Azure Storage connection string');
    expect(message).to.not.contain('my-secret-key-value');
  });
});
