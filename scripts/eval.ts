// `npm run eval`: runs the evaluation cases in eval/base and eval/ (see eval/README.md)
// against the real bot over HTTP, on the webchat, msteams and sms channels, the way a person
// would use it: typing questions, tapping the offered choices (Teams card actions, SMS numbers).
// The Spanish cases (an `es/` folder beside the English ones) run the same way, with the locale
// es-US on webchat and msteams and with Spanish text alone on sms, and are reported separately.
// Prints figures and exits non-zero below the thresholds.
import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '../content/schema';
import type { Activity } from 'botbuilder';
import { HttpBot, HttpConversation } from '../tests/helpers/httpHarness';
import { offeredChoices, visibleText } from '../tests/helpers/replies';
import { choosePersonaAnswer } from './evalPersona';
import { runNluEval } from './evalNlu';
import { countSegments } from '../src/render/gsm7';
import { SMS_SEGMENT_BUDGET } from '../src/render/sms';
import { defaultFrozenCrisisFile, FROZEN_THRESHOLDS, loadFrozenCrisis } from './eval/crisisFrozen';

const CHANNELS = ['webchat', 'msteams', 'sms'] as const;
// smsWithinBudget: the share of ordinary (non-crisis) SMS turns that cost one message of at most
// SMS_SEGMENT_BUDGET segments (issue 18); crisis help is sent whole and is not counted.
const THRESHOLDS = { faq: 0.9, seed: 1, personas: 1, maxPersonaTurns: 8, crisisRecall: 1, falseAlarms: 0.1, smsWithinBudget: 1 };

/** One language's cases and how a person speaking it starts a conversation. */
interface EvalLanguage {
  name: string;
  locale: Locale;
  /** Folder under each evaluation directory ('' for the English cases at its top). */
  folder: string;
  /** The locale Web Chat and Teams send; SMS sends none. */
  channelLocale?: string;
  /** What a person texts first on SMS, and how they ask for the finder. */
  hello: string;
  findGroup: string;
  /** The line that introduces the finder's recommendations. */
  results: RegExp;
  thresholds: typeof THRESHOLDS;
}

const LANGUAGES: EvalLanguage[] = [
  {
    name: 'English',
    locale: 'en',
    folder: '',
    hello: 'hi',
    findGroup: 'help me find a group',
    results: /may fit|are for family|for your client/i,
    thresholds: THRESHOLDS,
  },
  {
    name: 'Spanish',
    locale: 'es',
    folder: 'es',
    channelLocale: 'es-US',
    hello: 'hola',
    findGroup: 'ayúdame a encontrar un grupo',
    results: /pueden servirte|para familiares y amigos como tú|para tu cliente/i,
    // Held-out Spanish questions: at least 85% (issue 10); everything else as strict as English.
    thresholds: { ...THRESHOLDS, faq: 0.85, seed: 0 },
  },
];

interface FaqCase {
  q: string;
  all: string[][];
  tag: string;
}
interface CrisisCase {
  q: string;
  crisis: boolean;
}
interface Persona {
  id: string;
  say: string;
  situation: string;
  expectAny: string[];
  top: number;
  notTop?: string[];
  notFirst?: string[];
}

function evalDirs(): string[] {
  const root = path.resolve(__dirname, '..', '..');
  const dirs = [path.join(root, 'eval', 'base'), path.join(root, 'eval')];
  if (process.env.EVAL_DIR) dirs.unshift(path.resolve(process.env.EVAL_DIR));
  return dirs.filter((d) => fs.existsSync(d));
}

function readJsonl<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function load<T>(name: string, folder = ''): T[] {
  return evalDirs()
    .map((dir) => path.join(dir, folder))
    .flatMap((dir) => {
      const jsonl = path.join(dir, `${name}.jsonl`);
      const json = path.join(dir, `${name}.json`);
      if (fs.existsSync(jsonl)) return readJsonl<T>(jsonl);
      if (fs.existsSync(json)) return JSON.parse(fs.readFileSync(json, 'utf8')) as T[];
      return [];
    });
}

const EMERGENCY = /\b(988|911)\b/;
let conversationCounter = 0;

/** What each SMS turn cost: messages, and segments as carriers bill them. Crisis turns apart. */
interface SmsTurnCost {
  messages: number;
  segments: number;
  crisis: boolean;
  sent: string;
}
let smsTurns: SmsTurnCost[] = [];

