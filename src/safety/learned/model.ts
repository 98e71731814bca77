// The learned crisis check: two logistic-regression models (./logistic.ts) over the features of
// a message (./features.ts). The first tells a crisis from not a crisis; it decides. The second,
// trained on the crisis examples only, names the kind (which reply). One crisis class measured
// better on the dev split than a class per kind against `none`: more crises caught for the same
// false alarms. The saved model keeps only the weights that matter, rounded, so it loads fast.
import type { CrisisExampleKind } from '../../../content/crisisExamplesSchema';
import { normalizeForCrisis } from '../normalizeCrisisText';
import { crisisFeatures } from './features';
import { scaleOf, trainLogistic, type SavedLogistic } from './logistic';
import { packCrisisModel, packTables, rowOf, unpackTables, type PackedCrisisModel, type PackedHead, type UnpackedTables } from './packed';

/** Fewer words than this are left to the rules (see CrisisModel.isCrisis). */
const MIN_WORDS = 3;

export interface TrainingExample {
  text: string;
  kind: CrisisExampleKind;
}

type CrisisKindName = Exclude<CrisisExampleKind, 'none'>;

/** One trained model: per class, its weights that are not negligible (see SavedLogistic). */
export type SavedNetwork = SavedLogistic;

/** The score of a message with no feature the model knows: well below any threshold. */
const NOTHING_KNOWN = -100;

export interface SavedCrisisModel {
  /** What the model was made from (examples and feature code); see src/host/startup/crisisModel.ts. */
  key: string;
  /** A message is a crisis when its crisis margin (see CrisisScore) is at least this. */
  threshold: number;
  /** The features both models know, once. */
  features: string[];
  /** One class, `crisis`, whose log-odds is the margin of a crisis over none. */
  detect: SavedNetwork;
  /** One class per kind of crisis. */
  kinds: SavedNetwork;
}

export interface CrisisScore {
  /** The log-odds of `crisis` over `none`: above zero the model leans to a crisis. */
  crisis: number;
  /** The likeliest kind of crisis, when the kind model knew a feature of the message. */
  kind?: CrisisKindName;
}

/** Gives each feature name one index, shared by both models. */
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

function trainClassifier(examples: readonly { text: string; label: string }[], table: FeatureTable): SavedNetwork {
  const classes = [...new Set(examples.map((e) => e.label))].sort();
  return trainLogistic(
    examples.map((e) => ({ features: crisisFeatures(e.text).map((f) => table.indexOf(f)), label: e.label })),
    classes,
  );
}

/** Trains a model (at build time and in the eval; never on a person's message). */
export function trainCrisisModel(examples: readonly TrainingExample[], threshold: number, key = ''): SavedCrisisModel {
  const table = new FeatureTable();
  const detect = trainClassifier(
    examples.map((e) => ({ text: e.text, label: e.kind === 'none' ? 'none' : 'crisis' })),
    table,
  );
  const kinds = trainClassifier(
    examples.filter((e) => e.kind !== 'none').map((e) => ({ text: e.text, label: e.kind })),
    table,
  );
  return { key, threshold, ...keepWeightedFeatures(table.names, asMargin(detect), kinds) };
}

/**
 * Crisis-or-not as one class whose log-odds is the margin of `crisis` over `none`: the two
 * classes' weights are opposites, so one row says everything and the file holds half as much.
 */
function asMargin(model: SavedNetwork): SavedNetwork {
  const c = model.classes.indexOf('crisis');
  const n = model.classes.indexOf('none');
  if (c < 0 || n < 0 || model.classes.length !== 2) return model;
  const margin = new Map<number, number>();
  model.weights[c].forEach((v, k, flat) => k % 2 === 0 && margin.set(v, (margin.get(v) ?? 0) + flat[k + 1]));
  model.weights[n].forEach((v, k, flat) => k % 2 === 0 && margin.set(v, (margin.get(v) ?? 0) - flat[k + 1]));
  const round = (v: number) => Math.round(v * 1e3) / 1e3;
  return {
    classes: ['crisis'],
    weights: [[...margin].flatMap(([f, w]) => [f, round(w)])],
    biases: [round(model.biases[c] - model.biases[n])],
  };
}

