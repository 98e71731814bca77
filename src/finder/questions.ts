// Which question to ask next, and what a sentence already answers.
import path from 'node:path';
import type { Finder, FinderChoice, FinderQuestion } from '../../content/finderSchema';
import type { Group } from '../../content/schema';
import { conditionHolds, topIds, SKIPPED, type Answers } from './rank';
import { prefilterFor, readSavedPrefilter, type LiteralPrefilter, type SavedPrefilter } from '../understand/literalPrefilter';

/**
 * The next question worth asking: one whose condition holds, that is not answered yet, and
 * whose answer could still change the groups shown. Undefined when the results are ready,
 * or when `limit` questions have been answered (a few questions, not a form).
 */
export function nextQuestion(
  finder: Finder,
  groups: readonly Group[],
  answers: Answers,
  limit = finder.maxQuestions,
): FinderQuestion | undefined {
  // Pure in (content, answers): ranking every choice of every candidate question is the finder's
  // dearest work on a turn, and the same few answer sets come back all day. Kept per content object.
  const memo = memoFor(finder, groups);
  const key = `${limit}|${Object.keys(answers)
    .sort()
    .map((q) => `${q}=${answers[q]}`)
    .join('&')}`;
  if (memo.has(key)) return memo.get(key) ?? undefined;
  const question = findNextQuestion(finder, groups, answers, limit);
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(key, question ?? null);
  return question;
}

/** Answer sets are few (a handful of questions and choices); the bound only guards odd stored state. */
const MAX_MEMO = 5000;
const memos = new WeakMap<Finder, WeakMap<readonly Group[], Map<string, FinderQuestion | null>>>();

function memoFor(finder: Finder, groups: readonly Group[]): Map<string, FinderQuestion | null> {
  let byGroups = memos.get(finder);
  if (!byGroups) memos.set(finder, (byGroups = new WeakMap()));
  let memo = byGroups.get(groups);
  if (!memo) byGroups.set(groups, (memo = new Map()));
  return memo;
}

function findNextQuestion(finder: Finder, groups: readonly Group[], answers: Answers, limit: number): FinderQuestion | undefined {
  const answered = finder.questions.filter((q) => q.askable && answers[q.id] !== undefined).length;
  if (answered >= limit) return undefined;
  for (const question of finder.questions) {
    if (!question.askable || answers[question.id] !== undefined) continue;
    if (question.when && !conditionHolds(question.when, answers)) continue;
    if (couldChangeResult(finder, groups, answers, question)) return question;
  }
  return undefined;
}

/**
 * True when some answer to `question` would change which groups are shown, or which one comes
 * first (the one a person is most likely to try); a reshuffle further down is not worth a question.
 */
function couldChangeResult(finder: Finder, groups: readonly Group[], answers: Answers, question: FinderQuestion): boolean {
  const outcomes = new Set(
    [...question.choices.map((c) => c.id), SKIPPED].map((choice) => {
      const shown = topIds(finder, groups, { ...answers, [question.id]: choice });
      return `${shown[0]}|${[...shown].sort().join(',')}`;
    }),
  );
  return outcomes.size > 1;
}

const compiled = new WeakMap<FinderChoice, RegExp[]>();
function patternsOf(choice: FinderChoice): RegExp[] {
  let regexes = compiled.get(choice);
  if (!regexes) {
    regexes = choice.patterns.map((p) => new RegExp(p, 'i'));
    compiled.set(choice, regexes);
  }
  return regexes;
}

/** Where the build writes the strings each pattern cannot match without (scripts/build/prefilters.ts). */
export const FINDER_PREFILTER_FILE = path.join(__dirname, '..', '..', 'finder-prefilter.json');
/** A pattern is known to the build's file by its source. */
export const patternId = (regex: RegExp): string => regex.source;

// Read once, when a sentence is first read: a question's patterns run only where the text holds
// one of their required strings (src/understand/literalPrefilter.ts). Without the file, all run.
let saved: SavedPrefilter | null | undefined;
const questionFilters = new WeakMap<FinderQuestion, { filter: LiteralPrefilter; text?: string; may?: Uint8Array }>();

