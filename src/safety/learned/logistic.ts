// Multinomial logistic regression over sparse binary features, trained by stochastic gradient
// descent with L2 regularization: the classifier behind the learned crisis check.
//
// Why not @nlpjs/neural, which the intent model uses: on the crisis examples' dev split it caught
// 49 of 82 crises at the allowed false alarms with word features, and about 35 with character
// n-grams (its leaky-ReLU outputs are 0 for most messages, so the margin leaves the threshold
// little to choose from). This model caught 69 of 82 with the same false alarms (see
// docs/safety.md). Its scores are log-odds: continuous, so a threshold can be chosen finely.
//
// Deterministic: the same examples give the same weights (a fixed-seed shuffle), so the saved
// model's key (src/host/startup/crisisModel.ts) describes the model exactly.

export interface LogisticOptions {
  epochs: number;
  learningRate: number;
  l2: number;
}

export const DEFAULT_LOGISTIC_OPTIONS: LogisticOptions = { epochs: 30, learningRate: 0.5, l2: 1e-3 };

/** Per class, its weights as a flat list of feature index, weight, ... (flat numbers parse fastest). */
export interface SavedLogistic {
  classes: string[];
  weights: number[][];
  biases: number[];
}

/**
 * Weights smaller than this are not saved: on the dev split they changed no decision, and leaving
 * them out makes the saved model (./packed.ts) a third smaller, and start-up reads it faster.
 */
const NEGLIGIBLE = 0.1;
const round = (v: number) => Math.round(v * 1e3) / 1e3;

/** A message's features count together as much as one: long and short messages score alike. */
export function scaleOf(featureCount: number): number {
  return featureCount ? 1 / Math.sqrt(featureCount) : 0;
}

/** Park-Miller: a small, seeded generator, so training never depends on Math.random. */
function seededRandom(seed = 1): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

function softmaxInPlace(logits: Float64Array): void {
  let max = -Infinity;
  for (const v of logits) max = Math.max(max, v);
  let sum = 0;
  for (let c = 0; c < logits.length; c += 1) {
    logits[c] = Math.exp(logits[c] - max);
    sum += logits[c];
  }
  for (let c = 0; c < logits.length; c += 1) logits[c] /= sum;
}

/**
 * Trains on examples whose features are already named by index (see `indexOf`); classes in the
 * order given. Returns the weights that matter.
 */
export function trainLogistic(
  examples: readonly { features: readonly number[]; label: string }[],
  classes: readonly string[],
  options: LogisticOptions = DEFAULT_LOGISTIC_OPTIONS,
): SavedLogistic {
  const classCount = classes.length;
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const weights = new Map<number, Float64Array>();
  const biases = new Float64Array(classCount);
  const order = examples.map((_, i) => i);
  const random = seededRandom();
  const logits = new Float64Array(classCount);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const e of order) {
      const { features, label } = examples[e];
      const target = classIndex.get(label);
      if (target === undefined) throw new Error(`unknown class "${label}"`);
      const scale = scaleOf(features.length);
      logits.set(biases);
      for (const f of features) {
        const row = weights.get(f);
        if (row) for (let c = 0; c < classCount; c += 1) logits[c] += row[c] * scale;
      }
      softmaxInPlace(logits);
      for (let c = 0; c < classCount; c += 1) {
        const gradient = logits[c] - (c === target ? 1 : 0);
        biases[c] -= options.learningRate * gradient;
        for (const f of features) {
          let row = weights.get(f);
          if (!row) weights.set(f, (row = new Float64Array(classCount)));
          row[c] -= options.learningRate * (gradient * scale + options.l2 * row[c]);
        }
      }
    }
  }
  const saved: SavedLogistic = { classes: [...classes], weights: classes.map(() => []), biases: Array.from(biases, round) };
  for (const [feature, row] of [...weights].sort((a, b) => a[0] - b[0])) {
    for (let c = 0; c < classCount; c += 1) if (Math.abs(row[c]) >= NEGLIGIBLE) saved.weights[c].push(feature, round(row[c]));
  }
  return saved;
}
