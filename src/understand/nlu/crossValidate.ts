// k-fold cross-validation of an intent classifier on the content's utterances: each fold is
// held out in turn, the model trained on the others. Folds are stratified (every intent in
// every fold) and fixed (example i goes to fold i mod k within its intent), so runs repeat.
import type { ClassifierKind, Example, IntentScore } from './classifier';

export interface Prediction {
  expected: string;
  predicted: string | undefined;
  /** The top intent's share, and the ranking for clarifying questions. */
  score: number;
  ranking: IntentScore[];
}

export interface IntentFigures {
  intent: string;
  precision: number;
  recall: number;
  support: number;
}

export interface Scorecard {
  accuracy: number;
  macroF1: number;
  perIntent: IntentFigures[];
  /** The most frequent mistakes: expected -> predicted, count. */
  confusions: { expected: string; predicted: string; count: number }[];
}

export function foldsOf(examples: readonly Example[], k: number): Example[][] {
  const folds: Example[][] = Array.from({ length: k }, () => []);
  const seen = new Map<string, number>();
  for (const e of examples) {
    const i = seen.get(e.intent) ?? 0;
    folds[i % k].push(e);
    seen.set(e.intent, i + 1);
  }
  return folds;
}

/** `alsoTrainOn`: examples that only ever train (the lexicon's and the topics' own), never tested. */
export function crossValidate(
  kind: ClassifierKind,
  examples: readonly Example[],
  k = 5,
  alsoTrainOn: readonly Example[] = [],
): Prediction[] {
  const folds = foldsOf(examples, k);
  return folds.flatMap((held, f) => {
    const model = kind.train([...folds.filter((_, i) => i !== f).flat(), ...alsoTrainOn]);
    return held.map((e) => {
      const ranking = model.classify(e.features);
      return { expected: e.intent, predicted: ranking[0]?.intent, score: ranking[0]?.score ?? 0, ranking: ranking.slice(0, 3) };
    });
  });
}

export function scorecard(predictions: readonly Pick<Prediction, 'expected' | 'predicted'>[]): Scorecard {
  const intents = [...new Set(predictions.flatMap((p) => [p.expected, ...(p.predicted ? [p.predicted] : [])]))].sort();
  const count = (test: (p: Pick<Prediction, 'expected' | 'predicted'>) => boolean) => predictions.filter(test).length;
  const perIntent = intents.map((intent) => {
    const truePositives = count((p) => p.expected === intent && p.predicted === intent);
    const predicted = count((p) => p.predicted === intent);
    const support = count((p) => p.expected === intent);
    return { intent, precision: predicted ? truePositives / predicted : 0, recall: support ? truePositives / support : 0, support };
  });
  const withSupport = perIntent.filter((i) => i.support > 0);
  const f1 = (i: IntentFigures) => (i.precision + i.recall ? (2 * i.precision * i.recall) / (i.precision + i.recall) : 0);
  const mistakes = new Map<string, number>();
  for (const p of predictions)
    if (p.predicted !== p.expected)
      mistakes.set(`${p.expected}\0${p.predicted ?? '(none)'}`, (mistakes.get(`${p.expected}\0${p.predicted ?? '(none)'}`) ?? 0) + 1);
  return {
    accuracy: predictions.length ? count((p) => p.expected === p.predicted) / predictions.length : 0,
    macroF1: withSupport.length ? withSupport.reduce((s, i) => s + f1(i), 0) / withSupport.length : 0,
    perIntent,
    confusions: [...mistakes.entries()]
      .map(([key, n]) => {
        const [expected, predicted] = key.split('\0');
        return { expected, predicted, count: n };
      })
      .sort((a, b) => b.count - a.count),
  };
}
