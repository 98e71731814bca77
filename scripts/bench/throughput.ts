// Both bots under the same concurrent load, in alternating rounds (A B, B A, A B...) so that
// drift of the machine (other tenants, CPU boost, GC of the load generator) falls on both.
import { BotChild } from './botChild';
import type { CountingConnector } from './connector';
import { runLoad } from './load';
import type { BotKind } from './protocol';
import { scriptFor } from './scenarios';
import { percentile } from './stats';

export interface ThroughputOptions {
  connector: CountingConnector;
  serviceUrl: string;
  rounds: number;
  conversationsPerRound: number;
  warmupConversations: number;
  concurrency: number;
  /** Node flags for each bot's process (--cpu-prof for profiling). */
  nodeFlags?: (kind: BotKind) => string[];
  /** The bots compared: the first against the second (default: the navigator against the echo bot). */
  kinds?: [BotKind, BotKind];
}

export interface ThroughputFigures {
  turns: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  repliesPerTurn: number;
  /** Bytes of reply bodies per turn. */
  replyBytesPerTurn: number;
  /** CPU time of the bot process per turn. */
  cpuMsPerTurn: number;
  /** Resident memory of the bot process after the load. */
  rssBytes: number;
  /** Turns per second of each round, to show the spread. */
  roundRates: number[];
  /** p99 latency of each round. */
  roundP99s: number[];
  /** The largest record in storage after the mixed load (long conversations, SMS held-back text). */
  largestRecordBytes: number;
}

/**
 * navigator / echo for each round, the two runs of a round being back to back: on a shared
 * machine, whose speed drifts as other work comes and goes, the median of these paired ratios
 * is steadier than the ratio of totals.
 */
export function pairedRatios(navigator: readonly number[], echo: readonly number[]): number[] {
  return navigator.map((value, i) => value / echo[i]).filter((r) => Number.isFinite(r));
}

export async function measureThroughput(options: ThroughputOptions): Promise<Record<BotKind, ThroughputFigures>> {
  const kinds: BotKind[] = options.kinds ?? ['navigator', 'echo'];
  const bots = Object.fromEntries(
    await Promise.all(kinds.map(async (k) => [k, await new BotChild(k, { nodeFlags: options.nodeFlags?.(k) }).ready()])),
  ) as Record<BotKind, BotChild>;
  await Promise.all(kinds.map((k) => bots[k].settle()));
  const totals = Object.fromEntries(
    kinds.map((k) => [
      k,
      {
        turns: 0,
        elapsedMs: 0,
        errors: 0,
        replies: 0,
        replyBytes: 0,
        cpuMs: 0,
        latencies: [] as number[],
        roundRates: [] as number[],
        roundP99s: [] as number[],
      },
    ]),
  );
  try {
    const play = (kind: BotKind, prefix: string, conversations: number) =>
      runLoad({
        botUrl: bots[kind].url,
        serviceUrl: options.serviceUrl,
        connector: options.connector,
        conversations,
        concurrency: options.concurrency,
        script: scriptFor,
        idPrefix: `${kind}-${prefix}`,
      });

    for (const kind of kinds) {
      const warm = await play(kind, 'warmup', options.warmupConversations);
      totals[kind].errors += warm.errors; // a failure is a failure, timed or not
    }
    for (let round = 0; round < options.rounds; round++) {
      const order = round % 2 === 0 ? kinds : [...kinds].reverse();
      for (const kind of order) {
        const before = await bots[kind].stats();
        const result = await play(kind, `round${round}`, options.conversationsPerRound);
        const after = await bots[kind].stats();
        const t = totals[kind];
        t.turns += result.turns;
        t.elapsedMs += result.elapsedMs;
        t.errors += result.errors + (after.turnErrors - before.turnErrors);
        t.replies += result.replies;
        t.replyBytes += result.replyBytes;
        t.cpuMs += after.cpuMs - before.cpuMs;
        t.latencies.push(...result.latenciesMs);
        t.roundRates.push((result.turns / result.elapsedMs) * 1000);
        t.roundP99s.push(percentile(result.latenciesMs, 99));
        options.connector.reset();
      }
    }
    // Only the kinds measured are filled in.
    const figures = {} as Record<BotKind, ThroughputFigures>;
    for (const kind of kinds) {
      const t = totals[kind];
      const final = await bots[kind].stats();
      const storage = await bots[kind].storage();
      figures[kind] = {
        turns: t.turns,
        turnsPerSecond: (t.turns / t.elapsedMs) * 1000,
        p50Ms: percentile(t.latencies, 50),
        p99Ms: percentile(t.latencies, 99),
        errors: t.errors,
        repliesPerTurn: t.turns ? t.replies / t.turns : 0,
        replyBytesPerTurn: t.turns ? t.replyBytes / t.turns : 0,
        cpuMsPerTurn: t.turns ? t.cpuMs / t.turns : 0,
        rssBytes: final.rssBytes,
        roundRates: t.roundRates,
        roundP99s: t.roundP99s,
        largestRecordBytes: Math.max(0, ...storage.recordBytes),
      };
    }
    return figures;
  } finally {
    await Promise.all(kinds.map((k) => bots[k].stop()));
  }
}
