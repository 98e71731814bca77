// Configuration is validated once, with one clear line per bad value.
import { expect } from 'chai';
import { ConfigError, parseConfig } from '../../src/host/config';

describe('configuration', () => {
  it('has working defaults for local development', () => {
    const config = parseConfig({});
    expect(config.PORT).to.equal(3978);
    expect(config.MicrosoftAppId).to.equal('');
    expect(config.MicrosoftAppType).to.equal('MultiTenant');
    expect(config.REQUIRE_AUTH).to.equal(false);
  });

  it('reads the Bot Framework settings', () => {
    const config = parseConfig({
      PORT: '8080',
      MicrosoftAppId: 'app-id',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: 'tenant',
      REQUIRE_AUTH: 'true',
      ID_HASH_SALT: 'a-random-salt-of-at-least-32-characters',
    });
    expect(config).to.include({
      PORT: 8080,
      MicrosoftAppId: 'app-id',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: 'tenant',
      REQUIRE_AUTH: true,
    });
  });

  const bad: [string, Record<string, string>, RegExp][] = [
    ['a port that is not a number', { PORT: 'eighty' }, /^Invalid configuration: PORT /],
    ['a port out of range', { PORT: '70000' }, /PORT .*65535/],
    ['an unknown app type', { MicrosoftAppType: 'Tenantless' }, /MicrosoftAppType .*SingleTenant/],
    [
      'SingleTenant without a tenant',
      { MicrosoftAppId: 'id', MicrosoftAppPassword: 'p', MicrosoftAppType: 'SingleTenant' },
      /MicrosoftAppTenantId is required/,
    ],
    ['an app id without a password', { MicrosoftAppId: 'id', MicrosoftAppType: 'MultiTenant' }, /MicrosoftAppPassword is required/],
    ['REQUIRE_AUTH without an app id', { REQUIRE_AUTH: 'true' }, /MicrosoftAppId is empty but REQUIRE_AUTH=true/],
    ['a boolean that is not one', { REQUIRE_AUTH: 'sometimes' }, /REQUIRE_AUTH/],
  ];
  for (const [name, env, message] of bad) {
    it(`rejects ${name} with one line naming the variable`, () => {
      let error: unknown;
      try {
        parseConfig(env);
      } catch (err) {
        error = err;
      }
      expect(error).to.be.instanceOf(ConfigError);
      const text = (error as Error).message;
      expect(text).to.match(message);
      expect(text).to.not.contain('\n');
    });
  }

  it('accepts a managed identity without a password', () => {
    const config = parseConfig({ MicrosoftAppId: 'id', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 't' });
    expect(config.MicrosoftAppType).to.equal('UserAssignedMSI');
  });
});
