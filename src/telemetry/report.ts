// `npm run report`: the figures a program manager asks about, in plain text, from the bot's own
// /metrics page (Prometheus text). Pure: parse the page, then summarize it.

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? ([^ ]+)(?: \d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/** Reads Prometheus text exposition format (comments and blank lines skipped). */
export function parsePrometheus(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = LINE.exec(line.trim());
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(LABEL))
      labels[key] = value.replace(/\\(.)/g, (_m, c: string) => (c === 'n' ? '\n' : c));
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

function sum(samples: readonly Sample[], name: string, where: Record<string, string> = {}): number {
  return samples
    .filter((s) => s.name === name && Object.entries(where).every(([k, v]) => s.labels[k] === v))
    .reduce((t, s) => t + s.value, 0);
}

/** Totals of `name` grouped by one label, largest first. */
function by(samples: readonly Sample[], name: string, label: string, where: Record<string, string> = {}): [string, number][] {
  const totals = new Map<string, number>();
  for (const s of samples) {
    if (s.name !== name || !Object.entries(where).every(([k, v]) => s.labels[k] === v)) continue;
    const key = s.labels[label] ?? '';
    totals.set(key, (totals.get(key) ?? 0) + s.value);
  }
  return [...totals].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The upper bound of the bucket where the q-th share of turns falls (a histogram's estimate). */
function quantile(samples: readonly Sample[], name: string, q: number): string {
  const buckets = new Map<string, number>();
  for (const s of samples.filter((x) => x.name === `${name}_bucket`)) buckets.set(s.labels.le, (buckets.get(s.labels.le) ?? 0) + s.value);
  const ordered = [...buckets].sort((a, b) => (a[0] === '+Inf' ? 1 : b[0] === '+Inf' ? -1 : Number(a[0]) - Number(b[0])));
  const count = ordered.at(-1)?.[1] ?? 0;
  if (!count) return 'n/a';
  const bucket = ordered.find(([, n]) => n >= q * count)!;
  return bucket[0] === '+Inf' ? `> ${ordered.at(-2)?.[0] ?? '?'} ms` : `<= ${bucket[0]} ms`;
}

const pct = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : 'n/a');
const rows = (pairs: [string, number][], empty = '  (none)') => (pairs.length ? pairs.map(([k, n]) => `  ${k.padEnd(34)} ${n}`) : [empty]);

export function summarize(samples: readonly Sample[]): string {
  const turns = sum(samples, 'navigator_turns_total');
  const understood = sum(samples, 'navigator_intents_total');
  const clarified = sum(samples, 'navigator_clarifications_total');
  const missed = sum(samples, 'navigator_not_understood_total');
  const started = sum(samples, 'navigator_finder_steps_total', { step: 'started' });
  const completed = sum(samples, 'navigator_finder_steps_total', { step: 'completed' });
  const abandoned = sum(samples, 'navigator_finder_steps_total', { step: 'abandoned' });
  const searches = sum(samples, 'navigator_meeting_searches_total');
  const lines = [
    'Support Group Navigator: figures since the bot started (counts only; no words, ids or numbers of anyone)',
    '',
    `Turns: ${turns}   latency p50 ${quantile(samples, 'navigator_turn_duration', 0.5)}, p95 ${quantile(samples, 'navigator_turn_duration', 0.95)}`,
    ...rows(by(samples, 'navigator_turns_total', 'channel').map(([c, n]) => [`channel ${c}`, n])),
    ...rows(by(samples, 'navigator_turns_total', 'language').map(([c, n]) => [`language ${c}`, n])),
    '',
    `Understanding: ${understood} messages read as an intent; ${clarified} clarifying questions (${pct(clarified, turns)} of turns); ${missed} not understood (${pct(missed, turns)})`,
    ...rows(by(samples, 'navigator_intents_total', 'confidence').map(([c, n]) => [`confidence ${c}`, n])),
    'Most frequent intents:',
    ...rows(by(samples, 'navigator_intents_total', 'intent').slice(0, 10)),
    'Content gaps (likeliest readings of messages not understood or needing a question; add examples here):',
    ...rows(by(samples, 'navigator_content_gaps_total', 'intent', { rank: '1' }).slice(0, 10)),
    '',
    `Finder: ${started} started, ${completed} completed (${pct(completed, started)}), ${abandoned} abandoned (${pct(abandoned, started)})`,
    'Answers per question:',
    ...rows(by(samples, 'navigator_finder_steps_total', 'question', { step: 'answered' })),
    'Groups recommended:',
    ...rows(by(samples, 'navigator_recommendations_total', 'group').slice(0, 15)),
    '',
    `Crisis replies: ${sum(samples, 'navigator_crisis_replies_total')}`,
    ...rows(by(samples, 'navigator_crisis_replies_total', 'kind').map(([k, n]) => [`kind ${k}`, n])),
    ...rows(
      by(samples, 'navigator_crisis_replies_total', 'channel').map(([k, n]) => [`channel ${k}`, n]),
      '',
    ),
    '',
    `Meeting searches: ${searches}`,
    ...rows(by(samples, 'navigator_meeting_searches_total', 'outcome')),
    '',
    `Errors: ${sum(samples, 'navigator_errors_total')}`,
    ...rows(by(samples, 'navigator_errors_total', 'kind')),
  ];
  return lines.filter((line, i, all) => !(line === '' && all[i - 1] === '')).join('\n');
}
