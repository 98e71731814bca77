// The crisis part of `npm run eval` for issue 16: recall and false alarms of (a) the crisis rules
// alone and (b) the rules with the learned check after them, on
//   - the dev split of content/data/crisis-examples (a model trained on the rest), and
//   - eval/crisis/frozen.jsonl, messages written fresh that no rule or example was written from
//     (one JSON object a line: {"q", "crisis": true|false, "kind"?, "lang", "style"?}).
// The frozen file is never used to choose anything, so its section prints counts only, never the
// messages missed (reading them invites fitting the model to them); when it is absent the
// section says so and passes. Below the floor (the figures measured when the check was added),
// the eval fails; the target is what issue 16 asks of held-out messages.
import fs from 'node:fs';
import path from 'node:path';
import { loadCrisisExamples } from '../../content/crisisExamplesSchema';
import { defaultContentDir, repoRoot } from '../../content/load';
import { detectCrisis, learnedCrisisCheck, type CrisisModel } from '../../src/safety';
import { loadBotContentFast } from '../../content/snapshot';
import { splitExamples } from '../../src/safety/learned/devSplit';
import { domainExamples } from '../../src/safety/learned/domainExamples';
import { CrisisModel as Model, trainCrisisModel } from '../../src/safety/learned/model';
import { loadCrisisModel } from '../../src/host/startup/crisisModel';
import { type Locale, LOCALES } from '../../content/schema';

/** Below this the eval fails: a regression floor, not the goal. */
export const FROZEN_THRESHOLDS = { recall: 0.97, falseAlarms: 0.09 };
/** The goal for messages the project never saw (issue 16); printed beside the figures. */
export const FROZEN_TARGET = { recall: 0.98, falseAlarms: 0.1 };

export interface FrozenCrisisCase {
  q: string;
  crisis: boolean;
  kind?: string;
  lang: Locale;
  style?: string;
}

export interface CrisisFigures {
  caught: number;
  crisisTotal: number;
  falseAlarms: number;
  calmTotal: number;
  misses: string[];
  alarms: string[];
}

export function defaultFrozenCrisisFile(): string {
  return path.join(repoRoot(), 'eval', 'crisis', 'frozen.jsonl');
}

/** The cases, or undefined when the file does not exist. A malformed line is an error naming it. */
export function loadFrozenCrisis(file: string): FrozenCrisisCase[] | undefined {
  if (!fs.existsSync(file)) return undefined;
  const cases: FrozenCrisisCase[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let parsed: Partial<FrozenCrisisCase>;
      try {
        parsed = JSON.parse(line) as Partial<FrozenCrisisCase>;
      } catch {
        throw new Error(`${file}:${i + 1}: not JSON`);
      }
      if (typeof parsed.q !== 'string' || typeof parsed.crisis !== 'boolean') throw new Error(`${file}:${i + 1}: needs "q" (text) and "crisis" (true or false)`);
      cases.push({ q: parsed.q, crisis: parsed.crisis, kind: parsed.kind, lang: parsed.lang === 'es' ? 'es' : 'en', style: parsed.style });
    });
  return cases;
}

export function scoreCrisis(cases: readonly { text: string; crisis: boolean }[], isCrisis: (text: string) => boolean): CrisisFigures {
  const figures: CrisisFigures = { caught: 0, crisisTotal: 0, falseAlarms: 0, calmTotal: 0, misses: [], alarms: [] };
  for (const c of cases) {
    const hit = isCrisis(c.text);
    if (c.crisis) {
      figures.crisisTotal += 1;
      if (hit) figures.caught += 1;
      else figures.misses.push(c.text);
    } else {
      figures.calmTotal += 1;
      if (hit) {
        figures.falseAlarms += 1;
        figures.alarms.push(c.text);
      }
    }
  }
  return figures;
}

const rulesOnly = (text: string) => detectCrisis(text) !== null;
const rulesThenModel = (model: CrisisModel) => (text: string) => detectCrisis(text) !== null || learnedCrisisCheck(model, text) !== null;

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');

function figureLines(label: string, f: CrisisFigures): string[] {
  return [`  ${label.padEnd(22)} recall ${f.caught}/${f.crisisTotal} (${pct(f.caught, f.crisisTotal)}), false alarms ${f.falseAlarms}/${f.calmTotal} (${pct(f.falseAlarms, f.calmTotal)})`];
}

