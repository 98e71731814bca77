// Every log value that comes from a request is cut short: a forged activity must not be able to
// write huge log lines (channel id, activity type, names).
import { expect } from 'chai';
import { HttpBot } from '../helpers/httpHarness';
import { Logger } from '../../src/host/log';

describe('security: log values taken from a request are truncated', () => {
  it('a forged 100 KB channelId, type or name gives only short log lines', async () => {
    const logs: string[] = [];
    // Debug, so that every line a turn can write is written.
    const bot = await new HttpBot({ env: { LOG_LEVEL: 'debug' }, logSink: (line) => logs.push(line) }).start();
    try {
      const huge = 'x'.repeat(100 * 1024);
      await bot.post({
        type: 'message',
        text: 'hello',
        channelId: huge,
        conversation: { id: 'c-log' } as never,
        from: { id: 'u', name: huge },
      });
      await bot.post({ type: huge, channelId: 'webchat', conversation: { id: 'c-log-2' } as never, from: { id: 'u', name: '' } });
      await bot.post({ type: 'event', name: huge, channelId: huge, conversation: { id: 'c-log-3' } as never, from: { id: 'u', name: '' } });
      await bot.post({
        type: 'message',
        text: 'hi',
        channelId: 'webchat',
        serviceUrl: `http://${huge}.invalid/`,
        conversation: { id: 'c-log-4' } as never,
        from: { id: 'u', name: '' },
      });
      expect(logs.length).to.be.greaterThan(0);
      const longest = Math.max(...logs.map((line) => line.length));
      expect(longest, 'longest log line').to.be.below(1500);
    } finally {
      await bot.stop();
    }
  });

  it('the logger itself cuts every field, whoever calls it', () => {
    const lines: string[] = [];
    const logger = new Logger('debug', (line) => lines.push(line));
    const huge = 'y'.repeat(100 * 1024);
    logger.info('anything', { channelId: huge, activityType: huge, detail: huge, errorName: huge, correlationId: huge });
    expect(lines[0].length).to.be.below(1500);
  });
});
