// The NLP.js classifier: one perceptron per intent over the bag of stemmed words, the network
// NLP.js's own NLU trains (@nlpjs/neural), saved compactly and run without NLP.js at all.
import { asShares, type ClassifierKind, type Example, type IntentClassifier } from './classifier';
import { SpellingCorrector } from './spelling';

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

/**
 * Saved form: every weight in one Float32 array, intent by intent (base64), so that loading is
 * one string to decode rather than tens of thousands of numbers to parse.
 */
interface SavedNeural {
  features: string[];
  intents: string[];
  weights: string;
  biases: number[];
}

/**
 * NLP.js's defaults but a slower learning rate: by 5-fold cross-validation on the content's
 * utterances, 0.05 reads about three more messages in a hundred right than the default 0.6.
 */
const SETTINGS = { learningRate: 0.05 };

function network(): NeuralNetwork {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { NeuralNetwork: Network } = require('@nlpjs/neural') as { NeuralNetwork: new (settings: object) => NeuralNetwork };
  return new Network({ log: false, ...SETTINGS });
}

/** NLP.js's default alpha: trained outputs are alpha times the sum, about 1 for an example's intent. */
const ALPHA = 0.07;

class NeuralClassifier implements IntentClassifier {
  private readonly featureIndex: Map<string, number>;
  private readonly weights: Float32Array;

  constructor(private readonly saved: SavedNeural) {
    this.featureIndex = new Map(saved.features.map((f, i) => [f, i]));
    const bytes = Buffer.from(saved.weights, 'base64');
    this.weights = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }

  classify(features: readonly string[]) {
    const known = [
      ...new Set(
        this.spelling()
          .correct(features)
          .map((f) => this.featureIndex.get(f))
          .filter((i): i is number => i !== undefined),
      ),
    ];
    if (known.length === 0) return [];
    const width = this.saved.features.length;
    const raw: Record<string, number> = {};
    this.saved.intents.forEach((intent, i) => {
      let sum = this.saved.biases[i];
      for (const f of known) sum += this.weights[i * width + f];
      // NLP.js's perceptrons: alpha times the sum when positive; below zero is "not this intent".
      raw[intent] = sum > 0 ? ALPHA * sum : 0;
    });
    return asShares(raw);
  }

  toJSON(): SavedNeural {
    return this.saved;
  }

  warmUp(): void {
    this.spelling().warmUp();
  }

  knows(feature: string): boolean {
    return this.featureIndex.has(feature);
  }

  private corrector?: SpellingCorrector;

  private spelling(): SpellingCorrector {
    return (this.corrector ??= new SpellingCorrector(this.featureIndex, () => this.featuresByWeight()));
  }

  /**
   * The known words, those that weigh most on some intent first: of two words one edit from a
   * misspelling, the one that says more is chosen.
   */
  private featuresByWeight(): string[] {
    const { features, intents } = this.saved;
    const width = features.length;
    const weight = features.map((_, f) => {
      let most = 0;
      for (let i = 0; i < intents.length; i++) most = Math.max(most, Math.abs(this.weights[i * width + f]));
      return most;
    });
    return features
      .map((_, f) => f)
      .sort((a, b) => weight[b] - weight[a])
      .map((f) => features[f]);
  }
}

export const neuralKind: ClassifierKind = {
  name: 'NLP.js neural (@nlpjs/neural)',
  train(examples: readonly Example[]) {
    const net = network();
    net.train(examples.map((e) => ({ input: Object.fromEntries(e.features.map((f) => [f, 1])), output: { [e.intent]: 1 } })));
    const json = net.toJSON();
    const width = json.features.length;
    const weights = new Float32Array(json.intents.length * width);
    json.perceptrons.forEach((p, i) => weights.set(p.slice(0, width), i * width));
    const saved: SavedNeural = {
      features: json.features,
      intents: json.intents,
      weights: Buffer.from(weights.buffer).toString('base64'),
      biases: json.perceptrons.map((p) => p[p.length - 1]),
    };
    return new NeuralClassifier(saved);
  },
  load(saved: unknown) {
    return new NeuralClassifier(saved as SavedNeural);
  },
};
