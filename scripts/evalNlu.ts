// The understanding part of `npm run eval`: k-fold cross-validation of the intent classifiers on
// the content's utterances (the model the bot uses, and the alternative it was chosen over),
// per-intent precision and recall, the most frequent confusions, how sure the model is when it
// is right (the threshold of dialogs/understood.ts), and accuracy on the frozen test files
// eval/nlu/frozen-<language>.jsonl when they exist (written apart from the training examples;
// nothing is ever tuned on them).
import fs from 'node:fs';
import path from 'node:path';
import { loadBotContent, type BotContent } from '../content/botContent';
import { lookupEntries } from '../content/query';
import { PhraseBook } from '../src/understand/lexicon';
import type { GuessedLanguage } from '../src/understand/language';
import { TextLookup } from '../src/understand/lookup';
import { crossValidate, scorecard, type Prediction } from '../src/understand/nlu/crossValidate';
import { CHOSEN_KIND, CLASSIFIER_KINDS, UnderstandingModel } from '../src/understand/nlu/model';
import { LANGUAGES, contentTexts, labelledTexts, trainingExamples } from '../src/understand/nlu/training';
import { CONFIDENT } from '../dialogs/understood';

/** CI fails below these. Cross-validation: a little under what the content's utterances give today. */
export const NLU_THRESHOLDS: Record<GuessedLanguage, { crossValidation: number; frozen: number }> = {
  en: { crossValidation: 0.62, frozen: 0.6 },
  es: { crossValidation: 0.54, frozen: 0.6 },
};
const FOLDS = 5;

export interface FrozenCase {
  q: string;
  intent: string;
  groups?: string[];
  entities?: Record<string, unknown>;
}

export interface FrozenResult {
  total: number;
  intentRight: number;
  /** Cases that name groups, and those whose groups were all read (and no other). */
  withGroups: number;
  groupsRight: number;
}

export function frozenFile(language: GuessedLanguage, dir = path.resolve(__dirname, '..', '..', 'eval', 'nlu')): string {
  return path.join(dir, `frozen-${language}.jsonl`);
}

export function readFrozen(file: string): FrozenCase[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as FrozenCase);
}

/** The model the bot uses, on cases it never saw. */
export function evaluateFrozen(model: UnderstandingModel, cases: readonly FrozenCase[], language: GuessedLanguage): FrozenResult {
  const result: FrozenResult = { total: cases.length, intentRight: 0, withGroups: 0, groupsRight: 0 };
  for (const c of cases) {
    const reading = model.read(c.q, language);
    const predicted = reading.intents[0]?.intent;
    if (predicted === c.intent) result.intentRight += 1;
    if (c.groups) {
      result.withGroups += 1;
      const read = [...new Set(reading.groups)].sort().join(',');
      if (read === [...new Set(c.groups)].sort().join(',')) result.groupsRight += 1;
    }
  }
  return result;
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

/** Prints the section; returns false when a figure is below its threshold. */
export function runNluEval(bot: BotContent = loadBotContent(), frozenDir?: string): boolean {
  const entries = lookupEntries(bot.content);
  const lookup = new TextLookup(entries, new PhraseBook(bot.lexicon).stopwords);
  const model = new UnderstandingModel({ intents: bot.intents, lexicon: bot.lexicon, topics: bot.content.topics }, lookup, entries);
  let ok = true;
  console.log(`Understanding (intent model), ${FOLDS}-fold cross-validation on content/data/intents\n`);
  console.log('  classifier                                  language  examples  accuracy  macro F1');
  const chosen: Partial<Record<GuessedLanguage, Prediction[]>> = {};
  for (const kind of CLASSIFIER_KINDS) {
    for (const language of LANGUAGES) {
      const examples = trainingExamples(lookup, labelledTexts(bot.intents, language), language);
      const extra = trainingExamples(lookup, contentTexts(bot.lexicon, bot.content.topics, language), language);
      const predictions = crossValidate(kind, examples, FOLDS, extra);
      const card = scorecard(predictions);
      if (kind === CHOSEN_KIND) chosen[language] = predictions;
      console.log(
        `  ${`${kind.name}${kind === CHOSEN_KIND ? ' (used)' : ''}`.padEnd(44)}${language.padEnd(10)}${String(examples.length).padEnd(10)}${pct(card.accuracy).padEnd(10)}${pct(card.macroF1)}`,
      );
    }
  }
  for (const language of LANGUAGES) {
    const predictions = chosen[language] ?? [];
    const card = scorecard(predictions);
    const sure = predictions.filter((p) => p.score >= CONFIDENT);
    console.log(`\n[${language}] ${CHOSEN_KIND.name}: accuracy ${pct(card.accuracy)}, macro F1 ${pct(card.macroF1)}`);
    console.log(
      `  confident (share >= ${CONFIDENT}): ${pct(sure.length / Math.max(1, predictions.length))} of messages, right ${pct(sure.filter((p) => p.predicted === p.expected).length / Math.max(1, sure.length))}`,
    );
    const weakest = [...card.perIntent]
      .filter((i) => i.support > 0)
      .sort((a, b) => a.recall + a.precision - (b.recall + b.precision))
      .slice(0, 8);
    console.log(
      `  weakest intents (precision / recall): ${weakest.map((i) => `${i.intent} ${pct(i.precision)}/${pct(i.recall)}`).join('; ')}`,
    );
    console.log(
      `  most frequent confusions: ${card.confusions
        .slice(0, 8)
        .map((c) => `${c.expected} -> ${c.predicted} (${c.count})`)
        .join('; ')}`,
    );
    if (card.accuracy < NLU_THRESHOLDS[language].crossValidation) {
      ok = false;
      console.log(`  FAILED: cross-validation accuracy below ${pct(NLU_THRESHOLDS[language].crossValidation)}`);
    }
    if (process.env.NLU_EVAL_VERBOSE)
      for (const i of card.perIntent)
        console.log(`    ${i.intent.padEnd(40)} precision ${pct(i.precision)} recall ${pct(i.recall)} (${i.support})`);
  }
  console.log('');
  for (const language of LANGUAGES) {
    const file = frozenFile(language, frozenDir);
    if (!fs.existsSync(file)) {
      console.log(`[${language}] frozen test set: skipped, ${path.relative(process.cwd(), file)} is absent`);
      continue;
    }
    const r = evaluateFrozen(model, readFrozen(file), language);
    const accuracy = r.intentRight / Math.max(1, r.total);
    console.log(
      `[${language}] frozen test set: intent accuracy ${r.intentRight}/${r.total} (${pct(accuracy)}); groups read ${r.groupsRight}/${r.withGroups}`,
    );
    // Counts only: reading the held-out misses invites fitting the model to them (eval/FROZEN.md).
    if (accuracy < NLU_THRESHOLDS[language].frozen) {
      ok = false;
      console.log(`  FAILED: frozen-set accuracy below ${pct(NLU_THRESHOLDS[language].frozen)}`);
    }
  }
  console.log('');
  return ok;
}
