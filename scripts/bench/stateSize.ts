// Memory and stored state per conversation: many short conversations (welcome, "find a group",
// an answer) into a fresh bot on MemoryStorage; resident and heap growth after garbage
// collection, and the size of each stored record as MemoryStorage holds it (a JSON string).
import { BotChild } from './botChild';
import type { CountingConnector } from './connector';
import { runLoad } from './load';
import type { BotKind } from './protocol';
import { shortScript } from './scenarios';
import { mean, percentile } from './stats';

export interface StateFigures {
  conversations: number;
  errors: number;
  rssPerConversationBytes: number;
  heapPerConversationBytes: number;
  records: number;
  recordMeanBytes: number;
  recordP99Bytes: number;
  recordMaxBytes: number;
  keyMeanBytes: number;
  rssAfterBytes: number;
}

export async function measureState(
  kind: BotKind,
  connector: CountingConnector,
  serviceUrl: string,
  conversations: number,
  concurrency: number,
): Promise<StateFigures> {
  const bot = await new BotChild(kind, { nodeFlags: ['--expose-gc'] }).ready();
  await bot.settle();
  try {
    const play = (prefix: string, count: number) =>
      runLoad({
        botUrl: bot.url,
        serviceUrl,
        connector,
        conversations: count,
        concurrency,
        script: shortScript,
        idPrefix: `${kind}-${prefix}`,
      });
    // Enough conversations first that code, caches and the young generation have settled.
    const warm = await play('state-warmup', Math.min(1000, conversations));
    const before = await bot.stats(true);
    const result = await play('state', conversations);
    const after = await bot.stats(true);
    const storage = await bot.storage();
    connector.reset();
    return {
      conversations,
      errors: warm.errors + result.errors + after.turnErrors,
      rssPerConversationBytes: (after.rssBytes - before.rssBytes) / conversations,
      heapPerConversationBytes: (after.heapUsedBytes - before.heapUsedBytes) / conversations,
      records: storage.records,
      recordMeanBytes: mean(storage.recordBytes),
      recordP99Bytes: percentile(storage.recordBytes, 99),
      recordMaxBytes: Math.max(0, ...storage.recordBytes),
      keyMeanBytes: storage.records ? storage.keyBytes / storage.records : 0,
      rssAfterBytes: after.rssBytes,
    };
  } finally {
    await bot.stop();
  }
}
