// The understanding model the bot uses: one intent classifier per language, trained at build
// time (scripts/contentSnapshot.ts) and saved beside the content snapshot, each file keyed by a
// hash of its training examples and of the code that reads them. A language's model is loaded
// on its first message (or by the idle warm-up), so start-up does not wait for it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { IntentFile } from '../../../content/intentSchema';
import type { Lexicon } from '../../../content/lexiconSchema';
import { type Topic, LOCALES } from '../../../content/schema';
import { repoRoot } from '../../../content/load';
import type { GuessedLanguage } from '../language';
import type { TextLookup } from '../lookup';
import type { ClassifierKind, IntentClassifier, IntentScore } from './classifier';
import { nearestKind } from './nearest';
import { neuralKind } from './neural';
import { isPlaceholder, NEGATED, NEGATED_GROUP } from './features';
import { contentTexts, labelledTexts, readMessage, trainingExamples, type LabelledText } from './training';

/** Both kinds measured by cross-validation (`npm run eval`, scripts/nluCompare.ts). */
export const CLASSIFIER_KINDS: readonly ClassifierKind[] = [neuralKind, nearestKind];
/** The kind that did better on the content's utterances (see docs/understanding.md). */
export const CHOSEN_KIND: ClassifierKind = neuralKind;

export interface Reading {
  /** Intents best first, with their share of the evidence. */
  intents: IntentScore[];
  /** Groups named word for word, in the order they appear. */
  groups: string[];
  /** A word is negated ("no religion", "anything besides the steps"): a word lookup reads the opposite. */
  negated: boolean;
  /** A group is named to be set aside ("something other than AA"): not the group asked about. */
  groupSetAside: boolean;
}

/** What the model learns from: the intent files, and the lexicon's and topics' own wordings. */
export interface TrainingContent {
  intents: readonly IntentFile[];
  lexicon?: Lexicon;
  topics?: readonly Topic[];
}

interface SavedModel {
  key: string;
  kind: string;
  model: unknown;
}

/** How many more of a message's words one language's examples must hold to call it that language. */
const LANGUAGE_MARGIN = 2;

export function defaultModelFile(language: GuessedLanguage): string {
  return path.join(repoRoot(), 'dist', `nlu-model-${language}.json`);
}

const CODE = ['./features', './training', './neural', './nearest', './model', '../lookup', '../normalize'];

/**
 * What a language's model depends on: its training content, the group names, and the code that
 * reads them. Hashed from the content as loaded (cheap), not from the texts derived from it.
 */
function modelKey(language: GuessedLanguage, training: TrainingContent, groupNames: unknown): string {
  const hash = createHash('sha256');
  for (const module of CODE) hash.update(fs.readFileSync(require.resolve(module)));
  hash.update(language);
  hash.update(JSON.stringify(training.intents));
  hash.update(JSON.stringify(training.lexicon?.commands ?? null));
  hash.update(JSON.stringify((training.topics ?? []).map((t) => [t.id, t.examples])));
  hash.update(JSON.stringify(groupNames));
  hash.update(CHOSEN_KIND.name);
  return hash.digest('hex');
}

export class UnderstandingModel {
  private readonly classifiers: Partial<Record<GuessedLanguage, IntentClassifier>> = {};

  /**
   * `groupNames`: what the lookup's names come from (its entries), so that a renamed group
   * retrains the model. `file`: where each language's saved model is.
   */
  constructor(
    private readonly training: TrainingContent,
    private readonly lookup: TextLookup,
    private readonly groupNames: unknown,
    private readonly file: (language: GuessedLanguage) => string = defaultModelFile,
  ) {}

  read(text: string, language: GuessedLanguage): Reading {
    const { features, groups } = readMessage(this.lookup, text, language);
    return {
      intents: this.classifier(language).classify(features),
      groups,
      negated: features.some((f) => f.startsWith(NEGATED)),
      groupSetAside: features.includes(NEGATED_GROUP),
    };
  }

  /**
   * The language whose examples hold clearly more of the message's words: 'es' for "lifering
   * acepta gente en metadona?", which the word lists in ../language.ts leave undecided. Each
   * model knows the words of hundreds of examples in its language, far more than any list.
   */
  languageByExamples(text: string): GuessedLanguage | undefined {
    const known = (language: GuessedLanguage) => {
      const classifier = this.classifier(language);
      const { features } = readMessage(this.lookup, text, language);
      return features.filter((f) => f.length >= 3 && !f.startsWith(NEGATED) && !isPlaceholder(f) && classifier.knows?.(f)).length;
    };
    const spanish = known('es');
    const english = known('en');
    if (spanish >= english + LANGUAGE_MARGIN) return 'es';
    if (english >= spanish + LANGUAGE_MARGIN) return 'en';
    return undefined;
  }

  /** Loads a language's model now (the idle warm-up calls this). */
  warmUp(language: GuessedLanguage): void {
    this.classifier(language).warmUp?.();
  }

  private texts(language: GuessedLanguage): LabelledText[] {
    const { intents, lexicon, topics } = this.training;
    return labelledTexts(intents, language, lexicon ? contentTexts(lexicon, topics ?? [], language) : []);
  }

  private classifier(language: GuessedLanguage): IntentClassifier {
    let found = this.classifiers[language];
    if (!found) {
      found = this.loadOrTrain(language);
      this.classifiers[language] = found;
    }
    return found;
  }

  private loadOrTrain(language: GuessedLanguage): IntentClassifier {
    const saved = readSaved(this.file(language));
    if (saved && saved.key === modelKey(language, this.training, this.groupNames) && saved.kind === CHOSEN_KIND.name)
      return CHOSEN_KIND.load(saved.model);
    // Only without a build (tests with their own content, a changed file during development):
    // `npm run build` writes every model, and `npm start` builds first.
    return CHOSEN_KIND.train(trainingExamples(this.lookup, this.texts(language), language));
  }

  /** Trains every language's model and saves it: part of `npm run build`. */
  writeModels(languages: readonly GuessedLanguage[] = LOCALES): void {
    for (const language of languages) {
      const texts = this.texts(language);
      const model = CHOSEN_KIND.train(trainingExamples(this.lookup, texts, language));
      const saved: SavedModel = { key: modelKey(language, this.training, this.groupNames), kind: CHOSEN_KIND.name, model: model.toJSON() };
      const file = this.file(language);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(saved));
      this.classifiers[language] = model;
    }
  }
}

function readSaved(file: string): SavedModel | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<SavedModel>;
    return typeof parsed.key === 'string' && typeof parsed.kind === 'string' ? (parsed as SavedModel) : undefined;
  } catch {
    return undefined;
  }
}
