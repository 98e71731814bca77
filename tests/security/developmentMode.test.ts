// Development mode (MicrosoftAppId empty, so no authentication): the bot must not post replies to
// whatever serviceUrl an activity names, or a laptop bot becomes a way to make requests to other
// machines. Only loopback service URLs (and the local Direct Line's) are answered.
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { HttpBot } from '../helpers/httpHarness';

/** An address of this machine that is not loopback, when it has one. */
function outsideAddress(): string | undefined {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const entry of list ?? []) if (entry.family === 'IPv4' && !entry.internal) return entry.address;
  }
  return undefined;
}

describe('security: development mode posts replies only to loopback service URLs', () => {
  const logs: string[] = [];
  let bot: HttpBot;
  let elsewhere: http.Server;
  let hits = 0;

  before(async () => {
    bot = await new HttpBot({ logSink: (line) => logs.push(line) }).start();
    elsewhere = http.createServer((req, res) => {
      hits++;
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"x"}');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '0.0.0.0', resolve));
  });
  after(async () => {
    await bot.stop();
    await new Promise((resolve) => elsewhere.close(resolve));
  });

  it('refuses an activity whose serviceUrl is another host, posts nothing there, and logs the host without path or query', async () => {
    const address = outsideAddress() ?? '192.0.2.10';
    const port = (elsewhere.address() as AddressInfo).port;
    const targets = [`http://${address}:${port}/secret-path/?token=leak-me`, 'https://connector.invalid/other/path?q=leak-me'];
    for (const serviceUrl of targets) {
      const res = await bot.postRaw(
        JSON.stringify({
          type: 'message',
          text: 'hello',
          channelId: 'webchat',
          conversation: { id: 'c-dev' },
          from: { id: 'u' },
          recipient: { id: 'bot' },
          serviceUrl,
        }),
      );
      expect(res.status, serviceUrl).to.equal(403);
      expect(res.body.length).to.be.below(300);
    }
    expect(hits, 'requests that reached the other host').to.equal(0);
    const refusals = logs.filter((line) => line.includes('service_url_refused'));
    expect(refusals.length).to.equal(2);
    expect(refusals.join('\n')).to.include('connector.invalid');
    expect(logs.join('\n')).not.to.match(/secret-path|leak-me|\/other\/path/);
  });

  it('still answers loopback service URLs (the local fake connector)', async () => {
    const res = await bot.post({
      type: 'message',
      text: 'hello',
      channelId: 'webchat',
      conversation: { id: 'c-dev-ok' } as never,
      from: { id: 'u', name: '' },
    });
    expect(res.status).to.equal(200);
    expect(res.replies.length).to.be.greaterThan(0);
  });
});
