// Everything the bot says and decides from, loaded and cross-checked once at start-up.
import path from 'node:path';
import { CrisisContentSchema, type CrisisContent } from './crisisSchema';
import { FinderSchema, SITUATION_QUESTIONS, WHO, type Finder } from './finderSchema';
import { loadIntentFiles, type IntentFile } from './intentSchema';
import { LexiconSchema, type Lexicon } from './lexiconSchema';
import { ContentError, checkYamlFile, defaultContentDir, loadContent } from './load';
import { MenusSchema, checkMenuReferences, type Menus } from './menusSchema';
import { MessagesSchema, type Messages } from './messagesSchema';
import type { Content } from './types';

export interface BotContent {
  content: Content;
  finder: Finder;
  messages: Messages;
  lexicon: Lexicon;
  /** The words of crisis replies (crisis.yaml); detection itself lives in src/safety. */
  crisis: CrisisContent;
  /** The groups and topics menus and suggestions offer (menus.yaml). */
  menus: Menus;
  /** Training utterances per intent (content/data/intents), for the understanding model. */
  intents: IntentFile[];
}

export function loadBotContent(dataDir: string = defaultContentDir()): BotContent {
  const problems: string[] = [];
  let content: Content | undefined;
  try {
    content = loadContent(dataDir);
  } catch (err) {
    if (err instanceof ContentError) problems.push(...err.problems);
    else throw err;
  }
  const finder = checkYamlFile(path.join(dataDir, 'finder.yaml'), FinderSchema);
  const messages = checkYamlFile(path.join(dataDir, 'messages.yaml'), MessagesSchema);
  const lexicon = checkYamlFile(path.join(dataDir, 'lexicon.yaml'), LexiconSchema);
  const crisis = checkYamlFile(path.join(dataDir, 'crisis.yaml'), CrisisContentSchema);
  const menus = checkYamlFile(path.join(dataDir, 'menus.yaml'), MenusSchema);
  problems.push(...finder.problems, ...messages.problems, ...lexicon.problems, ...crisis.problems, ...menus.problems);
  if (finder.value && content) problems.push(...checkFinderReferences(finder.value, content, path.join(dataDir, 'finder.yaml')));
  if (menus.value && content) problems.push(...checkMenuReferences(menus.value, content, path.join(dataDir, 'menus.yaml')));
  const intents = loadIntentFiles(dataDir, content);
  problems.push(...intents.problems);
  if (problems.length || !content || !finder.value || !messages.value || !lexicon.value || !crisis.value || !menus.value)
    throw new ContentError(problems);
  return {
    content,
    finder: finder.value,
    messages: messages.value,
    lexicon: lexicon.value,
    crisis: crisis.value,
    menus: menus.value,
    intents: intents.intents,
  };
}

/** Rules and conditions must name questions, choices and groups that exist. */
export function checkFinderReferences(finder: Finder, content: Content, file: string): string[] {
  const shown = path.relative(process.cwd(), file) || file;
  const problems: string[] = [];
  const choicesByQuestion = new Map(finder.questions.map((q) => [q.id, new Set([...q.choices.map((c) => c.id), 'skip'])]));
  const checkCondition = (where: string, condition: Record<string, unknown> | undefined) => {
    for (const [question, expected] of Object.entries(condition ?? {})) {
      const choices = choicesByQuestion.get(question);
      if (!choices) {
        problems.push(`${shown}: ${where}.${question}: no question with id "${question}"`);
        continue;
      }
      for (const value of Array.isArray(expected) ? expected : [expected]) {
        if (!choices.has(String(value))) problems.push(`${shown}: ${where}.${question}: question "${question}" has no choice "${value}"`);
      }
    }
  };
  finder.questions.forEach((q, i) => {
    checkCondition(`questions[${i}].when`, q.when);
    q.choices.forEach((c, j) =>
      c.patterns.forEach((p, k) => {
        try {
          new RegExp(p);
        } catch {
          problems.push(`${shown}: questions[${i}].choices[${j}].patterns[${k}]: not a valid regular expression`);
        }
      }),
    );
  });
  for (const id of SITUATION_QUESTIONS) {
    if (!choicesByQuestion.has(id)) problems.push(`${shown}: questions: the dialogs need a question with id "${id}"`);
  }
  for (const choice of [WHO.self, WHO.family, WHO.staff]) {
    if (choicesByQuestion.has(WHO.question) && !choicesByQuestion.get(WHO.question)?.has(choice)) {
      problems.push(`${shown}: questions: the dialogs need question "${WHO.question}" to have a choice "${choice}"`);
    }
  }
  finder.rules.forEach((rule, i) => {
    checkCondition(`rules[${i}].when`, rule.when);
    checkCondition(`rules[${i}].unless`, rule.unless);
    for (const part of ['require', 'exclude', 'match'] as const) {
      const ids = rule[part]?.id;
      for (const id of ids === undefined ? [] : Array.isArray(ids) ? ids : [ids]) {
        if (!content.groupsById.has(String(id))) problems.push(`${shown}: rules[${i}].${part}.id: no group with id "${id}"`);
      }
    }
  });
  return problems;
}
