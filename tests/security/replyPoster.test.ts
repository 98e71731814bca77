// The reply poster reads the connector's answer: a hostile or broken endpoint must not be able to
// make it buffer without limit, hold a reply open forever by sending a byte now and then, or keep
// idle sockets open for ever.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import * as poster from '../../src/host/connector/replyPoster';

const signer = { signRequest: async () => undefined };

async function serve(handler: http.RequestListener): Promise<{ url: URL; server: http.Server; close: () => Promise<void> }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v3/conversations/c/activities`);
  return {
    url,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function outcome(work: Promise<unknown>): Promise<{ ok: boolean; error?: Error & { code?: string } }> {
  try {
    await work;
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error as Error & { code?: string } };
  }
}

describe('security: the reply poster bounds what it reads back', () => {
  it('caps the answer it reads: a huge answer fails the post instead of being buffered', async () => {
    let sent = 0;
    const endpoint = await serve((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, ' ');
      const pump = () => {
        while (sent < 64 * 1024 * 1024 && res.write(chunk)) sent += chunk.length;
        if (sent < 64 * 1024 * 1024) res.once('drain', pump);
        else res.end('{}');
      };
      res.on('close', () => res.removeAllListeners('drain'));
      pump();
    });
    try {
      const result = await outcome(poster.postJson(endpoint.url, '{}', signer, { timeoutMs: 10_000, userAgent: 'test' }));
      expect(result.ok, 'a 64 MB answer was read whole').to.equal(false);
      expect(result.error).to.be.instanceOf(poster.ReplyPostError);
      expect(sent).to.be.below(16 * 1024 * 1024);
    } finally {
      await endpoint.close();
    }
  });

  it('gives up on an answer that trickles in for longer than the time-out', async () => {
    const endpoint = await serve((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
    });
    try {
      const started = Date.now();
      const result = await outcome(
        Promise.race([
          poster.postJson(endpoint.url, '{}', signer, { timeoutMs: 400, userAgent: 'test' }),
          new Promise((_, reject) => setTimeout(() => reject(new Error('still reading after 3 s')), 3000)),
        ]),
      );
      expect(result.ok).to.equal(false);
      expect(result.error?.message).not.to.equal('still reading after 3 s');
      expect(result.error?.code).to.equal('ETIMEDOUT');
      expect(Date.now() - started).to.be.below(2000);
    } finally {
      await endpoint.close();
    }
  });

  it('closes kept-alive sockets that stay idle', async () => {
    const endpoint = await serve((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"1"}');
      });
    });
    // Keep the server's own idle time-out out of the way: only the client should close.
    endpoint.server.keepAliveTimeout = 60_000;
    try {
      await poster.postJson(endpoint.url, '{}', signer, { timeoutMs: 5000, userAgent: 'test' });
      const { replyAgents: agents, REPLY_SOCKET_IDLE_MS: idleMs } = poster as unknown as {
        replyAgents?: Record<string, http.Agent>;
        REPLY_SOCKET_IDLE_MS?: number;
      };
      expect(agents, 'the reply agents').to.be.an('object');
      expect(idleMs).to.be.within(1000, 60_000);
      const agent = agents!['http:'];
      const idle = Object.values(agent.freeSockets).flat();
      expect(idle.length).to.be.greaterThan(0);
      for (const socket of idle) expect(socket!.timeout, 'idle socket time-out').to.equal(idleMs);
    } finally {
      await endpoint.close();
    }
  });
});
