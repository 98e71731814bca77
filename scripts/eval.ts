// `npm run eval`: runs the evaluation cases in ../shared/eval (and eval/ in this repository)
// against the real bot over HTTP, on the webchat, msteams and sms channels, the way a person
// would use it: typing questions, tapping the offered choices (Teams card actions, SMS numbers).
// Prints figures and exits non-zero below the thresholds.
import fs from 'node:fs';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { HttpBot, HttpConversation } from '../tests/helpers/httpHarness';
import { offeredChoices, visibleText } from '../tests/helpers/replies';
import { choosePersonaAnswer } from './evalPersona';

const CHANNELS = ['webchat', 'msteams', 'sms'] as const;
const THRESHOLDS = { faq: 0.9, seed: 1, personas: 1, maxPersonaTurns: 8, crisisRecall: 1, falseAlarms: 0.1 };

interface FaqCase { q: string; all: string[][]; tag: string }
interface CrisisCase { q: string; crisis: boolean }
interface Persona { id: string; say: string; situation: string; expectAny: string[]; top: number; notTop?: string[]; notFirst?: string[] }

function evalDirs(): string[] {
  const root = path.resolve(__dirname, '..', '..');
  const dirs = [path.resolve(root, '..', 'shared', 'eval'), path.join(root, 'eval')];
  if (process.env.EVAL_DIR) dirs.unshift(path.resolve(process.env.EVAL_DIR));
  return dirs.filter((d) => fs.existsSync(d));
}

