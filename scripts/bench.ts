// `npm run bench`: the navigator and an echo bot side by side, in the same run, on this machine.
// Prints turns per second, p50/p99 latency, errors, CPU and memory per bot under the same load,
// cold start to first reply, memory and stored state per conversation, and writes
// bench/RESULTS.md. Not a test: it never fails on time. It exits non-zero only when a bot
// failed turns (errors), which a smoke run in CI should catch.
//
//   npm run bench                 full run, writes bench/RESULTS.md
//   npm run bench -- --smoke      a few hundred turns, prints only (CI)
//   npm run bench -- --profile    also writes CPU profiles of both bots under load and summarizes them
//   npm run bench -- --load-only  only the side-by-side load (with --profile: where the CPU goes); prints only
//   npm run bench -- --telemetry  only what telemetry costs: the navigator with in-memory exporters vs off
//   npm run bench -- --meetings-scale  only the meeting search over 50,000 meetings in 15 local feeds; prints only
//   npm run bench -- --meetings-scale --profile  also a CPU profile of the bot during the meeting-search turns, by step
import fs from 'node:fs';
import path from 'node:path';
import { measureColdStart, measureStartupPhases } from './bench/coldStart';
import { measureMeetingScale, meetingScaleMarkdown, type MeetingScaleFigures } from './bench/meetingsScale';
import { CountingConnector } from './bench/connector';
import { formatSummary, inclusiveTimes, summarizeProfile } from './bench/profileSummary';
import { targetChecks, toMarkdown, type BenchResults } from './bench/report';
import { TURNS_PER_CONVERSATION } from './bench/scenarios';
import { measureState } from './bench/stateSize';
import { measureTelemetryCost } from './bench/telemetryCost';
import { measureThroughput } from './bench/throughput';

const args = new Set(process.argv.slice(2));
const smoke = args.has('--smoke');
const profile = args.has('--profile');
const loadOnly = args.has('--load-only');
const telemetryOnly = args.has('--telemetry');
const meetingsScaleOnly = args.has('--meetings-scale');
/** The meeting-scale part: the full run includes it; the smoke run does not (it takes a minute or two). */
const MEETING_SCALE = { meetings: 50_000, feeds: 15, searchTurns: 300, searchesPerKind: 200, concurrency: 4 };

const SETTINGS = smoke
  ? { rounds: 1, conversationsPerRound: 60, warmupConversations: 10, concurrency: 16, coldRuns: 1, phaseRuns: 0, stateConversations: 100 }
  : {
      rounds: 8,
      conversationsPerRound: 250,
      warmupConversations: 300,
      concurrency: 32,
      coldRuns: 7,
      phaseRuns: 5,
      stateConversations: 10_000,
    };

const ROOT = path.resolve(__dirname, '..', '..');
const PROFILE_DIR = path.join(ROOT, 'bench', 'tmp', 'profiles');

