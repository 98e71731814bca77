// The NLP.js classifier: one perceptron per intent over the bag of stemmed words, the network
// NLP.js's own NLU trains (@nlpjs/neural). Weights are saved rounded and without zeros.
import { asShares, type ClassifierKind, type Example, type IntentClassifier } from './classifier';

interface NeuralNetworkJson {
  settings: Record<string, unknown>;
  features: string[];
  intents: string[];
  perceptrons: number[][];
}

interface NeuralNetwork {
  train(corpus: { input: Record<string, number>; output: Record<string, number> }[]): unknown;
  run(input: Record<string, number>): Record<string, number> | undefined;
  toJSON(): NeuralNetworkJson;
  fromJSON(json: NeuralNetworkJson): void;
}

/** Saved form: per intent, the weights that are not zero, as [feature index, weight] pairs. */
interface SavedNeural {
  features: string[];
  intents: string[];
  weights: [number, number][][];
  biases: number[];
}

function network(): NeuralNetwork {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { NeuralNetwork: Network } = require('@nlpjs/neural') as { NeuralNetwork: new (settings: object) => NeuralNetwork };
  return new Network({ log: false });
}

/** Weights below this change no decision; dropping them keeps the saved model small. */
const NEGLIGIBLE = 1e-3;
/** NLP.js's default alpha: trained outputs are alpha times the sum, about 1 for an example's intent. */
const ALPHA = 0.07;
const round = (v: number) => Math.round(v * 1e4) / 1e4;

class NeuralClassifier implements IntentClassifier {
  private readonly featureIndex: Map<string, number>;

  constructor(private readonly saved: SavedNeural) {
    this.featureIndex = new Map(saved.features.map((f, i) => [f, i]));
  }

  classify(features: readonly string[]) {
    const known = features.map((f) => this.featureIndex.get(f)).filter((i): i is number => i !== undefined);
    if (known.length === 0) return [];
    const present = new Set(known);
    const raw: Record<string, number> = {};
    this.saved.intents.forEach((intent, i) => {
      let sum = this.saved.biases[i];
      for (const [feature, weight] of this.saved.weights[i]) if (present.has(feature)) sum += weight;
      // NLP.js's perceptrons: a leaky ReLU scaled by alpha; below zero is "not this intent".
      raw[intent] = sum > 0 ? ALPHA * sum : 0;
    });
    return asShares(raw);
  }

  toJSON(): SavedNeural {
    return this.saved;
  }
}

export const neuralKind: ClassifierKind = {
  name: 'NLP.js neural (@nlpjs/neural)',
  train(examples: readonly Example[]) {
    const net = network();
    net.train(examples.map((e) => ({ input: Object.fromEntries(e.features.map((f) => [f, 1])), output: { [e.intent]: 1 } })));
    const json = net.toJSON();
    const saved: SavedNeural = {
      features: json.features,
      intents: json.intents,
      weights: json.perceptrons.map((p) =>
        p
          .slice(0, -1)
          .map((w, i): [number, number] => [i, round(w)])
          .filter(([, w]) => Math.abs(w) >= NEGLIGIBLE),
      ),
      biases: json.perceptrons.map((p) => round(p[p.length - 1])),
    };
    return new NeuralClassifier(saved);
  },
  load(saved: unknown) {
    return new NeuralClassifier(saved as SavedNeural);
  },
};