/** Only the features some kept weight refers to, numbered again: a smaller file, a faster start. */
function keepWeightedFeatures(
  names: readonly string[],
  ...models: SavedNetwork[]
): { features: string[]; detect: SavedNetwork; kinds: SavedNetwork } {
  const renumbered = new Map<number, number>();
  const features: string[] = [];
  const renumber = (model: SavedNetwork): SavedNetwork => ({
    ...model,
    weights: model.weights.map((flat) =>
      flat.map((value, k) => {
        if (k % 2) return value;
        let i = renumbered.get(value);
        if (i === undefined) {
          i = features.length;
          renumbered.set(value, i);
          features.push(names[value]);
        }
        return i;
      }),
    ),
  });
  const [detect, kinds] = models.map(renumber);
  return { features, detect, kinds };
}

/**
 * A model ready to score, from the packed form the build saves (./packed.ts) or from one trained
 * in this process (packed first, so both run the same code). Only the message's own features are
 * read: the cost does not grow with the model.
 */
export class CrisisModel {
  readonly key: string;
  readonly threshold: number;
  private readonly packed: PackedHead;
  private readonly tables: UnpackedTables;

  /** Trained in this process, packed (JSON), or read from the build's file (a head and its tables). */
  constructor(model: SavedCrisisModel | PackedCrisisModel | { head: PackedHead; tables: UnpackedTables }) {
    if ('head' in model) {
      this.packed = model.head;
      this.tables = model.tables;
    } else {
      const packed = 'format' in model ? model : packCrisisModel(model);
      this.packed = packed;
      this.tables = unpackTables(packed);
    }
    this.key = this.packed.key;
    this.threshold = this.packed.threshold;
  }

  /** The packed form (JSON), from which the build's file is made (./packed.ts toBinary). */
  toJSON(): PackedCrisisModel {
    const { format, key, threshold, detect, kinds, scale } = this.packed;
    return packTables({ format, key, threshold, detect, kinds, scale }, this.tables);
  }

  score(text: string): CrisisScore {
    const features = crisisFeatures(text);
    const rows: number[] = [];
    for (const f of features) {
      const row = rowOf(this.tables.hashes, f);
      if (row !== undefined) rows.push(row);
    }
    if (rows.length === 0) return { crisis: NOTHING_KNOWN };
    const { detect, kinds } = this.packed;
    const detectLogits = this.logits(rows, features.length, detect.biases, 0);
    const at = (cls: string) => detectLogits[detect.classes.indexOf(cls)] ?? 0;
    const crisis = at('crisis') - at('none');
    const kindLogits = this.logits(rows, features.length, kinds.biases, detect.classes.length);
    let kind: CrisisKindName | undefined;
    let best = -Infinity;
    kindLogits.forEach((value, c) => {
      if (value > best) {
        best = value;
        kind = kinds.classes[c] as CrisisKindName;
      }
    });
    return { crisis, kind };
  }

  /** Log-odds per class (before the softmax) of one of the two models, whose weights start at column `offset`. */
  private logits(rows: readonly number[], featureCount: number, biases: readonly number[], offset: number): Float64Array {
    const sums = Float64Array.from(biases);
    const scale = scaleOf(featureCount);
    const { weights, width, scale: units } = this.tables;
    for (const row of rows) {
      const at = row * width + offset;
      for (let c = 0; c < sums.length; c += 1) sums[c] += (weights[at + c] / units) * scale;
    }
    return sums;
  }

  /**
   * The score when it reaches the threshold, else null; null too for messages of fewer than
   * MIN_WORDS words: a crisis in one or two words ("kms", "help me") is the rules' to catch, and
   * the model, with almost nothing to read, would answer from its biases (a tapped "Myself").
   */
  isCrisis(text: string): CrisisScore | null {
    if (
      normalizeForCrisis(text)
        .split(' ')
        .filter((w) => /[a-z]/.test(w)).length < MIN_WORDS
    )
      return null;
    const score = this.score(text);
    return score.crisis >= this.threshold ? score : null;
  }
}
