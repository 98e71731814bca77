// The blob state store against Azurite: round trips and eTags, a container created when missing,
// recovery without a restart after an outage on the first call or a vanished container, bounded
// waits on a store that never answers, and what /healthz would report.
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { ResilientBlobStorage } from '../../src/host/state/resilientBlobStorage';
import { StateStoreUnavailableError, isWriteConflict } from '../../src/host/state/storageErrors';
import { Azurite } from '../helpers/azurite';

async function rejectionOf(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to fail');
}

describe('ResilientBlobStorage (Azurite)', function () {
  this.timeout(60_000);
  const azurite = new Azurite();
  let container = 0;
  const storageOn = (port = azurite.port, callTimeoutMs = 3000) => {
    const connectionString = azurite.connectionString.replace(/:\d+\/devstoreaccount1/, `:${port}/devstoreaccount1`);
    return new ResilientBlobStorage({ connectionString, container: `state-test-${++container}`, callTimeoutMs });
  };

  before(async () => {
    await azurite.start(0);
  });
  after(async () => {
    await azurite.stop();
  });

  it('creates its container, round-trips unicode state, and reports eTag conflicts as conflicts', async () => {
    const storage = storageOn();
    await storage.write({ 'webchat/conversations/abc': { data: { text: 'ñandú 🙂 — ok' }, eTag: '*' } });
    const read = await storage.read(['webchat/conversations/abc', 'missing']);
    const item = read['webchat/conversations/abc'] as { data: { text: string }; eTag: string };
    expect(item.data.text).to.equal('ñandú 🙂 — ok');
    expect(read).to.not.have.property('missing');

    await storage.write({ 'webchat/conversations/abc': { data: { text: 'second' }, eTag: item.eTag } });
    const stale = await rejectionOf(storage.write({ 'webchat/conversations/abc': { data: { text: 'stale' }, eTag: item.eTag } }));
    expect(isWriteConflict(stale)).to.equal(true);
    expect(stale).to.not.be.instanceOf(StateStoreUnavailableError);
    expect(await storage.checkHealth()).to.equal('ok');
  });

  it('recovers without a restart when its very first call met an outage', async () => {
    const outage = new Azurite();
    const reserved = await freePort();
    const storage = storageOn(reserved);
    const started = performance.now();
    const err = await rejectionOf(storage.read(['k']));
    expect(err).to.be.instanceOf(StateStoreUnavailableError);
    expect((err as StateStoreUnavailableError).failure).to.equal('unreachable');
    expect(performance.now() - started).to.be.below(3500);
    expect(await storage.checkHealth()).to.equal('failing: unreachable');

    await outage.start(reserved);
    try {
      await storage.write({ k: { data: 1, eTag: '*' } });
      expect(((await storage.read(['k'])).k as { data: number }).data).to.equal(1);
      await new Promise((resolve) => setTimeout(resolve, 1100)); // past the probe's cache
      expect(await storage.checkHealth()).to.equal('ok');
    } finally {
      await outage.stop();
    }
  });

  it('creates the container again when it vanished (an in-memory Azurite restarted)', async () => {
    const own = await new Azurite().start(0);
    const port = own.port;
    const storage = storageOn(port);
    try {
      await storage.write({ k: { data: 'before', eTag: '*' } });
      await own.stop();
      await own.start(port);
      // The container is gone with the old process; the write must create it again, not fail.
      await storage.write({ k: { data: 'after', eTag: '*' } });
      expect(((await storage.read(['k'])).k as { data: string }).data).to.equal('after');
    } finally {
      await own.stop();
    }
  });

  it('gives up within its time-out on a store that accepts connections and never answers', async () => {
    const sockets: net.Socket[] = [];
    const blackHole = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
    const storage = storageOn((blackHole.address() as AddressInfo).port, 600);
    try {
      const started = performance.now();
      const err = await rejectionOf(storage.read(['k']));
      const elapsed = performance.now() - started;
      expect(err).to.be.instanceOf(StateStoreUnavailableError);
      expect((err as StateStoreUnavailableError).failure).to.equal('timeout');
      expect(elapsed).to.be.within(550, 1500);
    } finally {
      sockets.forEach((s) => s.destroy());
      await new Promise((resolve) => blackHole.close(resolve));
    }
  });
});

/** A port nothing listens on (yet). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
