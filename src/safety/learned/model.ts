// The learned crisis check: two small networks of NLP.js's own NLU (@nlpjs/neural, one
// perceptron per class over the features of a message). The first tells a crisis from not a
// crisis; it decides. The second, trained on the crisis examples only, names the kind (which
// reply). One crisis class measured better on the dev split than a class per kind against
// `none`: more crises caught for the same false alarms. The saved model keeps only the weights
// that matter, rounded, so it loads fast.
import type { CrisisExampleKind } from '../../../content/crisisExamplesSchema';
import { normalizeForCrisis } from '../normalizeCrisisText';
import { crisisFeatures } from './features';

/** Fewer words than this are left to the rules (see CrisisModel.isCrisis). */
const MIN_WORDS = 3;

export interface TrainingExample {
  text: string;
  kind: CrisisExampleKind;
}

type CrisisKindName = Exclude<CrisisExampleKind, 'none'>;

/**
 * One trained network: per class, its weights that are not negligible as a flat list of
 * feature index, weight, feature index, weight... (flat numbers parse fastest at start-up).
 */
export interface SavedNetwork {
  classes: string[];
  weights: number[][];
  biases: number[];
}

export interface SavedCrisisModel {
  /** What the model was made from (examples and feature code); see src/startup/crisisModel.ts. */
  key: string;
  /** A message is a crisis when its crisis margin (see CrisisScore) is at least this. */
  threshold: number;
  /** The features both networks know, once. */
  features: string[];
  /** Classes `crisis` and `none`. */
  detect: SavedNetwork;
  /** One class per kind of crisis. */
  kinds: SavedNetwork;
}

export interface CrisisScore {
  /**
   * The margin of the `crisis` output over the `none` output: above zero the model leans to a
   * crisis. (Shares of the output were measured too; they are nearly always 0 or 1 and leave
   * the threshold nothing to choose.)
   */
  crisis: number;
  /** The likeliest kind of crisis, when the kind network had an output. */
  kind?: CrisisKindName;
}

interface NeuralNetwork {
  train(corpus: { input: Record<string, number>; output: Record<string, number> }[]): unknown;
  toJSON(): { features: string[]; intents: string[]; perceptrons: number[][] };
}

const NEGLIGIBLE = 1e-2;
/** @nlpjs/neural's default output scale. */
const ALPHA = 0.07;
const round = (v: number) => Math.round(v * 1e3) / 1e3;
/** Enough passes for these examples to settle; NLP.js's default (20,000) takes minutes for the same model. */
const TRAINING_ITERATIONS = 1000;

/** Gives each feature name one index, shared by both networks. */
class FeatureTable {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();

  indexOf(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.index.set(name, i);
      this.names.push(name);
    }
    return i;
  }
}

function trainNetwork(examples: readonly { text: string; label: string }[], table: FeatureTable): SavedNetwork {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { NeuralNetwork: Network } = require('@nlpjs/neural') as { NeuralNetwork: new (settings: object) => NeuralNetwork };
  const net = new Network({ log: false, iterations: TRAINING_ITERATIONS });
  net.train(examples.map((e) => ({ input: Object.fromEntries(crisisFeatures(e.text).map((f) => [f, 1])), output: { [e.label]: 1 } })));
  const json = net.toJSON();
  const weights: number[][] = [];
  const biases: number[] = [];
  for (const perceptron of json.perceptrons) {
    const kept: number[] = [];
    for (let i = 0; i < json.features.length; i += 1) {
      const w = round(perceptron[i]);
      if (Math.abs(w) >= NEGLIGIBLE) kept.push(table.indexOf(json.features[i]), w);
    }
    weights.push(kept);
    biases.push(round(perceptron[json.features.length]));
  }
  return { classes: json.intents, weights, biases };
}

/** Trains a model (at build time and in the eval; never on a person's message). */
export function trainCrisisModel(examples: readonly TrainingExample[], threshold: number, key = ''): SavedCrisisModel {
  const table = new FeatureTable();
  const detect = trainNetwork(examples.map((e) => ({ text: e.text, label: e.kind === 'none' ? 'none' : 'crisis' })), table);
  const kinds = trainNetwork(examples.filter((e) => e.kind !== 'none').map((e) => ({ text: e.text, label: e.kind })), table);
  return { key, threshold, features: table.names, detect, kinds };
}

/** A network ready to run: per feature, its weight for each class, built once. */
class Network {
  private readonly byFeature = new Map<string, Float64Array>();

  constructor(
    readonly saved: SavedNetwork,
    features: readonly string[],
  ) {
    saved.weights.forEach((weights, c) => {
      for (let k = 0; k + 1 < weights.length; k += 2) {
        const name = features[weights[k]];
        const weight = weights[k + 1];
        let row = this.byFeature.get(name);
        if (!row) {
          row = new Float64Array(saved.classes.length);
          this.byFeature.set(name, row);
        }
        row[c] = weight;
      }
    });
  }

  /** Output per class (NLP.js's perceptrons: a leaky ReLU scaled by alpha), or undefined when no feature is known. */
  run(features: readonly string[]): Map<string, number> | undefined {
    const sums = Float64Array.from(this.saved.biases);
    let known = 0;
    for (const f of features) {
      const row = this.byFeature.get(f);
      if (!row) continue;
      known += 1;
      for (let c = 0; c < sums.length; c += 1) sums[c] += row[c];
    }
    if (known === 0) return undefined;
    return new Map(this.saved.classes.map((cls, c) => [cls, sums[c] > 0 ? ALPHA * sums[c] : 0]));
  }
}

/** A model ready to score. Only the message's own features are read: the cost does not grow with the model. */
export class CrisisModel {
  private readonly detect: Network;
  private readonly kinds: Network;

  constructor(readonly saved: SavedCrisisModel) {
    this.detect = new Network(saved.detect, saved.features);
    this.kinds = new Network(saved.kinds, saved.features);
  }

  score(text: string): CrisisScore {
    const features = crisisFeatures(text);
    const out = this.detect.run(features);
    if (!out) return { crisis: -1 };
    const crisis = (out.get('crisis') ?? 0) - (out.get('none') ?? 0);
    let kind: CrisisKindName | undefined;
    let best = 0;
    for (const [cls, value] of this.kinds.run(features) ?? []) {
      if (value > best) {
        best = value;
        kind = cls as CrisisKindName;
      }
    }
    return { crisis, kind };
  }

  /**
   * The score when it reaches the threshold, else null; null too for messages of fewer than
   * MIN_WORDS words: a crisis in one or two words ("kms", "help me") is the rules' to catch, and
   * the model, with almost nothing to read, would answer from its biases (a tapped "Myself").
   */
  isCrisis(text: string): CrisisScore | null {
    if (normalizeForCrisis(text).split(' ').filter((w) => /[a-z]/.test(w)).length < MIN_WORDS) return null;
    const score = this.score(text);
    return score.crisis >= this.saved.threshold ? score : null;
  }
}