function conversation(bot: HttpBot, channel: string, lang: EvalLanguage): HttpConversation {
  conversationCounter += 1;
  const id = channel === 'sms' ? `+1555${String(1000000 + conversationCounter).slice(-7)}` : `eval-${channel}-${conversationCounter}`;
  const locale = channel === 'sms' ? undefined : lang.channelLocale;
  const c = new HttpConversation(bot, channel, id, channel === 'sms' ? id : `user-${conversationCounter}`, locale);
  if (channel === 'sms') {
    const send = c.send.bind(c);
    c.send = async (input) => {
      const result = await send(input);
      const texts = result.replies.map((r: Partial<Activity>) => r.text ?? '');
      const sent = typeof input === 'string' ? input : (input.text ?? '');
      smsTurns.push({
        messages: texts.length,
        segments: texts.reduce((sum: number, t: string) => sum + countSegments(t).segments, 0),
        crisis: EMERGENCY.test(texts.join('\n')),
        sent,
      });
      return result;
    };
  }
  return c;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : 0;
}

/** Segments per SMS turn; the aim (issue 18) is one message of at most 2 segments for ordinary turns. */
const withinBudget = (t: SmsTurnCost) => t.messages === 1 && t.segments <= SMS_SEGMENT_BUDGET;

function smsCostLines(turns: SmsTurnCost[]): string[] {
  const ordinary = turns.filter((t) => !t.crisis);
  const crisis = turns.filter((t) => t.crisis);
  const within = ordinary.filter(withinBudget).length;
  return [
    `  sms cost per turn    ordinary ${ordinary.length}: messages median ${median(ordinary.map((t) => t.messages))}, max ${Math.max(0, ...ordinary.map((t) => t.messages))}; segments median ${median(ordinary.map((t) => t.segments))}, max ${Math.max(0, ...ordinary.map((t) => t.segments))}; one message of <= ${SMS_SEGMENT_BUDGET} segments ${within}/${ordinary.length}`,
    `                       crisis ${crisis.length}: segments median ${median(crisis.map((t) => t.segments))}, max ${Math.max(0, ...crisis.map((t) => t.segments))}`,
  ];
}

async function start(bot: HttpBot, channel: string, lang: EvalLanguage): Promise<HttpConversation> {
  const c = conversation(bot, channel, lang);
  if (channel !== 'sms') await c.join();
  return c;
}

function matchesAll(text: string, groups: string[][], channel: string): boolean {
  const read = readAs(channel);
  return groups.every((alternatives) => alternatives.some((re) => new RegExp(read(re), 'i').test(read(text))));
}

/**
 * SMS shows Spanish without the accents GSM-7 lacks ("Alcoholicos Anonimos", see
 * src/render/gsm7.ts foldToGsm), so on SMS answers are read, and names found, the same way.
 */
function readAs(channel: string): (value: string) => string {
  return channel === 'sms' ? (value) => value.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : (value) => value;
}

/** An SMS reply that holds something back ends by offering MORE (MÁS): the rest is a reply away. */
const OFFERS_MORE = /^(?:Reply|Responde) (?:MORE|MAS)\b/im;
const MAX_MORE = 16;

/** What a person reads for a question: the reply, and on SMS every page MORE brings. */
async function readAnswer(convo: HttpConversation, question: string, lang: EvalLanguage): Promise<{ text: string; first: string }> {
  const { replies } = await convo.send(question);
  const first = visibleText(replies);
  let text = first;
  let last = first;
  for (let i = 0; i < MAX_MORE && OFFERS_MORE.test(last); i += 1) {
    last = visibleText((await convo.send(lang.locale === 'es' ? 'más' : 'more')).replies);
    text += `\n${last}`;
  }
  return { text, first };
}

async function runFaq(bot: HttpBot, channel: string, cases: FaqCase[], lang: EvalLanguage) {
  const failures: string[] = [];
  let passed = 0;
  let firstPassed = 0;
  let seedPassed = 0;
  const seedTotal = cases.filter((c) => c.tag === 'seed').length;
  for (const c of cases) {
    const convo = await start(bot, channel, lang);
    const { text, first } = await readAnswer(convo, c.q, lang);
    if (matchesAll(first, c.all, channel)) firstPassed += 1;
    if (matchesAll(text, c.all, channel)) {
      passed += 1;
      if (c.tag === 'seed') seedPassed += 1;
    } else failures.push(c.q);
  }
  return { passed, firstPassed, total: cases.length, seedPassed, seedTotal, failures };
}

