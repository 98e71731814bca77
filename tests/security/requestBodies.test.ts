// Request bodies on the JSON endpoints (/api/messages, POST /api/directline/token): only plain
// JSON is read. A compressed body could inflate far beyond MAX_BODY_BYTES, and a multipart body
// would be written to the temporary folder before anyone is authenticated; both get 415.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect } from 'chai';
import { HttpBot } from '../helpers/httpHarness';

describe('security: request bodies on JSON endpoints', () => {
  let bot: HttpBot;
  before(async () => {
    bot = await new HttpBot().start();
  });
  after(() => bot.stop());

  const activity = () =>
    JSON.stringify({
      type: 'message',
      text: 'hello',
      channelId: 'webchat',
      conversation: { id: 'c-body' },
      from: { id: 'u' },
      recipient: { id: 'bot' },
      serviceUrl: bot.serviceUrl,
    });

  const post = async (route: string, body: Buffer | string | FormData, headers: Record<string, string>) => {
    const res = await fetch(`${bot.baseUrl}${route}`, { method: 'POST', body, headers });
    return { status: res.status, text: await res.text() };
  };

  it('refuses a gzip body that would inflate far beyond MAX_BODY_BYTES with 415, on both endpoints', async () => {
    // 32 MB of JSON-ish padding compresses to a few tens of KB, well under the 256 KB limit.
    const bomb = zlib.gzipSync(
      Buffer.concat([Buffer.from('{"type":"message","text":"'), Buffer.alloc(32 * 1024 * 1024, 'a'), Buffer.from('"}')]),
    );
    expect(bomb.length).to.be.below(256 * 1024);
    for (const route of ['/api/messages', '/api/directline/token']) {
      const res = await post(route, bomb, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      expect(res.status, route).to.equal(415);
      expect(res.text.length, route).to.be.below(300);
    }
  });

  it('refuses a compressed body whatever the encoding (even a small valid activity), with 415', async () => {
    const encodings: [string, Buffer][] = [
      ['gzip', zlib.gzipSync(activity())],
      ['deflate', zlib.deflateSync(activity())],
      ['br', zlib.brotliCompressSync(activity())],
    ];
    for (const [encoding, body] of encodings) {
      for (const route of ['/api/messages', '/api/directline/token']) {
        expect(
          (await post(route, body, { 'content-type': 'application/json', 'content-encoding': encoding })).status,
          `${encoding} ${route}`,
        ).to.equal(415);
      }
    }
  });

  it('refuses multipart and other non-JSON bodies with 415 and writes nothing to the temporary folder', async () => {
    const previous = process.env.TMPDIR;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sgn-upload-'));
    process.env.TMPDIR = tmp; // os.tmpdir() reads it on every call: an upload would land here
    try {
      const statuses: Record<string, number> = {};
      for (const route of ['/api/messages', '/api/directline/token']) {
        const form = new FormData();
        form.append('activity', activity());
        form.append('file', new Blob([Buffer.alloc(512 * 1024, 'x')]), 'upload.bin');
        statuses[`multipart ${route}`] = (await post(route, form, {})).status;
        for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/octet-stream', 'application/xml']) {
          statuses[`${type} ${route}`] = (await post(route, activity(), { 'content-type': type })).status;
        }
      }
      // Give a parser that writes in the background the time to do it.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(fs.readdirSync(tmp), 'files left in the temporary folder').to.deep.equal([]);
      for (const [request, status] of Object.entries(statuses)) expect(status, request).to.equal(415);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('still reads plain JSON, with or without a charset, and an empty token request', async () => {
    const json = await post('/api/messages', activity(), { 'content-type': 'application/json; charset=utf-8' });
    expect(json.status).to.equal(200);
    const token = await fetch(`${bot.baseUrl}/api/directline/token`, { method: 'POST' });
    expect(token.status).to.equal(200);
    const identity = await post('/api/messages', activity(), { 'content-type': 'application/json', 'content-encoding': 'identity' });
    expect(identity.status).to.equal(200);
  });
});
