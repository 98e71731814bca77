// What an intent classifier is: trained from labelled examples (feature lists), it ranks the
// intents for a new message. Two kinds exist (./neural.ts, ./nearest.ts); k-fold
// cross-validation (./crossValidate.ts) decides which one the bot uses.

/** One training example: the features of an utterance (./features.ts) and its intent. */
export interface Example {
  features: string[];
  intent: string;
}

export interface IntentScore {
  intent: string;
  /** 0..1, comparable across messages: the share of the evidence this intent holds. */
  score: number;
  /**
   * How strongly the message looks like this intent's examples at all (about 1 for a training
   * example, near 0 for words the model never saw): a share alone is high even for nonsense.
   */
  strength: number;
}

export interface IntentClassifier {
  /** Intents best first; empty when nothing in the message is known to the model. */
  classify(features: readonly string[]): IntentScore[];
  /** Plain data to save in the build; the same kind's `load` reads it back. */
  toJSON(): unknown;
  /** Builds now, in idle time, what the first message would otherwise wait for. */
  warmUp?(): void;
  /** Whether the model learned this feature from its examples (no spelling correction). */
  knows?(feature: string): boolean;
}

export interface ClassifierKind {
  name: string;
  train(examples: readonly Example[]): IntentClassifier;
  load(saved: unknown): IntentClassifier;
}

/** Raw scores (about 1 = as strong as a training example) to shares of their sum, best first. */
export function asShares(raw: Record<string, number>): IntentScore[] {
  const entries = Object.entries(raw).filter(([, v]) => v > 0);
  const total = entries.reduce((sum, [, v]) => sum + v, 0);
  if (total <= 0) return [];
  return entries.map(([intent, v]) => ({ intent, score: v / total, strength: Math.min(1, v) })).sort((a, b) => b.score - a.score);
}
