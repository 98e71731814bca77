// The connector cache: one client per (app id, serviceUrl, audience), replies still going to the
// serviceUrl of their own activity, a token looked up on every request, inbound checks untouched.
import { expect } from 'chai';
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import {
  AuthenticationConstants,
  ClaimsIdentity,
  ServiceClientCredentialsFactory,
  type ServiceClientCredentials,
} from 'botframework-connector';
import { withCachedConnectors } from '../../src/host/connector/cachedConnectors';
import { HttpBot, HttpConversation } from '../helpers/httpHarness';
import { recordingConnector } from '../helpers/recordingConnector';

type SignedRequest = Parameters<ServiceClientCredentials['signRequest']>[0];

/** Outbound credentials with no Entra ID: each signature is a new "token" naming its audience. */
class CountingCredentialsFactory extends ServiceClientCredentialsFactory {
  signatures = 0;
  created = 0;

  async isValidAppId(appId: string): Promise<boolean> {
    return appId === 'app-1' || appId === 'app-2';
  }

  async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }

  async createCredentials(appId: string, audience: string | undefined): Promise<ServiceClientCredentials> {
    this.created += 1;
    return {
      signRequest: async (request: SignedRequest) => {
        this.signatures += 1;
        request.headers.set('authorization', `Bearer ${appId}|${audience}|${this.signatures}`);
        return request;
      },
    };
  }
}

const botIdentity = (appId: string) => new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: appId }], true);

function cachedAuth(credentials = new CountingCredentialsFactory()) {
  const inner = new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: 'app-1', MicrosoftAppPassword: 'unused' }, credentials);
  return { auth: withCachedConnectors(inner), credentials };
}

describe('connector cache', () => {
  it('reuses one client per app id, serviceUrl and audience, and no other', async () => {
    const { auth, credentials } = cachedAuth();
    const first = await auth
      .createConnectorFactory(botIdentity('app-1'))
      .create('https://smba.example/teams/', 'https://api.botframework.com');
    const again = await auth
      .createConnectorFactory(botIdentity('app-1'))
      .create('https://smba.example/teams/', 'https://api.botframework.com');
    expect(again).to.equal(first);
    expect(credentials.created).to.equal(1);

    const otherUrl = await auth
      .createConnectorFactory(botIdentity('app-1'))
      .create('https://directline.example/', 'https://api.botframework.com');
    const otherAudience = await auth
      .createConnectorFactory(botIdentity('app-1'))
      .create('https://smba.example/teams/', 'api://skill-caller');
    const otherApp = await auth
      .createConnectorFactory(botIdentity('app-2'))
      .create('https://smba.example/teams/', 'https://api.botframework.com');
    expect(new Set([first, otherUrl, otherAudience, otherApp]).size).to.equal(4);
    expect(auth.cachedClients).to.equal(4);
  });

  it('keeps the cache bounded, dropping the least recently used client', async () => {
    const inner = new ConfigurationBotFrameworkAuthentication(
      { MicrosoftAppId: 'app-1', MicrosoftAppPassword: 'unused' },
      new CountingCredentialsFactory(),
    );
    const auth = withCachedConnectors(inner, 2);
    const factory = auth.createConnectorFactory(botIdentity('app-1'));
    const a = await factory.create('https://a.example/');
    await factory.create('https://b.example/');
    await factory.create('https://a.example/'); // a is now the most recently used
    await factory.create('https://c.example/'); // b goes
    expect(auth.cachedClients).to.equal(2);
    expect(await factory.create('https://a.example/')).to.equal(a);
  });

  it('sends each reply to its own serviceUrl and signs every request, cached client or not', async () => {
    const teams = await recordingConnector();
    const web = await recordingConnector();
    try {
      const { auth } = cachedAuth();
      const factory = auth.createConnectorFactory(botIdentity('app-1'));
      const send = async (serviceUrl: string, conversationId: string) => {
        const client = await factory.create(serviceUrl, 'https://api.botframework.com');
        await client.conversations.sendToConversation(conversationId, { type: 'message', text: 'hello' } as Activity);
      };
      await send(teams.url, 'conv-teams');
      await send(web.url, 'conv-web');
      await send(teams.url, 'conv-teams');
      expect(teams.seen.map((r) => r.url)).to.deep.equal([
        '/v3/conversations/conv-teams/activities',
        '/v3/conversations/conv-teams/activities',
      ]);
      expect(web.seen.map((r) => r.url)).to.deep.equal(['/v3/conversations/conv-web/activities']);
      // The cached Teams client signed its second request anew (the token is looked up per request).
      expect(teams.seen.map((r) => r.headers.authorization)).to.deep.equal([
        'Bearer app-1|https://api.botframework.com|1',
        'Bearer app-1|https://api.botframework.com|3',
      ]);
    } finally {
      await teams.stop();
      await web.stop();
    }
  });

  it('leaves inbound authentication to the wrapped authentication: no token, no turn', async () => {
    const { auth } = cachedAuth();
    const activity = { type: 'message', channelId: 'msteams', serviceUrl: 'https://smba.example/', text: 'hi' } as Activity;
    let status: number | undefined;
    try {
      await auth.authenticateRequest(activity, '');
    } catch (err) {
      status = (err as { statusCode?: number }).statusCode;
    }
    expect(status).to.equal(401);
  });

  it('over HTTP, replies of conversations on two serviceUrls reach their own connector, turn after turn', async () => {
    const bot = await new HttpBot().start();
    const second = await new HttpBot().start(); // only its connector is used, as another serviceUrl
    try {
      const webchat = new HttpConversation(bot, 'webchat', 'conv-a', 'user-a');
      await webchat.join();
      const other = { serviceUrl: second.serviceUrl };
      await webchat.send('menu');
      const elsewhere = await bot.post({
        type: 'message',
        channelId: 'webchat',
        conversation: { id: 'conv-b' } as Activity['conversation'],
        from: { id: 'user-b', name: '' },
        text: 'menu',
        ...other,
      });
      await webchat.send('is AA religious');
      expect(elsewhere.status).to.equal(200);
      expect(bot.connector.repliesFor('conv-a')).to.have.length.of.at.least(3);
      expect(bot.connector.repliesFor('conv-b')).to.have.length(0);
      expect(second.connector.repliesFor('conv-b')).to.have.length.of.at.least(1);
      expect(second.connector.repliesFor('conv-a')).to.have.length(0);
    } finally {
      await bot.stop();
      await second.stop();
    }
  });
});
