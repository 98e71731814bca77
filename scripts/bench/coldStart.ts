// Cold start to the first reply: spawn the bot, post one message the moment it listens, and time
// until that reply reaches the connector. Both bots, alternating, several runs; medians.
import { BotChild } from './botChild';
import type { CountingConnector } from './connector';
import { activityFor, postJson } from './load';
import type { BotKind } from './protocol';
import { median } from './stats';

export interface ColdStartFigures {
  /** Spawn to the reply at the connector. */
  firstReplyMs: number;
  /** Spawn to listening, as the parent sees it. */
  listeningMs: number;
  /** The first turn alone: post to reply. */
  firstTurnMs: number;
  runs: number[];
}

export async function measureColdStart(
  connector: CountingConnector,
  serviceUrl: string,
  runs: number,
  kinds: BotKind[] = ['navigator', 'echo'],
): Promise<Record<BotKind, ColdStartFigures>> {
  const samples = Object.fromEntries(kinds.map((k) => [k, { reply: [] as number[], listening: [] as number[], turn: [] as number[] }]));
  for (let run = 0; run < runs; run++) {
    for (const kind of run % 2 === 0 ? kinds : [...kinds].reverse()) {
      const conversationId = `cold-${kind}-${run}`;
      const started = performance.now();
      const bot = new BotChild(kind);
      try {
        await bot.ready();
        const listening = performance.now();
        const replied = connector.nextReplyTo(conversationId);
        const body = JSON.stringify(activityFor({ text: 'what is smart recovery' }, 'webchat', conversationId, run, serviceUrl));
        const status = await postJson(undefined, `${bot.url}/api/messages`, body);
        if (status !== 200) throw new Error(`${kind} answered ${status} to its first message`);
        const reply = await replied;
        samples[kind].reply.push(reply - started);
        samples[kind].listening.push(listening - started);
        samples[kind].turn.push(reply - listening);
      } finally {
        await bot.stop();
      }
    }
  }
  // Only the kinds measured are filled in.
  const figures = {} as Record<BotKind, ColdStartFigures>;
  for (const kind of kinds) {
    const s = samples[kind];
    figures[kind] = { firstReplyMs: median(s.reply), listeningMs: median(s.listening), firstTurnMs: median(s.turn), runs: s.reply };
  }
  return figures;
}

/** Where the project's bot spends its start-up (median of `runs` fresh processes), in ms. */
export async function measureStartupPhases(runs: number): Promise<Record<string, number>> {
  const samples: Record<string, number[]> = {};
  for (let run = 0; run < runs; run++) {
    const bot = new BotChild('navigator', { phases: true });
    try {
      await bot.ready();
      for (const [phase, ms] of Object.entries(bot.phases ?? {})) (samples[phase] ??= []).push(ms);
    } finally {
      await bot.stop();
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([phase, values]) => [phase, median(values)]));
}
