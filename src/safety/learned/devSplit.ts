// A fixed split of the crisis examples into training and dev sets (by a hash of the text, so
// the split never changes when examples are added elsewhere), and the threshold chosen on the
// dev set: the lowest share that keeps false alarms on the dev set's non-crisis messages within
// the target, so recall is as high as that allows.
import { createHash } from 'node:crypto';
import type { CrisisExample } from '../../../content/crisisExamplesSchema';
import { CrisisModel, trainCrisisModel, type TrainingExample } from './model';

/** One example in DEV_EVERY goes to the dev set. */
const DEV_EVERY = 5;
/** The product's limit on false alarms among messages that share words with a crisis. */
export const MAX_FALSE_ALARMS = 0.1;
/** The thresholds chosen from stay within these log-odds (from nine to one against to nine to one for). */
const MIN_THRESHOLD = -2.2;
const MAX_THRESHOLD = 2.2;
/** The threshold used when the dev set cannot choose (too few examples): even odds. */
export const DEFAULT_THRESHOLD = 0;

export function isDevExample(text: string): boolean {
  return createHash('sha256').update(text.toLowerCase()).digest()[0] % DEV_EVERY === 0;
}

export function splitExamples(examples: readonly CrisisExample[]): { train: CrisisExample[]; dev: CrisisExample[] } {
  const train: CrisisExample[] = [];
  const dev: CrisisExample[] = [];
  for (const e of examples) (isDevExample(e.text) ? dev : train).push(e);
  return { train, dev };
}

/**
 * The lowest threshold at which the false alarms on the dev set's non-crisis messages that share
 * words with a crisis (not the `everyday` ones), the rules' and the learned check's together,
 * stay within MAX_FALSE_ALARMS of them.
 */
export function chooseThreshold(model: CrisisModel, dev: readonly CrisisExample[], ruleCaught: (text: string) => boolean): number {
  // The limit is on messages that share words with a crisis: everyday ones would make it easy.
  const calm = dev.filter((e) => e.kind === 'none' && !e.everyday);
  if (calm.length < 10) return DEFAULT_THRESHOLD;
  const missed = calm.filter((e) => !ruleCaught(e.text));
  const calmScores = missed.map((e) => model.score(e.text).crisis).sort((a, b) => b - a);
  const allowed = Math.floor(calm.length * MAX_FALSE_ALARMS) - (calm.length - missed.length);
  if (allowed < 0) return MAX_THRESHOLD;
  // Just above the highest score that would be one false alarm too many.
  const tooMany = calmScores[allowed];
  const threshold = tooMany === undefined ? MIN_THRESHOLD : Math.round(tooMany * 1000) / 1000 + 0.001;
  return Math.min(MAX_THRESHOLD, Math.max(MIN_THRESHOLD, threshold));
}

/** Trains on the training set, chooses the threshold on the dev set. */
export function thresholdFromDevSplit(
  examples: readonly CrisisExample[],
  ruleCaught: (text: string) => boolean,
  alsoTrainOn: readonly TrainingExample[] = [],
): number {
  const { train, dev } = splitExamples(examples);
  const model = new CrisisModel(trainCrisisModel([...train, ...alsoTrainOn], DEFAULT_THRESHOLD));
  return chooseThreshold(model, dev, ruleCaught);
}
