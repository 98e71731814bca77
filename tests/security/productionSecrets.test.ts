// With REQUIRE_AUTH=true (production), a known ID_HASH_SALT would let anyone who reads the
// storage keys recover the phone numbers they hash: the bot refuses to start with one.
import { expect } from 'chai';
import { parseConfig } from '../../src/host/config';

const PRODUCTION = { REQUIRE_AUTH: 'true', MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret' };

function problem(env: Record<string, string>): string | undefined {
  try {
    parseConfig(env);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

describe('security: production refuses a known or short ID_HASH_SALT', () => {
  it('refuses to start when the salt is unset, the built-in default, the .env.example value or under 32 characters', () => {
    const salts: [string, string | undefined][] = [
      ['unset', undefined],
      ['empty', ''],
      ['the built-in default', 'support-group-navigator'],
      ['the .env.example value', 'change-me'],
      ['31 characters', 'k'.repeat(31)],
    ];
    for (const [name, salt] of salts) {
      const message = problem(salt === undefined ? PRODUCTION : { ...PRODUCTION, ID_HASH_SALT: salt });
      expect(message, name).to.be.a('string');
      expect(message, name).to.match(/^Invalid configuration: ID_HASH_SALT /);
      expect(message, name).not.to.include('\n');
      if (salt) expect(message, name).not.to.include(salt);
    }
    expect(problem({ ...PRODUCTION, ID_HASH_SALT: 'a-long-random-value-of-32-chars!!' })).to.equal(undefined);
  });
});
