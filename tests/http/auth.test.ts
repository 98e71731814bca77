// Inbound authentication with MicrosoftAppId set, against tokens this test signs itself and a
// local OpenID metadata + JWKS endpoint standing in for Bot Framework's. Every forged or broken
// token gets a 401 with a generic body and reaches no dialog (nothing arrives at the connector).
// Outbound replies use stand-in credentials (no Entra ID here); inbound checks are the real ones.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { CallerIdConstants } from 'botbuilder';
import { AuthenticationConstants, PasswordServiceClientCredentialFactory } from 'botframework-connector';
import { HttpBot } from '../helpers/httpHarness';
import { visibleText } from '../helpers/replies';

const APP_ID = '0f7e2d6a-5b1c-4c3e-9a8f-1d2e3f4a5b6c';
const ISSUER = 'https://api.botframework.com';
const KID = 'test-signing-key';

type Credentials = Awaited<ReturnType<PasswordServiceClientCredentialFactory['createCredentials']>>;

/** Validates audiences like the real factory, but signs outbound replies with nothing. */
class LocalOnlyCredentials extends PasswordServiceClientCredentialFactory {
  override async createCredentials(): Promise<Credentials> {
    return { signRequest: async (request) => request } as Credentials;
  }
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function signJwt(header: object, payload: object, key: KeyObject): string {
  const input = `${base64url(header)}.${base64url(payload)}`;
  return `${input}.${sign('RSA-SHA256', Buffer.from(input), key).toString('base64url')}`;
}

/** The OpenID configuration and the key set Bot Framework publishes, served locally. */
async function startOpenIdServer(publicKey: KeyObject): Promise<{ url: string; server: http.Server; requests: () => number }> {
  let count = 0;
  const jwk = publicKey.export({ format: 'jwk' });
  const server = http.createServer((req, res) => {
    count++;
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/v1/.well-known/openidconfiguration') {
      res.end(
        JSON.stringify({ issuer: ISSUER, jwks_uri: `${base}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] }),
      );
    } else if (req.url === '/v1/.well-known/keys') {
      res.end(
        JSON.stringify({
          keys: [{ kty: 'RSA', use: 'sig', kid: KID, n: jwk.n, e: jwk.e, endorsements: ['webchat', 'msteams', 'sms', 'directline'] }],
        }),
      );
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`,
    server,
    requests: () => count,
  };
}

describe('inbound authentication (MicrosoftAppId set)', function () {
  this.timeout(20_000);
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let openId: Awaited<ReturnType<typeof startOpenIdServer>>;
  let bot: HttpBot;
  const logs: string[] = [];
  /** botbuilder writes rejected tokens' errors to console.error; kept here, and checked below. */
  const consoleErrors: string[] = [];
  const originalConsoleError = console.error;
  const tokensSent: string[] = [];
  let n = 0;

  before(async () => {
    console.error = (...args: unknown[]) => void consoleErrors.push(args.map(String).join(' '));
    openId = await startOpenIdServer(publicKey);
    bot = new HttpBot({
      env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'test-only-not-a-secret', MicrosoftAppType: 'MultiTenant' },
      logSink: (line) => logs.push(line),
      app: {
        // Setting any of these makes botbuilder take them all as given (no public-cloud defaults),
        // so the whole public-cloud set is spelled out, with the OpenID metadata served locally.
        authOverrides: {
          ToBotFromChannelOpenIdMetadataUrl: openId.url,
          ToBotFromEmulatorOpenIdMetadataUrl: openId.url.replace('openidconfiguration', 'emulator'),
          ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
          ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
          ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
          OAuthUrl: AuthenticationConstants.OAuthUrl,
          CallerId: CallerIdConstants.PublicAzureChannel,
        },
        credentialsFactory: new LocalOnlyCredentials(APP_ID, 'test-only-not-a-secret'),
      },
    });
    await bot.start();
  });
  after(async () => {
    console.error = originalConsoleError;
    await bot.stop();
    await new Promise((resolve) => openId.server.close(resolve));
  });

  const now = () => Math.floor(Date.now() / 1000);
  const claims = (overrides: Record<string, unknown> = {}) => ({
    iss: ISSUER,
    aud: APP_ID,
    serviceurl: bot.serviceUrl,
    nbf: now() - 60,
    iat: now() - 60,
    exp: now() + 600,
    ...overrides,
  });
  const header = { alg: 'RS256', typ: 'JWT', kid: KID };

  /** Posts a first message of a new conversation with the given Authorization header. */
  async function postWith(authorization: string | undefined) {
    const conversationId = `auth-${++n}`;
    if (authorization) tokensSent.push(authorization.replace(/^\S+\s*/, ''));
    const before = bot.connector.received.length;
    const result = await bot.post(
      {
        type: 'message',
        text: 'what is SMART Recovery',
        channelId: 'webchat',
        conversation: { id: conversationId } as never,
        from: { id: 'dl_auth', name: '' },
      },
      authorization === undefined ? {} : { authorization },
    );
    // Anything a turn would send goes out before the HTTP answer; wait a moment anyway.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { ...result, repliesSent: bot.connector.received.length - before };
  }

  it('accepts a valid token: 200 and a reply', async () => {
    const { status, replies } = await postWith(`Bearer ${signJwt(header, claims(), privateKey)}`);
    expect(status).to.equal(200);
    expect(visibleText(replies)).to.match(/SMART Recovery/);
    expect(openId.requests()).to.be.greaterThan(0);
  });

  const forged: Array<[string, () => string | undefined]> = [
    ['no Authorization header', () => undefined],
    ['an empty bearer token', () => 'Bearer '],
    ['another scheme', () => `Basic ${Buffer.from('user:pass').toString('base64')}`],
    ['a token that is not a JWT', () => 'Bearer not.a.jwt'],
    ['the wrong audience', () => `Bearer ${signJwt(header, claims({ aud: 'another-bot' }), privateKey)}`],
    ['the wrong issuer', () => `Bearer ${signJwt(header, claims({ iss: 'https://sts.example.org' }), privateKey)}`],
    [
      'an expired token',
      () => `Bearer ${signJwt(header, claims({ exp: now() - 3600, nbf: now() - 7200, iat: now() - 7200 }), privateKey)}`,
    ],
    ['a token not valid yet', () => `Bearer ${signJwt(header, claims({ nbf: now() + 3600 }), privateKey)}`],
    [
      'a serviceUrl claim for another service',
      () => `Bearer ${signJwt(header, claims({ serviceurl: 'https://smba.example.org/' }), privateKey)}`,
    ],
    ['alg: none', () => `Bearer ${base64url({ alg: 'none', typ: 'JWT', kid: KID })}.${base64url(claims())}.`],
    ['a bad signature (signed with another key)', () => `Bearer ${signJwt(header, claims(), forger.privateKey)}`],
    [
      'a tampered payload',
      () => {
        const [h, , s] = signJwt(header, claims(), privateKey).split('.');
        return `Bearer ${h}.${base64url(claims({ aud: APP_ID, serviceurl: bot.serviceUrl, extra: 'tampered' }))}.${s}`;
      },
    ],
    ['an unknown key id', () => `Bearer ${signJwt({ ...header, kid: 'unknown' }, claims(), privateKey)}`],
  ];

  for (const [name, authorization] of forged) {
    it(`rejects ${name}: 401, a generic body, no dialog`, async () => {
      const { status, body, repliesSent } = await postWith(authorization());
      expect(status).to.equal(401);
      expect(body.replace(/"/g, '')).to.equal('Unauthorized.');
      expect(repliesSent, 'no dialog ran').to.equal(0);
    });
  }

  it('logs rejections without the token, in our logs and in what botbuilder prints', () => {
    const rejected = logs.filter((line) => line.includes('auth_rejected'));
    expect(rejected.length).to.be.at.least(forged.length);
    const everything = [...logs, ...consoleErrors].join('\n');
    expect(everything).to.not.match(/eyJ[\w-]{10,}/);
    for (const token of tokensSent.filter((t) => t.length > 20)) expect(everything).to.not.contain(token);
  });

  it("does not let forged requests use up a real conversation's rate limit", async () => {
    const activity = {
      type: 'message',
      text: 'hello',
      channelId: 'webchat',
      conversation: { id: 'auth-victim' } as never,
      from: { id: 'dl_victim', name: '' },
    };
    const forgedToken = `Bearer ${signJwt(header, claims(), forger.privateKey)}`;
    for (let i = 0; i < 30; i++) expect((await bot.post(activity, { authorization: forgedToken })).status).to.equal(401);
    const real = await bot.post(activity, { authorization: `Bearer ${signJwt(header, claims(), privateKey)}` });
    expect(real.status).to.equal(200);
    expect(real.replies.length).to.be.greaterThan(0);
  });

  it('is still up and healthy', async () => {
    expect((await fetch(`${bot.baseUrl}/healthz`)).status).to.equal(200);
  });
});
