// The benchmark's figures as Markdown: the machine, the date, each bot, and the project's
// figures as ratios to the echo baseline against the targets of issue 8.
import os from 'node:os';
import type { ColdStartFigures } from './coldStart';
import type { BotKind } from './protocol';
import type { StateFigures } from './stateSize';
import { mb, median } from './stats';
import { pairedRatios, type ThroughputFigures } from './throughput';

export interface BenchResults {
  date: Date;
  settings: string;
  throughput: Record<BotKind, ThroughputFigures>;
  coldStart?: Record<BotKind, ColdStartFigures>;
  startupPhases?: Record<string, number>;
  state?: Partial<Record<BotKind, StateFigures>>;
}

export interface TargetCheck {
  name: string;
  value: string;
  target: string;
  met: boolean;
}

export const STATE_LIMIT_BYTES = 4096;

export function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export function targetChecks(r: BenchResults): TargetCheck[] {
  const nav = r.throughput.navigator;
  const echo = r.throughput.echo;
  const ratio = (a: number, b: number) => (b ? a / b : 0);
  const rate = median(pairedRatios(nav.roundRates, echo.roundRates));
  const p99 = median(pairedRatios(nav.roundP99s, echo.roundP99s));
  const checks: TargetCheck[] = [
    {
      name: 'turns/s vs baseline (median of paired rounds)',
      value: `${rate.toFixed(2)}× (all turns: ${ratio(nav.turnsPerSecond, echo.turnsPerSecond).toFixed(2)}×)`,
      target: '≥ 0.70×',
      met: rate >= 0.7,
    },
    // p99 over all timed turns: a round's p99 rests on a dozen turns, too few to pair.
    {
      name: 'p99 latency vs baseline (all timed turns)',
      value: `${ratio(nav.p99Ms, echo.p99Ms).toFixed(2)}× (median of paired rounds: ${p99.toFixed(2)}×)`,
      target: '≤ 1.50×',
      met: ratio(nav.p99Ms, echo.p99Ms) <= 1.5,
    },
    { name: 'errors (both bots)', value: String(nav.errors + echo.errors), target: '0', met: nav.errors + echo.errors === 0 },
  ];
  if (r.coldStart) {
    const c = ratio(r.coldStart.navigator.firstReplyMs, r.coldStart.echo.firstReplyMs);
    checks.push({ name: 'cold start to first reply vs baseline', value: `${c.toFixed(2)}×`, target: '≤ 1.30×', met: c <= 1.3 });
  }
  const state = r.state?.navigator;
  if (state) {
    const largest = Math.max(state.recordMaxBytes, nav.largestRecordBytes);
    const perConversation = Math.max(largest, state.heapPerConversationBytes);
    checks.push({
      name: 'state per conversation (largest record; heap growth)',
      value: `${largest} B; ${Math.round(state.heapPerConversationBytes)} B`,
      target: '< 4 KB',
      met: perConversation < STATE_LIMIT_BYTES,
    });
    checks.push({ name: 'state run errors', value: String(state.errors), target: '0', met: state.errors === 0 });
  }
  return checks;
}

