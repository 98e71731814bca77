// What telemetry costs: the navigator with telemetry on (every metric and span into in-memory
// exporters) against the same navigator with it off, in alternating rounds and cold starts,
// measured in the same run. `npm run bench -- --telemetry`.
import { measureColdStart } from './coldStart';
import type { CountingConnector } from './connector';
import { median } from './stats';
import { measureThroughput, pairedRatios } from './throughput';

export interface TelemetryCostSettings {
  rounds: number;
  conversationsPerRound: number;
  warmupConversations: number;
  concurrency: number;
  coldRuns: number;
}

/** Telemetry on may cost at most this much throughput, p99 and cold start (issue 19). */
export const TELEMETRY_BUDGET = 0.1;

export async function measureTelemetryCost(
  connector: CountingConnector,
  serviceUrl: string,
  s: TelemetryCostSettings,
): Promise<{ markdown: string; met: boolean; errors: number }> {
  const load = await measureThroughput({ connector, serviceUrl, ...s, kinds: ['navigator-telemetry', 'navigator'] });
  const cold = await measureColdStart(connector, serviceUrl, s.coldRuns, ['navigator-telemetry', 'navigator']);
  const on = load['navigator-telemetry'];
  const off = load.navigator;
  const rate = median(pairedRatios(on.roundRates, off.roundRates));
  const p99 = median(pairedRatios(on.roundP99s, off.roundP99s));
  const start = cold['navigator-telemetry'].firstReplyMs / cold.navigator.firstReplyMs;
  const rows = [
    {
      name: 'turns/s, on vs off (median of paired rounds)',
      value: rate,
      met: rate >= 1 - TELEMETRY_BUDGET,
      target: `≥ ${(1 - TELEMETRY_BUDGET).toFixed(2)}×`,
    },
    {
      name: 'p99 latency, on vs off (median of paired rounds)',
      value: p99,
      met: p99 <= 1 + TELEMETRY_BUDGET,
      target: `≤ ${(1 + TELEMETRY_BUDGET).toFixed(2)}×`,
    },
    {
      name: 'cold start to first reply, on vs off (medians)',
      value: start,
      met: start <= 1 + TELEMETRY_BUDGET,
      target: `≤ ${(1 + TELEMETRY_BUDGET).toFixed(2)}×`,
    },
  ];
  const markdown = [
    '## Telemetry cost (in-memory exporters on vs telemetry off)',
    '',
    '| | telemetry on | telemetry off |',
    '|---|---|---|',
    `| turns/s (all timed turns) | ${on.turnsPerSecond.toFixed(0)} | ${off.turnsPerSecond.toFixed(0)} |`,
    `| p50 / p99 latency (ms) | ${on.p50Ms.toFixed(1)} / ${on.p99Ms.toFixed(1)} | ${off.p50Ms.toFixed(1)} / ${off.p99Ms.toFixed(1)} |`,
    `| CPU per turn (ms) | ${on.cpuMsPerTurn.toFixed(2)} | ${off.cpuMsPerTurn.toFixed(2)} |`,
    `| cold start to first reply (ms, median) | ${cold['navigator-telemetry'].firstReplyMs.toFixed(0)} | ${cold.navigator.firstReplyMs.toFixed(0)} |`,
    `| errors | ${on.errors} | ${off.errors} |`,
    '',
    '| target | value | goal | met |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.name} | ${r.value.toFixed(2)}× | ${r.target} | ${r.met ? 'yes' : 'NO'} |`),
  ].join('\n');
  return { markdown, met: rows.every((r) => r.met), errors: on.errors + off.errors };
}