async function main(): Promise<void> {
  const connector = new CountingConnector();
  const serviceUrl = await connector.start();
  const s = SETTINGS;
  const settings = `${s.rounds} alternating rounds × ${s.conversationsPerRound} conversations × ${TURNS_PER_CONVERSATION} turns per bot, ${s.concurrency} turns in flight, keep-alive; warm-up of ${s.warmupConversations} conversations not timed`;
  console.log(`bench${smoke ? ' (smoke)' : ''}: ${settings}`);
  try {
    if (telemetryOnly) {
      const cost = await measureTelemetryCost(connector, serviceUrl, s);
      console.log(`\n${cost.markdown}`);
      // Figures, not a timed test: only failed turns fail the run.
      if (cost.errors) process.exitCode = 1;
      return;
    }
    if (meetingsScaleOnly) {
      const profileFile = profile ? path.join(PROFILE_DIR, 'meetings-scale', 'search-turns.cpuprofile') : undefined;
      const figures = await measureMeetingScale({ connector, serviceUrl, ...MEETING_SCALE, profileFile });
      console.log(meetingScaleMarkdown(figures));
      if (profileFile) printSearchTurnProfile(profileFile);
      if (figures.errors) process.exitCode = 1;
      return;
    }
    if (profile) fs.rmSync(PROFILE_DIR, { recursive: true, force: true });
    const nodeFlags = (kind: string) => (profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(PROFILE_DIR, kind)}`] : []);
    const throughput = await measureThroughput({ connector, serviceUrl, ...s, nodeFlags });
    console.log('under load: done');
    const results: BenchResults = { date: new Date(), settings, throughput };
    if (!loadOnly) {
      results.coldStart = await measureColdStart(connector, serviceUrl, s.coldRuns);
      console.log('cold start: done');
      results.startupPhases = s.phaseRuns ? await measureStartupPhases(s.phaseRuns) : undefined;
      results.state = {
        navigator: await measureState('navigator', connector, serviceUrl, s.stateConversations, s.concurrency),
        echo: await measureState('echo', connector, serviceUrl, s.stateConversations, s.concurrency),
      };
      console.log('state: done');
    }
    let meetingScale: MeetingScaleFigures | undefined;
    if (!smoke && !loadOnly) {
      meetingScale = await measureMeetingScale({ connector, serviceUrl, ...MEETING_SCALE });
      console.log('meeting search at scale: done\n');
    }

    const markdown = toMarkdown(results) + (meetingScale ? `\n${meetingScaleMarkdown(meetingScale)}` : '');
    console.log(markdown);
    if (smoke) console.log('(smoke run: too short for the figures to mean much; it checks that both bots answer every turn)');
    if (!smoke && !loadOnly) {
      fs.mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
      fs.writeFileSync(path.join(ROOT, 'bench', 'RESULTS.md'), markdown);
      console.log('written to bench/RESULTS.md');
    }
    if (profile) printProfiles();

    const errors = targetChecks(results).filter((c) => c.name.includes('errors') && !c.met);
    if (meetingScale?.errors) errors.push({ name: 'meeting-scale errors', value: String(meetingScale.errors), target: '0', met: false });
    if (errors.length) {
      console.error(`bench: turns failed (${errors.map((c) => `${c.name}: ${c.value}`).join('; ')})`);
      process.exitCode = 1;
    }
  } finally {
    await connector.stop();
  }
}

/** One profile per bot process under load, in bench/tmp/profiles/<bot>/ (open them in Chrome DevTools). */
function printProfiles(): void {
  for (const kind of ['navigator', 'echo']) {
    const dir = path.join(PROFILE_DIR, kind);
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
      console.log(`\n${formatSummary(`${kind} (${path.relative(ROOT, path.join(dir, file))})`, summarizeProfile(path.join(dir, file)))}`);
    }
  }
}

/** Where the meeting-search turns' time went: each step's total (with what it calls), then by package and function. */
function printSearchTurnProfile(file: string): void {
  const steps = inclusiveTimes(file, SEARCH_TURN_STEPS);
  const pct = (ms: number) => `${((ms / steps.busyMs) * 100).toFixed(1)}%`.padStart(6);
  console.log(`\nmeeting-search turns (${path.relative(ROOT, file)}): ${steps.busyMs.toFixed(0)} ms busy; by step, with what each calls:`);
  for (const [label, ms] of steps.byStep) console.log(`  ${pct(ms)}  ${ms.toFixed(0).padStart(6)} ms  ${label}`);
  console.log(`\n${formatSummary('self time', summarizeProfile(file, 25))}`);
}

/** The steps of a meeting-search turn, by the functions that run them (the names as compiled into dist). */
const SEARCH_TURN_STEPS: Record<string, string[]> = {
  'the whole turn in the bot (decide, render, state, send)': ['runTurn'],
  'decide (handleMessage)': ['handleMessage'],
  '  crisis screen (detectCrisis)': ['detectCrisis'],
  '  language (followWrittenLanguage)': ['followWrittenLanguage'],
  '  offered choice (pickedChoice)': ['pickedChoice'],
  '  meeting search? (looksLikeMeetingSearch)': ['looksLikeMeetingSearch'],
  '  parse the query (parseMeetingQuery)': ['parseMeetingQuery'],
  '    group names (groupsNamed)': ['groupsNamed'],
  '    date-time (recognizeWhen)': ['recognizeWhen'],
  '    place (placeIn)': ['placeIn'],
  '  search and reply (showMeetingResults)': ['showMeetingResults'],
  '    the search (searchMeetings)': ['searchMeetings'],
  '    results in words (meetingItem)': ['meetingItem'],
  '  intent model (readingOf)': ['readingOf'],
  '  typo-tolerant lookup (search)': ['search'],
  'render (renderReply)': ['renderReply'],
  'state load and save': ['loadForUpdate', 'save'],
  'send (sendActivities)': ['sendActivities'],
  'HTTP in (processActivity / process)': ['process'],
  'garbage collector': ['(garbage collector)'],
};

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
