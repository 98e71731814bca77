// What people ask this bot every day, taken from the content itself and taught to the learned
// crisis check as "not a crisis": group names and aliases ("Pills Anonymous"), the example
// questions of every group and topic, the finder's choices ("Myself", "Para mí"), the lexicon's
// answers and commands ("no estoy seguro"), and the understanding model's training utterances
// (content/data/intents: thousands of ordinary questions, in both languages and many wordings).
// Without them the model meets a group name, a
// tapped choice or an everyday question as an unknown and answers from its biases ("my car broke
// down" read as violence). The crisis-resources topic and the urgent-help command are left out
// (they ask for crisis help), and so is any line a crisis rule or a crisis example reads as one.
// The finding-treatment topic is left out too: its questions ask which number to call for help
// ("is there a national number that can point me to treatment"), and teaching them as calm
// moved the check's threshold enough to answer more calm messages as crises.
import type { BotContent } from '../../../content/botContent';
import type { CrisisExample } from '../../../content/crisisExamplesSchema';
import type { TrainingExample } from './model';

const LEFT_OUT_TOPICS = new Set(['crisis-resources', 'finding-treatment']);
const LEFT_OUT_INTENTS = new Set(['topic.crisis-resources', 'topic.finding-treatment', 'command.urgent-help']);

export function domainExamples(
  bot: BotContent,
  examples: readonly CrisisExample[],
  ruleCaught: (text: string) => boolean,
): TrainingExample[] {
  const taught = new Set(examples.map((e) => e.text.toLowerCase()));
  return domainLines(bot)
    .filter((text) => !taught.has(text.toLowerCase()) && !ruleCaught(text))
    .map((text) => ({ text, kind: 'none' as const }));
}

/** The lines taken from the content, before any is left out (cheap: the saved model's key hashes them). */
export function domainLines(bot: BotContent): string[] {
  const lines = new Set<string>();
  const add = (text: string | undefined) => {
    const t = text?.trim();
    if (t && t.length >= 2) lines.add(t);
  };
  for (const g of bot.content.groups) {
    add(g.name.en);
    add(g.name.es);
    add(g.shortName);
    for (const a of g.aliases ?? []) add(a);
    for (const e of g.examples ?? []) add(e);
  }
  for (const t of bot.content.topics) {
    if (LEFT_OUT_TOPICS.has(t.id)) continue;
    add(t.title.en);
    add(t.title.es);
    for (const e of t.examples ?? []) add(e);
  }
  for (const intent of bot.intents) {
    if (LEFT_OUT_INTENTS.has(intent.id)) continue;
    for (const e of [...intent.examples.en, ...intent.examples.es]) add(e);
  }
  // The words the bot itself reads as an answer or a command ("no estoy seguro", "start over"),
  // except asking for urgent help.
  const { commands, yes, no, unsure } = bot.lexicon;
  for (const phrases of [
    yes,
    no,
    unsure,
    ...Object.entries(commands)
      .filter(([c]) => c !== 'urgent-help')
      .map(([, p]) => p),
  ]) {
    for (const phrase of [...phrases.en, ...(phrases.es ?? [])]) add(phrase);
  }
  for (const q of bot.finder.questions) {
    for (const c of q.choices ?? []) {
      add(c.label.en);
      add(c.label.es);
    }
  }
  return [...lines];
}