export function toMarkdown(r: BenchResults): string {
  const nav = r.throughput.navigator;
  const echo = r.throughput.echo;
  const x = (a: number, b: number) => (b ? `${(a / b).toFixed(2)}×` : '–');
  const lines: string[] = [
    '# Benchmark: the navigator against an echo bot',
    '',
    `Run with \`npm run bench\` on ${r.date.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    '',
    `- Machine: ${machine()}`,
    `- Load: ${r.settings}`,
    '- Both bots: botbuilder CloudAdapter + ConfigurationBotFrameworkAuthentication (no app id, as in local runs), restify 11 with bodyParser, MemoryStorage, each in its own process; replies go to a local fake connector. Latency is the time to the 200 from /api/messages, which CloudAdapter sends after the whole turn.',
    '- How it is measured, and what was changed for speed with what each change bought: [bench/README.md](README.md).',
    '',
    '## Under load',
    '',
    '| | navigator | echo baseline | navigator / baseline |',
    '|---|---|---|---|',
    `| turns per second | ${nav.turnsPerSecond.toFixed(0)} | ${echo.turnsPerSecond.toFixed(0)} | ${x(nav.turnsPerSecond, echo.turnsPerSecond)} |`,
    `| p50 latency | ${nav.p50Ms.toFixed(1)} ms | ${echo.p50Ms.toFixed(1)} ms | ${x(nav.p50Ms, echo.p50Ms)} |`,
    `| p99 latency | ${nav.p99Ms.toFixed(1)} ms | ${echo.p99Ms.toFixed(1)} ms | ${x(nav.p99Ms, echo.p99Ms)} |`,
    `| CPU per turn (bot process) | ${nav.cpuMsPerTurn.toFixed(2)} ms | ${echo.cpuMsPerTurn.toFixed(2)} ms | ${x(nav.cpuMsPerTurn, echo.cpuMsPerTurn)} |`,
    `| errors | ${nav.errors} | ${echo.errors} | |`,
    `| activities sent per turn | ${nav.repliesPerTurn.toFixed(2)} | ${echo.repliesPerTurn.toFixed(2)} | |`,
    `| reply bytes per turn | ${nav.replyBytesPerTurn.toFixed(0)} | ${echo.replyBytesPerTurn.toFixed(0)} | ${x(nav.replyBytesPerTurn, echo.replyBytesPerTurn)} |`,
    `| resident memory after load | ${mb(nav.rssBytes).toFixed(0)} MB | ${mb(echo.rssBytes).toFixed(0)} MB | ${x(nav.rssBytes, echo.rssBytes)} |`,
    `| largest stored record after the load | ${nav.largestRecordBytes} B | ${echo.largestRecordBytes} B | |`,
    `| turns timed | ${nav.turns} | ${echo.turns} | |`,
    `| turns/s per round | ${nav.roundRates.map((v) => v.toFixed(0)).join(', ')} | ${echo.roundRates.map((v) => v.toFixed(0)).join(', ')} | ${pairedRatios(
      nav.roundRates,
      echo.roundRates,
    )
      .map((v) => v.toFixed(2))
      .join(', ')} |`,
    `| p99 per round (ms) | ${nav.roundP99s.map((v) => v.toFixed(0)).join(', ')} | ${echo.roundP99s.map((v) => v.toFixed(0)).join(', ')} | ${pairedRatios(
      nav.roundP99s,
      echo.roundP99s,
    )
      .map((v) => v.toFixed(2))
      .join(', ')} |`,
  ];
  if (r.coldStart) {
    const c = r.coldStart;
    lines.push(
      '',
      '## Cold start',
      '',
      'Spawn the process, post one message ("what is smart recovery", webchat) as soon as it listens, time to the reply at the connector. Medians of alternating runs. The navigator loads the number/yes-no recognizers and the meeting-search models in idle time after listening (src/host/startup/idleWarmUp.ts), so they are not in these figures: no first turn needs the recognizers (they read answers to offered choices), and only a meeting search in the first seconds after a start would load the meeting models itself.',
      '',
      '| | navigator | echo baseline | navigator / baseline |',
      '|---|---|---|---|',
      `| spawn to first reply | ${c.navigator.firstReplyMs.toFixed(0)} ms | ${c.echo.firstReplyMs.toFixed(0)} ms | ${x(c.navigator.firstReplyMs, c.echo.firstReplyMs)} |`,
      `| spawn to listening | ${c.navigator.listeningMs.toFixed(0)} ms | ${c.echo.listeningMs.toFixed(0)} ms | ${x(c.navigator.listeningMs, c.echo.listeningMs)} |`,
      `| first turn (post to reply) | ${c.navigator.firstTurnMs.toFixed(0)} ms | ${c.echo.firstTurnMs.toFixed(0)} ms | ${x(c.navigator.firstTurnMs, c.echo.firstTurnMs)} |`,
      `| runs (spawn to reply, ms) | ${c.navigator.runs.map((v) => v.toFixed(0)).join(', ')} | ${c.echo.runs.map((v) => v.toFixed(0)).join(', ')} | |`,
    );
  }
  if (r.startupPhases) {
    lines.push('', "### Where the navigator's start-up goes (median ms)", '', '| phase | ms |', '|---|---|');
    for (const [phase, ms] of Object.entries(r.startupPhases)) lines.push(`| ${phase} | ${ms.toFixed(0)} |`);
  }
  if (r.state && Object.keys(r.state).length) {
    lines.push(
      '',
      '## Memory and stored state per conversation',
      '',
      '| | ' + Object.keys(r.state).join(' | ') + ' |',
      '|---|' +
        Object.keys(r.state)
          .map(() => '---|')
          .join(''),
    );
    const rows: [string, (s: StateFigures) => string][] = [
      ['conversations (welcome, "find a group", an answer)', (s) => String(s.conversations)],
      ['stored records', (s) => String(s.records)],
      ['record size, mean / p99 / max', (s) => `${s.recordMeanBytes.toFixed(0)} / ${s.recordP99Bytes} / ${s.recordMaxBytes} B`],
      ['key size, mean', (s) => `${s.keyMeanBytes.toFixed(0)} B`],
      ['heap growth per conversation (after GC)', (s) => `${s.heapPerConversationBytes.toFixed(0)} B`],
      ['resident growth per conversation (after GC)', (s) => `${s.rssPerConversationBytes.toFixed(0)} B`],
      ['resident memory after', (s) => `${mb(s.rssAfterBytes).toFixed(0)} MB`],
      ['errors', (s) => String(s.errors)],
    ];
    for (const [name, cell] of rows)
      lines.push(
        `| ${name} | ${Object.values(r.state)
          .map((s) => cell(s!))
          .join(' | ')} |`,
      );
  }
  lines.push('', '## Targets (issue 8)', '', '| target | value | goal | met |', '|---|---|---|---|');
  for (const c of targetChecks(r)) lines.push(`| ${c.name} | ${c.value} | ${c.target} | ${c.met ? 'yes' : 'NO'} |`);
  return `${lines.join('\n')}\n`;
}