/** Rules alone and rules + learned on the dev split of the examples, with a model trained on the rest. */
export function devSplitSection(dataDir = defaultContentDir()): string[] {
  const examples = loadCrisisExamples(dataDir);
  const { train, dev } = splitExamples(examples);
  const saved = loadCrisisModel(dataDir).model;
  const domain = domainExamples(loadBotContentFast(dataDir), examples, rulesOnly);
  const model = new Model(trainCrisisModel([...train, ...domain], saved.threshold));
  // False alarms counted on messages that share words with a crisis, as the threshold's limit is.
  const cases = dev.filter((e) => !e.everyday).map((e) => ({ text: e.text, crisis: e.kind !== 'none' }));
  const everyday = dev.filter((e) => e.everyday).map((e) => ({ text: e.text, crisis: false }));
  const everydayAlarms = scoreCrisis(everyday, rulesThenModel(model)).falseAlarms;
  return [
    `Crisis examples, dev split (${dev.length} messages; model trained on the other ${train.length} and ${domain.length} lines of content, threshold ${saved.threshold}):`,
    ...figureLines('rules alone', scoreCrisis(cases, rulesOnly)),
    ...figureLines('rules + learned check', scoreCrisis(cases, rulesThenModel(model))),
    `  everyday messages (not sharing words with a crisis): false alarms ${everydayAlarms}/${everyday.length} (${pct(everydayAlarms, everyday.length)})`,
  ];
}

/** The frozen file's section: lines to print, and whether it passes (true when the file is absent). */
export function frozenCrisisSection(
  file = defaultFrozenCrisisFile(),
  model: CrisisModel = loadCrisisModel().model,
): { ok: boolean; lines: string[] } {
  const cases = loadFrozenCrisis(file);
  const shown = path.relative(repoRoot(), file) || file;
  if (!cases) return { ok: true, lines: [`Frozen crisis file ${shown} not found: section skipped (it is added to main separately).`] };
  const asCases = cases.map((c) => ({ text: c.q, crisis: c.crisis }));
  const rules = scoreCrisis(asCases, rulesOnly);
  const both = scoreCrisis(asCases, rulesThenModel(model));
  const lines = [`Frozen crisis file ${shown} (${cases.length} messages):`, ...figureLines('rules alone', rules), ...figureLines('rules + learned check', both)];
  for (const lang of LOCALES) {
    const part = cases.filter((c) => c.lang === lang).map((c) => ({ text: c.q, crisis: c.crisis }));
    if (part.length) lines.push(...figureLines(`  ${lang}, rules + learned`, scoreCrisis(part, rulesThenModel(model))));
  }
  const recall = both.crisisTotal ? both.caught / both.crisisTotal : 1;
  const falseRate = both.calmTotal ? both.falseAlarms / both.calmTotal : 0;
  const ok = recall >= FROZEN_THRESHOLDS.recall && falseRate <= FROZEN_THRESHOLDS.falseAlarms;
  const met = recall >= FROZEN_TARGET.recall && falseRate <= FROZEN_TARGET.falseAlarms;
  lines.push(`  ${ok ? 'passed' : 'FAILED'}: floor recall >= ${FROZEN_THRESHOLDS.recall * 100}%, false alarms <= ${FROZEN_THRESHOLDS.falseAlarms * 100}% (rules + learned check)`);
  lines.push(`  target recall >= ${FROZEN_TARGET.recall * 100}%, false alarms <= ${FROZEN_TARGET.falseAlarms * 100}%: ${met ? 'met' : 'not met yet'}`);
  return { ok, lines };
}

/**
 * Crisis replies to everyday questions: every line of the frozen understanding sets
 * (eval/nlu/frozen-*.jsonl) is an ordinary question to the bot, so any crisis reply there is a
 * false alarm a person would meet. Counts only; skipped when the files are absent.
 */
export function everydayAlarmsSection(model: CrisisModel = loadCrisisModel().model, dir = path.join(repoRoot(), 'eval', 'nlu')): string[] {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^frozen-.*\.jsonl$/.test(f)).sort() : [];
  if (!files.length) return [`Everyday questions (${path.relative(repoRoot(), dir)}/frozen-*.jsonl) not found: section skipped.`];
  const questions = files.flatMap((f) =>
    fs
      .readFileSync(path.join(dir, f), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => ({ text: (JSON.parse(line) as { q: string }).q, crisis: false })),
  );
  const rules = scoreCrisis(questions, rulesOnly);
  const both = scoreCrisis(questions, rulesThenModel(model));
  return [
    `Everyday questions of the frozen understanding sets (${questions.length}), crisis replies:`,
    `  rules alone ${rules.falseAlarms} (${pct(rules.falseAlarms, questions.length)}), rules + learned check ${both.falseAlarms} (${pct(both.falseAlarms, questions.length)})`,
  ];
}