/** For each of the question's patterns in order (choice by choice), whether `text` could match it. */
function patternsThatMayMatch(question: FinderQuestion, text: string): Uint8Array | undefined {
  if (saved === undefined) saved = readSavedPrefilter(FINDER_PREFILTER_FILE) ?? null;
  // The patterns ignore case and the strings are lowercase: only a lowercase text can be filtered.
  if (saved === null || text !== text.toLowerCase()) return undefined;
  let entry = questionFilters.get(question);
  if (!entry) {
    const expressions = question.choices.flatMap((c) => patternsOf(c).map((r) => ({ id: patternId(r), source: r.source })));
    entry = { filter: prefilterFor(saved, expressions) };
    questionFilters.set(question, entry);
  }
  // The same text is read against a question several times in a turn.
  if (entry.text !== text) {
    entry.may = entry.filter.candidates(text);
    entry.text = text;
  }
  return entry.may;
}

/**
 * The choice of `question` that `normalizedText` expresses, preferring the longest match.
 * Patterns anchored with ^ ("^yes") only make sense as a direct answer to the question asked.
 */
export function choiceInText(question: FinderQuestion, normalizedText: string, directAnswer = true): FinderChoice | undefined {
  let best: { choice: FinderChoice; length: number } | undefined;
  const may = patternsThatMayMatch(question, normalizedText);
  let index = -1;
  for (const choice of question.choices) {
    for (const regex of patternsOf(choice)) {
      index += 1;
      if (!directAnswer && regex.source.startsWith('^')) continue;
      if (may && may[index] !== 1) continue;
      const match = regex.exec(normalizedText);
      // In a sentence, "anything that isn't a church thing" does not ask for a Christian group.
      // A choice whose own words are a negation ("nada de religion") is not undone by another one
      // before it: "no quiero nada de religion" is the Spanish double negative, still secular.
      if (
        match &&
        !directAnswer &&
        !ABOUT_PEOPLE.has(question.id) &&
        !NEGATION_FIRST.test(match[0]) &&
        NEGATED_BEFORE.test(normalizedText.slice(0, match.index))
      )
        continue;
      if (match && (!best || match[0].length > best.length)) best = { choice, length: match[0].length };
    }
  }
  return best?.choice;
}

/**
 * Who the help is for is not negated by a negation before it: in "I don't drink, my son uses
 * meth" (commas are gone once normalized) the "not" is about drinking.
 */
const ABOUT_PEOPLE = new Set(['who', 'relation', 'teen']);

/**
 * A negation at most two words before a choice's words: the choice is what is not wanted. Not
 * "not sure" or "no sé", which say nothing against what follows.
 */
const NEGATED_BEFORE =
  /\b(?:not(?! sure\b)|no(?! se\b)|isnt|isn't|arent|aren't|dont|don't|doesnt|doesn't|without|nothing|never|sin|nada|ni|ningun|ninguna)(?: [a-z']+){0,2} ?$/;

/** A match that starts with a negation: the choice is itself "not X". */
const NEGATION_FIRST =
  /^(?:not|non|no|isnt|isn't|arent|aren't|dont|don't|doesnt|doesn't|without|nothing|never|sin|nada|ni|ningun|ninguna)\b/;

/**
 * Every answer a sentence gives: "I'm a woman, I want to stop drinking, but I'm not religious"
 * -> who: self, substance: alcohol, spiritual: secular, women: yes. Questions whose condition
 * does not hold given the other answers are dropped.
 */
export function answersInText(finder: Finder, normalizedText: string, given: Answers = {}): Answers {
  // What is known from elsewhere (who the help is for, read from the request as a whole) fills
  // what the text does not say, so questions that depend on it can be answered from the text too.
  const found: Answers = { ...given };
  for (const question of finder.questions) {
    const choice = choiceInText(question, normalizedText, false);
    if (choice) found[question.id] = choice.id;
  }
  for (const question of finder.questions) {
    if (question.when && found[question.id] !== undefined && !conditionHolds(question.when, found)) delete found[question.id];
  }
  return found;
}
