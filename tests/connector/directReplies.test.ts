// Replies posted directly must be the requests botbuilder's own ConnectorClient makes: same
// method, URL, JSON and Authorization, on the bot's real replies for each channel; errors must
// carry what OutboundRetry reads; a kept-alive socket found closed must not lose a reply.
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { ConnectorClient, type ServiceClientCredentials } from 'botframework-connector';
import { withDirectReplies } from '../../src/host/connector/directReplies';
import { ReplyPostError } from '../../src/host/connector/replyPoster';
import { retryAfterMs } from '../../src/host/http/outboundRetry';
import { CHANNELS, TestChat } from '../helpers/botHarness';
import { recordingConnector as connector, type Seen } from '../helpers/recordingConnector';

type SignedRequest = Parameters<ServiceClientCredentials['signRequest']>[0];
const signing: ServiceClientCredentials = {
  signRequest: async (request: SignedRequest) => {
    request.headers.set('Authorization', 'Bearer token-for-this-bot');
    return request;
  },
};

const bothClients = (serviceUrl: string) => ({
  core: new ConnectorClient(signing, { baseUri: serviceUrl }),
  direct: withDirectReplies(new ConnectorClient(signing, { baseUri: serviceUrl }), serviceUrl, {}),
});

/** The bot's real replies on a channel: welcome, a question with choices, an answer with details. */
async function repliesOn(channel: (typeof CHANNELS)[number]): Promise<Partial<Activity>[]> {
  const chat = new TestChat(channel);
  const replies = [
    ...(await chat.send('hi')),
    ...(await chat.send('find a group that fits me')),
    ...(await chat.send('what is smart recovery')),
  ];
  return replies.map((reply) => ({ ...reply, timestamp: new Date('2026-11-26T10:00:00Z'), replyToId: undefined }));
}

const comparable = (seen: Seen) => ({
  method: seen.method,
  url: seen.url,
  body: seen.body,
  contentType: seen.headers['content-type'],
  authorization: seen.headers.authorization,
  conversationHeader: seen.headers['x-ms-conversation-id'],
});

describe('replies posted directly to the connector', () => {
  for (const channel of CHANNELS) {
    it(`sends exactly the request the core client sends, for ${channel} replies`, async () => {
      const server = await connector();
      try {
        // A Teams-like serviceUrl with a path, and ids with the characters Teams and SMS use.
        const serviceUrl = `${server.url}/amer/`;
        const { core, direct } = bothClients(serviceUrl);
        const conversationId = channel === 'sms' ? '+15551234567' : '19:abc@thread.skype;messageid=1700000000';
        const replies = await repliesOn(channel);
        expect(replies.length).to.be.greaterThan(2);
        for (const [index, reply] of replies.entries()) {
          const activity = { ...reply, conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' } };
          // Even replies as new messages, odd ones as replies to an activity; core first, then direct.
          for (const client of [core, direct]) {
            const answer =
              index % 2 === 0
                ? await client.conversations.sendToConversation(conversationId, activity)
                : await client.conversations.replyToActivity(conversationId, 'f:1:2@x', activity);
            expect(answer.id).to.match(/^reply-/);
          }
        }
        const pairs = replies.map((_, i) => [server.seen[2 * i], server.seen[2 * i + 1]].map(comparable));
        for (const [fromCore, fromDirect] of pairs) expect(fromDirect).to.deep.equal(fromCore);
        expect(pairs[0][0].authorization).to.equal('Bearer token-for-this-bot');
        expect(pairs[0][0].url).to.match(/^\/amer\/v3\/conversations\/[^/]+\/activities$/);
        expect(pairs[1][0].url).to.match(/^\/amer\/v3\/conversations\/[^/]+\/activities\/f%3A1%3A2%40x$/);
      } finally {
        await server.stop();
      }
    });
  }

  it('keeps its sockets open between replies', async () => {
    const server = await connector();
    try {
      const { direct } = bothClients(server.url);
      for (let i = 0; i < 5; i++) await direct.conversations.sendToConversation('c1', { type: 'message', text: `reply ${i}` });
      expect(new Set(server.seen.map((s) => s.socket)).size).to.equal(1);
    } finally {
      await server.stop();
    }
  });

  it('fails with the status and headers OutboundRetry reads, without retrying on its own', async () => {
    const server = await connector((_req, res) => {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '2' });
      res.end('{"error":{"code":"Throttled"}}');
    });
    try {
      const { direct } = bothClients(server.url);
      const failure = await direct.conversations.sendToConversation('c1', { type: 'message', text: 'hello' }).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(failure).to.be.instanceOf(ReplyPostError);
      expect((failure as ReplyPostError).statusCode).to.equal(429);
      expect(retryAfterMs(failure)).to.equal(2000);
      expect(server.seen).to.have.length(1);
    } finally {
      await server.stop();
    }
  });

  it('sends a reply again on a fresh connection when the kept-alive one was closed under it', async () => {
    let requests = 0;
    // The second request on the first socket is dropped without an answer, as a server does that
    // closes an idle connection just as the client reuses it.
    const server = await connector((req, res, seen) => {
      requests += 1;
      if (requests === 2 && seen.socket === 0) {
        req.socket.destroy();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"id":"r${requests}"}`);
    });
    try {
      const { direct } = bothClients(server.url);
      await direct.conversations.sendToConversation('c1', { type: 'message', text: 'first' });
      const second = await direct.conversations.sendToConversation('c1', { type: 'message', text: 'second' });
      expect(second.id).to.equal('r3');
      expect(server.seen.map((s) => (s.body as { text: string }).text)).to.deep.equal(['first', 'second', 'second']);
    } finally {
      await server.stop();
    }
  });

  it('reports a connector that cannot be reached with a code OutboundRetry can act on', async () => {
    const server = await connector();
    const url = server.url;
    await server.stop();
    const { direct } = bothClients(url);
    const failure = (await direct.conversations
      .sendToConversation('c1', { type: 'message', text: 'x' })
      .catch((err: unknown) => err)) as ReplyPostError;
    expect(failure.statusCode).to.equal(undefined);
    expect(failure.code).to.equal('ECONNREFUSED');
  });

  it('leaves the core client in charge behind an HTTP proxy', () => {
    const client = new ConnectorClient(signing, { baseUri: 'https://smba.example/' });
    const original = client.conversations;
    expect(withDirectReplies(client, 'https://smba.example/', { HTTPS_PROXY: 'http://proxy.example:3128' }).conversations).to.equal(
      original,
    );
    expect(withDirectReplies(client, 'https://smba.example/', {}).conversations).to.not.equal(original);
  });
});
