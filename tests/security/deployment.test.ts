// The deployment template (infra/main.bicep) and the code agree: every setting it writes is one
// the configuration reads, with values the configuration accepts; secrets are Key Vault
// references; and Blob Storage works both with a connection string and with a managed identity.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import * as configModule from '../../src/host/config';
import { parseConfig } from '../../src/host/config';
import { Logger } from '../../src/host/log';
import { createStateStorage } from '../../src/host/state/createStateStorage';

const template = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'infra', 'main.bicep'), 'utf8');
const quiet = new Logger('silent');

/** The app settings the template writes: name -> the Bicep expression of the value. */
function appSettings(): Map<string, string> {
  const settings = new Map<string, string>();
  for (const match of template.matchAll(/name: '([A-Za-z_]+)'\s*\n\s*value: ([^\n]+)/g)) settings.set(match[1], match[2].trim());
  return settings;
}

function problem(env: Record<string, string>): string | undefined {
  try {
    parseConfig(env);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

describe('security: the deployment template agrees with the code', () => {
  it('sets a Direct Line endpoint the config accepts, and the config refuses one ending in /v3/directline', () => {
    const fallback = /param directLineEndpoint string = '([^']+)'/.exec(template)?.[1];
    expect(fallback).to.be.a('string');
    expect(fallback).not.to.match(/\/v3\/directline/);
    expect(parseConfig({ DIRECT_LINE_ENDPOINT: fallback! }).DIRECT_LINE_ENDPOINT).to.equal('https://directline.botframework.com');
    expect(parseConfig({ DIRECT_LINE_ENDPOINT: 'https://europe.directline.botframework.com/' }).DIRECT_LINE_ENDPOINT).to.equal(
      'https://europe.directline.botframework.com',
    );
    for (const bad of [
      'https://directline.botframework.com/v3/directline',
      'https://directline.botframework.com/v3/directline/',
      'http://directline.example.org',
      'https://directline.botframework.com/?x=1',
      'https://directline.botframework.com/#top',
    ]) {
      expect(problem({ DIRECT_LINE_ENDPOINT: bad }), bad).to.match(/^Invalid configuration: DIRECT_LINE_ENDPOINT [^;]*$/);
    }
  });

  it('offers only Node versions CI starts the bot on (22, and 24 since restify loads without spdy)', () => {
    expect(template).to.include("'NODE|22-lts'");
    expect(template).to.include("'NODE|24-lts'");
    expect(template).not.to.match(/NODE\|(1\d|20|2[5-9])/);
  });

  it('sets TRUST_PROXY_HOPS=1 (App Service adds one X-Forwarded-For hop)', () => {
    expect(appSettings().get('TRUST_PROXY_HOPS')).to.equal("'1'");
  });

  it('writes only settings the config (or the platform) reads', () => {
    const read = (configModule as unknown as { configVariables?: () => string[] }).configVariables?.() ?? [];
    expect(read).to.include.members(['ID_HASH_SALT', 'AZURE_STORAGE_ACCOUNT_URL']);
    const platform = ['NODE_ENV', 'SCM_DO_BUILD_DURING_DEPLOYMENT', 'AZURE_CLIENT_ID'];
    for (const name of appSettings().keys()) expect([...read, ...platform], name).to.include(name);
  });

  it('keeps secrets in Key Vault: secret settings are Key Vault references, never values or keys', () => {
    const settings = appSettings();
    for (const name of ['ID_HASH_SALT', 'DIRECT_LINE_SECRET', 'MicrosoftAppPassword', 'AZURE_STORAGE_CONNECTION_STRING']) {
      const value = settings.get(name);
      expect(value, name).to.be.a('string');
      expect(value, name).to.match(/Reference\b/);
    }
    for (const match of template.matchAll(/^var (\w+Reference) = ([^\n]+)$/gm))
      expect(match[2], match[1]).to.match(/@Microsoft\.KeyVault\((SecretUri|VaultName)=/);
    // Account keys go into the vault, not into an app setting.
    for (const [name, value] of settings) expect(value, name).not.to.match(/listKeys\(\)/);
    expect(template).to.include('keyVaultReferenceIdentity');
  });

  it('refuses to start on a Key Vault reference App Service could not resolve, naming the variable', () => {
    const text = problem({
      REQUIRE_AUTH: 'true',
      MicrosoftAppId: 'id',
      MicrosoftAppPassword: 'p',
      ID_HASH_SALT: '@Microsoft.KeyVault(VaultName=sgnkv;SecretName=id-hash-salt)',
    });
    expect(text).to.equal(
      "Invalid configuration: ID_HASH_SALT is an unresolved Key Vault reference (check the app's identity and the secret)",
    );
  });

  it('Blob Storage both ways: a connection string, or an account URL with the managed identity', () => {
    const keyed = createStateStorage(
      parseConfig({
        STATE_STORAGE: 'blob',
        AZURE_STORAGE_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=a2V5;EndpointSuffix=core.windows.net',
        STATE_CONTAINER: 'state',
      }),
      quiet,
    );
    expect((keyed as unknown as { target?: unknown }).target).to.deep.equal({ auth: 'connection string', container: 'state' });

    const config = parseConfig({
      STATE_STORAGE: 'blob',
      AZURE_STORAGE_ACCOUNT_URL: 'https://acct.blob.core.windows.net/',
      STATE_CONTAINER: 'state',
    });
    const identity = createStateStorage(config, quiet);
    expect((identity as unknown as { target?: unknown }).target).to.deep.equal({
      auth: 'managed identity',
      container: 'state',
      url: 'https://acct.blob.core.windows.net/state',
    });

    // What the identity option of the template writes is enough for the config.
    const settings = appSettings();
    expect(template).to.match(/name: 'AZURE_STORAGE_ACCOUNT_URL'/);
    expect(settings.get('STATE_STORAGE')).to.equal("'blob'");
  });

  it('refuses Blob Storage misconfigurations with one line naming the variable', () => {
    const blob = { STATE_STORAGE: 'blob', STATE_CONTAINER: 'state' };
    const cases: [string, Record<string, string>, RegExp][] = [
      ['neither', blob, /AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_ACCOUNT_URL is required/],
      [
        'both',
        {
          ...blob,
          AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true;',
          AZURE_STORAGE_ACCOUNT_URL: 'https://acct.blob.core.windows.net',
        },
        /AZURE_STORAGE_ACCOUNT_URL .*not both/,
      ],
      ['http', { ...blob, AZURE_STORAGE_ACCOUNT_URL: 'http://acct.blob.core.windows.net' }, /AZURE_STORAGE_ACCOUNT_URL /],
      [
        'a container in the URL',
        { ...blob, AZURE_STORAGE_ACCOUNT_URL: 'https://acct.blob.core.windows.net/state' },
        /AZURE_STORAGE_ACCOUNT_URL /,
      ],
      [
        'no container',
        { STATE_STORAGE: 'blob', AZURE_STORAGE_ACCOUNT_URL: 'https://acct.blob.core.windows.net' },
        /STATE_CONTAINER is required/,
      ],
    ];
    for (const [name, env, message] of cases) {
      const text = problem(env);
      expect(text, name).to.match(/^Invalid configuration: /);
      expect(text, name).to.match(message);
      expect(text, name).not.to.include('\n');
    }
  });
});