async function runCrisis(bot: HttpBot, channel: string, cases: CrisisCase[], lang: EvalLanguage) {
  let caught = 0;
  let crisisTotal = 0;
  let falseAlarms = 0;
  let calmTotal = 0;
  const failures: string[] = [];
  for (const c of cases) {
    for (const midFinder of [false, true]) {
      const convo = await start(bot, channel, lang);
      if (midFinder) {
        const first = await convo.send(lang.findGroup);
        const pick = offeredChoices(first.replies)[0];
        if (pick) await convo.send(pick.pick);
      } else if (channel === 'sms') {
        await convo.send(lang.hello);
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

async function runPersonas(bot: HttpBot, channel: string, personas: Persona[], allNames: string[], lang: EvalLanguage) {
  let matched = 0;
  const turns: number[] = [];
  const failures: string[] = [];
  for (const p of personas) {
    const convo = await start(bot, channel, lang);
    let result = await convo.send(p.say);
    let count = 1;
    let ranked: string[] = [];
    const read = readAs(channel);
    for (; count <= THRESHOLDS.maxPersonaTurns;) {
      const text = read(visibleText(result.replies));
      const choices = offeredChoices(result.replies);
      if (new RegExp(read(lang.results.source), 'i').test(text)) {
        const resultsText = read(result.replies.map((r: Partial<Activity>) => r.text ?? '').join('\n')) || text;
        const names = allNames.map(read);
        // The groups as listed, one a line ("- Name: why it fits"): a line may name another group in passing.
        const listed = [...resultsText.matchAll(/^- ([^:\n]+)/gm)].map((m) => m[1]).join('\n');
        ranked = rankedNames(listed || resultsText.split(/\n\n|\n1\. |\n(?:Reply|Responde) 1 /)[0] || resultsText, names);
        if (ranked.length === 0) ranked = rankedNames(text, names);
        break;
      }
      const pick = choosePersonaAnswer(p.situation, choices, lang.locale, text);
      if (!pick) break;
      result = await convo.send(pick.pick);
      count += 1;
    }
    const top = ranked.slice(0, p.top);
    const ok =
      top.length > 0 &&
      p.expectAny.some((n) => top.includes(read(n))) &&
      !(p.notTop ?? []).some((n) => top.includes(read(n))) &&
      !(p.notFirst ?? []).map(read).includes(top[0]) &&
      count <= THRESHOLDS.maxPersonaTurns;
    if (ok) matched += 1;
    else failures.push(`${p.id}: got [${top.join(', ')}] after ${count} turns`);
    turns.push(count);
  }
  return { matched, total: personas.length, turns, failures };
}

async function main(): Promise<void> {
  // The intent model on its own first: cross-validation, and the frozen test set when present.
  const nluOk = runNluEval();
  const bot = await new HttpBot().start();
  const groups = (await import('../content/botContent')).loadBotContent().content.groups;
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
  let failed = !nluOk;
  const summary: string[] = [
    `Understanding: cross-validation accuracy and frozen-set accuracy at least scripts/evalNlu.ts NLU_THRESHOLDS${nluOk ? '' : ' (FAILED)'}`,
  ];

  for (const lang of LANGUAGES) {
    const faq = load<FaqCase>('faq', lang.folder);
    const crisis = load<CrisisCase>('crisis', lang.folder);
    const personas = load<Persona>('personas', lang.folder);
    if (!faq.length && !crisis.length && !personas.length) continue;
    const t = lang.thresholds;
    // Recommendations are read by the names shown in that language.
    const names = [...new Set(groups.map((g) => (lang.locale === 'es' && g.name.es) || g.name.en))];
    // Persona expectations use names such as "LifeRing" and "Secular Organizations for Sobriety".
    const personaNames = [...new Set([...names, ...personas.flatMap((p) => [...p.expectAny, ...(p.notTop ?? []), ...(p.notFirst ?? [])])])];

    console.log(
      `${lang.name} evaluation: ${faq.length} questions, ${crisis.length} crisis cases, ${personas.length} personas; channels ${CHANNELS.join(', ')}${lang.channelLocale ? ` (locale ${lang.channelLocale} on webchat and msteams, none on sms)` : ''}\n`,
    );
    for (const channel of CHANNELS) {
      smsTurns = [];
      const f = await runFaq(bot, channel, faq, lang);
      const c = await runCrisis(bot, channel, crisis, lang);
      const p = await runPersonas(bot, channel, personas, personaNames, lang);
      const avgTurns = p.turns.length ? (p.turns.reduce((a, b) => a + b, 0) / p.turns.length).toFixed(1) : 'n/a';
      const recall = c.crisisTotal ? c.caught / c.crisisTotal : 1;
      const falseRate = c.calmTotal ? c.falseAlarms / c.calmTotal : 0;
      console.log(`[${lang.name}, ${channel}]`);
      console.log(
        `  questions answered   ${f.passed}/${f.total} (${pct(f.passed, f.total)}); seed ${f.seedPassed}/${f.seedTotal}${channel === 'sms' ? `; in the first message ${f.firstPassed}/${f.total}, the rest after MORE` : ''}`,
      );
      console.log(`  personas matched     ${p.matched}/${p.total}; turns avg ${avgTurns}, max ${Math.max(0, ...p.turns)}`);
      console.log(`  crisis recall        ${c.caught}/${c.crisisTotal} (${pct(c.caught, c.crisisTotal)}), also mid-finder`);
      console.log(`  false alarms         ${c.falseAlarms}/${c.calmTotal} (${pct(c.falseAlarms, c.calmTotal)})`);
      const ordinary = smsTurns.filter((t) => !t.crisis);
      const overBudget = ordinary.filter((t) => !withinBudget(t));
      if (channel === 'sms') for (const line of smsCostLines(smsTurns)) console.log(line);
      const budgetFailures = overBudget.map((t) => `over the sms budget (${t.messages} messages, ${t.segments} segments): ${t.sent}`);
      for (const line of [...f.failures.map((q) => `unanswered: ${q}`), ...p.failures, ...c.failures, ...budgetFailures])
        console.log(`    - ${line}`);
      const channelFailed =
        f.passed / Math.max(1, f.total) < t.faq ||
        f.seedPassed / Math.max(1, f.seedTotal) < t.seed ||
        p.matched / Math.max(1, p.total) < t.personas ||
        recall < t.crisisRecall ||
        falseRate > t.falseAlarms ||
        (channel === 'sms' && ordinary.length > 0 && (ordinary.length - overBudget.length) / ordinary.length < t.smsWithinBudget);
      failed ||= channelFailed;
    }
    summary.push(
      `${lang.name}: questions >= ${t.faq * 100}%${t.seed ? ', seed questions 100%' : ''}, personas ${t.personas * 100}% within ${t.maxPersonaTurns} turns, crisis recall ${t.crisisRecall * 100}%, false alarms <= ${t.falseAlarms * 100}%, sms turns within ${SMS_SEGMENT_BUDGET} segments ${t.smsWithinBudget * 100}%`,
    );
    console.log('');
  }
  // The frozen crisis file as people read it: a reply holding 988 or 911 counts as the emergency
  // reply, whichever part of the bot wrote it (a topic's answer can too). Counts only (see crisisFrozen.ts).
  const frozenCases = loadFrozenCrisis(defaultFrozenCrisisFile());
  if (frozenCases) {
    console.log(
      `Frozen crisis file over HTTP (${frozenCases.length} messages; first message and mid-finder; a reply with 988 or 911 is the emergency reply):`,
    );
    for (const channel of CHANNELS) {
      let caught = 0;
      let crisisTotal = 0;
      let falseAlarms = 0;
      let calmTotal = 0;
      for (const lang of LANGUAGES) {
        const cases = frozenCases.filter((c) => c.lang === lang.locale).map((c) => ({ q: c.q, crisis: c.crisis }));
        const r = await runCrisis(bot, channel, cases, lang);
        caught += r.caught;
        crisisTotal += r.crisisTotal;
        falseAlarms += r.falseAlarms;
        calmTotal += r.calmTotal;
      }
      const ok =
        caught / Math.max(1, crisisTotal) >= FROZEN_THRESHOLDS.recall &&
        falseAlarms / Math.max(1, calmTotal) <= FROZEN_THRESHOLDS.falseAlarms;
      console.log(
        `  ${channel.padEnd(8)} recall ${caught}/${crisisTotal} (${pct(caught, crisisTotal)}), false alarms ${falseAlarms}/${calmTotal} (${pct(falseAlarms, calmTotal)})${ok ? '' : ' FAILED'}`,
      );
      failed ||= !ok;
    }
    console.log('');
  }
  await bot.stop();
  // Issue 16: crisis rules alone and with the learned check, on the dev split and the frozen file.
  const { devSplitSection, everydayAlarmsSection, frozenCrisisSection } = await import('./eval/crisisFrozen');
  const frozen = frozenCrisisSection();
  console.log([...devSplitSection(), ...frozen.lines, ...everydayAlarmsSection(), ''].join('\n'));
  failed ||= !frozen.ok;
  console.log(`${failed ? 'FAILED' : 'PASSED'}: thresholds\n  ${summary.join('\n  ')}`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
