// The learned crisis check: one perceptron per class (each kind of crisis, and `none`) over the
// features of a message, trained with NLP.js's network (@nlpjs/neural), the one NLP.js's own
// NLU trains. The saved model keeps only the weights that matter, rounded, so it loads fast.
import type { CrisisExampleKind } from '../../../content/crisisExamplesSchema';
import { normalizeForCrisis } from '../normalizeCrisisText';
import { crisisFeatures } from './features';

const MIN_WORDS = 3;

export interface TrainingExample {
  text: string;
  kind: CrisisExampleKind;
}

export interface SavedCrisisModel {
  /** What the model was made from (examples and feature code); see modelFile.ts. */
  key: string;
  features: string[];
  classes: CrisisExampleKind[];
  /** Per class, [feature index, weight] pairs with a weight that is not negligible. */
  weights: [number, number][][];
  biases: number[];
  /** A message is a crisis when its crisis margin (see CrisisScore) is at least this. */
  threshold: number;
}

export interface CrisisScore {
  /**
   * The margin of the likeliest crisis class over `none` (the perceptrons' outputs): above zero
   * the model leans to a crisis. Shares of the output were measured too; they are nearly always
   * 0 or 1 and leave the threshold nothing to choose.
   */
  crisis: number;
  /** The likeliest crisis class, when any had a share. */
  kind?: Exclude<CrisisExampleKind, 'none'>;
}

interface NeuralNetwork {
  train(corpus: { input: Record<string, number>; output: Record<string, number> }[]): unknown;
  toJSON(): { features: string[]; intents: string[]; perceptrons: number[][] };
}

const NEGLIGIBLE = 1e-3;
/** @nlpjs/neural's default output scale. */
const ALPHA = 0.07;
const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** Enough passes for these examples to settle; NLP.js's default (20,000) takes minutes for the same model. */
const TRAINING_ITERATIONS = 300;

/** Trains a model (at build time and in the eval; never on a person's message). */
export function trainCrisisModel(examples: readonly TrainingExample[], threshold: number, key = ''): SavedCrisisModel {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { NeuralNetwork: Network } = require('@nlpjs/neural') as { NeuralNetwork: new (settings: object) => NeuralNetwork };
  const net = new Network({ log: false, iterations: TRAINING_ITERATIONS });
  net.train(examples.map((e) => ({ input: Object.fromEntries(crisisFeatures(e.text).map((f) => [f, 1])), output: { [e.kind]: 1 } })));
  const json = net.toJSON();
  const used = new Map<number, number>();
  const weights: [number, number][][] = [];
  const biases: number[] = [];
  const features: string[] = [];
  for (const perceptron of json.perceptrons) {
    const kept: [number, number][] = [];
    for (let i = 0; i < json.features.length; i += 1) {
      const w = perceptron[i];
      if (Math.abs(w) < NEGLIGIBLE) continue;
      let index = used.get(i);
      if (index === undefined) {
        index = features.length;
        used.set(i, index);
        features.push(json.features[i]);
      }
      kept.push([index, round(w)]);
    }
    weights.push(kept);
    biases.push(round(perceptron[json.features.length]));
  }
  return { key, features, classes: json.intents as CrisisExampleKind[], weights, biases, threshold };
}

/** A model ready to score: the feature index built once. */
export class CrisisModel {
  private readonly index: ReadonlyMap<string, number>;

  constructor(readonly saved: SavedCrisisModel) {
    this.index = new Map(saved.features.map((f, i) => [f, i]));
  }

  score(text: string): CrisisScore {
    const present = new Set<number>();
    for (const f of crisisFeatures(text)) {
      const i = this.index.get(f);
      if (i !== undefined) present.add(i);
    }
    if (present.size === 0) return { crisis: -1 };
    let none = 0;
    let best: CrisisScore['kind'];
    let bestValue = 0;
    this.saved.classes.forEach((cls, c) => {
      let sum = this.saved.biases[c];
      for (const [feature, weight] of this.saved.weights[c]) if (present.has(feature)) sum += weight;
      // NLP.js's perceptrons: a leaky ReLU scaled by alpha; below zero is "not this class".
      const value = sum > 0 ? ALPHA * sum : 0;
      if (cls === 'none') none = value;
      else if (value > bestValue) {
        bestValue = value;
        best = cls;
      }
    });
    return best ? { crisis: bestValue - none, kind: best } : { crisis: -none };
  }

  /**
   * Null below the threshold, and for messages of fewer than MIN_WORDS words: a crisis in one
   * or two words ("kms", "help me") is the rules' to catch, and the model, with almost nothing to
   * read, would answer from its biases (a tapped "Myself" or a typed "2").
   */
  isCrisis(text: string): CrisisScore | null {
    if (normalizeForCrisis(text).split(' ').filter((w) => /[a-z]/.test(w)).length < MIN_WORDS) return null;
    const score = this.score(text);
    return score.crisis >= this.saved.threshold ? score : null;
  }
}