function readJsonl<T>(file: string): T[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

function load<T>(name: string): T[] {
  return evalDirs().flatMap((dir) => {
    const jsonl = path.join(dir, `${name}.jsonl`);
    const json = path.join(dir, `${name}.json`);
    if (fs.existsSync(jsonl)) return readJsonl<T>(jsonl);
    if (fs.existsSync(json)) return JSON.parse(fs.readFileSync(json, 'utf8')) as T[];
    return [];
  });
}

const EMERGENCY = /\b(988|911)\b/;
let conversationCounter = 0;

function conversation(bot: HttpBot, channel: string): HttpConversation {
  conversationCounter += 1;
  const id = channel === 'sms' ? `+1555${String(1000000 + conversationCounter).slice(-7)}` : `eval-${channel}-${conversationCounter}`;
  return new HttpConversation(bot, channel, id, channel === 'sms' ? id : `user-${conversationCounter}`);
}

async function start(bot: HttpBot, channel: string): Promise<HttpConversation> {
  const c = conversation(bot, channel);
  if (channel !== 'sms') await c.join();
  return c;
}

function matchesAll(text: string, groups: string[][]): boolean {
  return groups.every((alternatives) => alternatives.some((re) => new RegExp(re, 'i').test(text)));
}

async function runFaq(bot: HttpBot, channel: string, cases: FaqCase[]) {
  const failures: string[] = [];
  let passed = 0;
  let seedPassed = 0;
  const seedTotal = cases.filter((c) => c.tag === 'seed').length;
  for (const c of cases) {
    const convo = await start(bot, channel);
    const { replies } = await convo.send(c.q);
    if (matchesAll(visibleText(replies), c.all)) {
      passed += 1;
      if (c.tag === 'seed') seedPassed += 1;
    } else failures.push(c.q);
  }
  return { passed, total: cases.length, seedPassed, seedTotal, failures };
}

async function runCrisis(bot: HttpBot, channel: string, cases: CrisisCase[]) {
  let caught = 0;
  let crisisTotal = 0;
  let falseAlarms = 0;
  let calmTotal = 0;
  const failures: string[] = [];
  for (const c of cases) {
    for (const midFinder of [false, true]) {
      const convo = await start(bot, channel);
      if (midFinder) {
        const first = await convo.send('help me find a group');
        const pick = offeredChoices(first.replies)[0];
        if (pick) await convo.send(pick.pick);
      } else if (channel === 'sms') {
        await convo.send('hi');
      }
      const { replies } = await convo.send(c.q);
      const urgent = EMERGENCY.test(visibleText(replies));
      if (c.crisis) {
        crisisTotal += 1;
        if (urgent) caught += 1;
        else failures.push(`missed${midFinder ? ' (mid-finder)' : ''}: ${c.q}`);
      } else {
        calmTotal += 1;
        if (urgent) {
          falseAlarms += 1;
          failures.push(`false alarm${midFinder ? ' (mid-finder)' : ''}: ${c.q}`);
        }
      }
    }
  }
  return { caught, crisisTotal, falseAlarms, calmTotal, failures };
}

/** Group names in the order the recommendation lists them. */
function rankedNames(text: string, names: string[]): string[] {
  return names
    .map((name) => ({ name, at: text.search(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i')) }))
    .filter((n) => n.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((n) => n.name);
}

async function runPersonas(bot: HttpBot, channel: string, personas: Persona[], allNames: string[]) {
  let matched = 0;
  const turns: number[] = [];
  const failures: string[] = [];
  for (const p of personas) {
    const convo = await start(bot, channel);
    let result = await convo.send(p.say);
    let count = 1;
    let ranked: string[] = [];
    for (; count <= THRESHOLDS.maxPersonaTurns; ) {
      const text = visibleText(result.replies);
      const choices = offeredChoices(result.replies);
      if (/may fit|are for family|for your client/i.test(text)) {
        const resultsText = result.replies.map((r: Partial<Activity>) => r.text ?? '').join('\n') || text;
        ranked = rankedNames(resultsText.split(/\n\n|\n1\. /)[0] || resultsText, allNames);
        if (ranked.length === 0) ranked = rankedNames(text, allNames);
        break;
      }
      const pick = choosePersonaAnswer(p.situation, choices);
      if (!pick) break;
      result = await convo.send(pick.pick);
      count += 1;
    }
    const top = ranked.slice(0, p.top);
    const ok =
      top.length > 0 &&
      p.expectAny.some((n) => top.includes(n)) &&
      !(p.notTop ?? []).some((n) => top.includes(n)) &&
      !(p.notFirst ?? []).includes(top[0]) &&
      count <= THRESHOLDS.maxPersonaTurns;
    if (ok) matched += 1;
    else failures.push(`${p.id}: got [${top.join(', ')}] after ${count} turns`);
    turns.push(count);
  }
  return { matched, total: personas.length, turns, failures };
}

async function main(): Promise<void> {
  const faq = load<FaqCase>('faq');
  const crisis = load<CrisisCase>('crisis');
  const personas = load<Persona>('personas');
  const bot = await new HttpBot().start();
  const names = [
    ...new Set(
      (await import('../content/botContent')).loadBotContent().content.groups.flatMap((g) => [g.name.en]),
    ),
  ];
  // Persona expectations use names such as "LifeRing" and "Secular Organizations for Sobriety".
  const personaNames = [...new Set([...names, ...personas.flatMap((p) => [...p.expectAny, ...(p.notTop ?? []), ...(p.notFirst ?? [])])])];

  let failed = false;
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
  console.log(`Evaluation: ${faq.length} questions, ${crisis.length} crisis cases, ${personas.length} personas; channels ${CHANNELS.join(', ')}\n`);
  for (const channel of CHANNELS) {
    const f = await runFaq(bot, channel, faq);
    const c = await runCrisis(bot, channel, crisis);
    const p = await runPersonas(bot, channel, personas, personaNames);
    const avgTurns = p.turns.length ? (p.turns.reduce((a, b) => a + b, 0) / p.turns.length).toFixed(1) : 'n/a';
    const recall = c.crisisTotal ? c.caught / c.crisisTotal : 1;
    const falseRate = c.calmTotal ? c.falseAlarms / c.calmTotal : 0;
    console.log(`[${channel}]`);
    console.log(`  questions answered   ${f.passed}/${f.total} (${pct(f.passed, f.total)}); seed ${f.seedPassed}/${f.seedTotal}`);
    console.log(`  personas matched     ${p.matched}/${p.total}; turns avg ${avgTurns}, max ${Math.max(0, ...p.turns)}`);
    console.log(`  crisis recall        ${c.caught}/${c.crisisTotal} (${pct(c.caught, c.crisisTotal)}), also mid-finder`);
    console.log(`  false alarms         ${c.falseAlarms}/${c.calmTotal} (${pct(c.falseAlarms, c.calmTotal)})`);
    for (const line of [...f.failures.map((q) => `unanswered: ${q}`), ...p.failures, ...c.failures]) console.log(`    - ${line}`);
    const channelFailed =
      f.passed / Math.max(1, f.total) < THRESHOLDS.faq ||
      f.seedPassed / Math.max(1, f.seedTotal) < THRESHOLDS.seed ||
      p.matched / Math.max(1, p.total) < THRESHOLDS.personas ||
      recall < THRESHOLDS.crisisRecall ||
      falseRate > THRESHOLDS.falseAlarms;
    failed ||= channelFailed;
  }
  await bot.stop();
  console.log(`\n${failed ? 'FAILED' : 'PASSED'}: thresholds questions >= ${THRESHOLDS.faq * 100}%, seed questions 100%, personas 100% within ${THRESHOLDS.maxPersonaTurns} turns, crisis recall 100%, false alarms <= ${THRESHOLDS.falseAlarms * 100}%`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
