// Start-up work deferred to idle time: after a grace period, one task at a time, never while a
// request is being served, and a failing task does not stop the others.
import { EventEmitter } from 'node:events';
import { expect } from 'chai';
import { IdleWarmUp } from '../../src/host/startup/idleWarmUp';
import { Logger } from '../../src/host/log';

/** Stands in for http.Server: emits 'request' with a response that emits 'close' when done. */
class FakeServer extends EventEmitter {
  open(): () => void {
    const res = new EventEmitter();
    this.emit('request', {}, res);
    return () => res.emit('close');
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('idle warm-up', () => {
  it('runs nothing before start(), then every task in order once the grace period is over', async () => {
    const ran: string[] = [];
    const warmUp = new IdleWarmUp(
      [
        { name: 'a', run: () => ran.push('a') },
        { name: 'b', run: () => ran.push('b') },
      ],
      { graceMs: 30 },
    );
    await wait(40);
    expect(ran).to.deep.equal([]);
    warmUp.start();
    await wait(10);
    expect(ran, 'still in the grace period').to.deep.equal([]);
    await warmUp.done;
    expect(ran).to.deep.equal(['a', 'b']);
  });

  it('waits while a request is being served and goes on when it is done', async () => {
    const server = new FakeServer();
    const ran: string[] = [];
    const warmUp = new IdleWarmUp([{ name: 'models', run: () => ran.push('models') }], { graceMs: 0, retryMs: 5 }).watch(server);
    const finish = server.open();
    warmUp.start();
    await wait(40);
    expect(ran, 'a request was in flight').to.deep.equal([]);
    finish();
    await warmUp.done;
    expect(ran).to.deep.equal(['models']);
  });

  it('logs a failed task without its text and runs the rest', async () => {
    const lines: string[] = [];
    const ran: string[] = [];
    const warmUp = new IdleWarmUp(
      [
        {
          name: 'broken',
          run: () => {
            throw new Error('model file missing');
          },
        },
        { name: 'fine', run: () => ran.push('fine') },
      ],
      { graceMs: 0, logger: new Logger('warn', (line) => lines.push(line)) },
    ).start();
    await warmUp.done;
    expect(ran).to.deep.equal(['fine']);
    expect(lines).to.have.length(1);
    expect(JSON.parse(lines[0])).to.include({ event: 'warm_up_failed', detail: 'broken', errorName: 'Error' });
  });

  it('stop() drops what is still pending', async () => {
    const ran: string[] = [];
    const warmUp = new IdleWarmUp([{ name: 'late', run: () => ran.push('late') }], { graceMs: 20 }).start();
    warmUp.stop();
    await warmUp.done;
    await wait(40);
    expect(ran).to.deep.equal([]);
  });

  it('runs tasks added after it finished, and done waits for them', async () => {
    const ran: string[] = [];
    const warmUp = new IdleWarmUp([{ name: 'first', run: () => ran.push('first') }], { graceMs: 0 }).start();
    await warmUp.done;
    warmUp.add([{ name: 'after the feeds', run: () => ran.push('after the feeds') }]);
    expect(ran).to.deep.equal(['first']);
    await warmUp.done;
    expect(ran).to.deep.equal(['first', 'after the feeds']);
  });

  it('runs tasks added before start() after the others, and none after stop()', async () => {
    const ran: string[] = [];
    const warmUp = new IdleWarmUp([{ name: 'a', run: () => ran.push('a') }], { graceMs: 0 });
    warmUp.add([{ name: 'b', run: () => ran.push('b') }]);
    await warmUp.start().done;
    expect(ran).to.deep.equal(['a', 'b']);
    warmUp.stop();
    warmUp.add([{ name: 'c', run: () => ran.push('c') }]);
    await wait(20);
    expect(ran).to.deep.equal(['a', 'b']);
  });
});
