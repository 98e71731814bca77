// The learned crisis check's model, written by `npm run build` next to the content snapshot
// (dist/crisis-model.json) and read at start-up, so that no process trains it. The file is used
// only when it was made from the same examples and the same feature and model code as this
// process has; otherwise the model is trained here, so an edit to the examples is never ignored.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadCrisisExamples, defaultCrisisExamplesDir } from '../../../content/crisisExamplesSchema';
import type { BotContent } from '../../../content/botContent';
import { loadBotContentFast } from '../../../content/snapshot';
import { defaultContentDir, repoRoot } from '../../../content/load';
import { detectCrisis } from '../../safety/detectCrisis';
import { thresholdFromDevSplit } from '../../safety/learned/devSplit';
import { domainExamples, domainLines } from '../../safety/learned/domainExamples';
import { CrisisModel, trainCrisisModel, type SavedCrisisModel } from '../../safety/learned/model';
import { PACKED_FORMAT, type PackedCrisisModel } from '../../safety/learned/packed';

export function defaultCrisisModelFile(): string {
  return path.join(repoRoot(), 'dist', 'crisis-model.json');
}

/**
 * The content folder whose crisis-examples train the model: a CONTENT_DIR of a deployment's own
 * that carries no examples still gets the learned check, trained from the repository's.
 */
function examplesDataDir(dataDir: string): string {
  return fs.existsSync(defaultCrisisExamplesDir(dataDir)) ? dataDir : path.join(repoRoot(), 'content', 'data');
}

/**
 * What the model depends on: the example files, the lines taken from the content, and the code
 * that reads and scores them. Contents, not modification times: a copy of the files (a deploy)
 * must not make start-up train the model again.
 */
export function crisisModelKey(contentDir: string, bot: BotContent = loadBotContentFast(contentDir)): string {
  const dataDir = examplesDataDir(contentDir);
  const hash = createHash('sha256');
  for (const module of [
    '../../safety/learned/features',
    '../../safety/learned/logistic',
    '../../safety/learned/model',
    '../../safety/learned/devSplit',
    '../../safety/normalizeCrisisText',
  ]) {
    hash.update(fs.readFileSync(require.resolve(module)));
  }
  hash.update(fs.readFileSync(require.resolve('../../safety/learned/domainExamples')));
  const examplesDir = defaultCrisisExamplesDir(dataDir);
  for (const name of fs.readdirSync(examplesDir).sort()) hash.update(`${name}\0`).update(fs.readFileSync(path.join(examplesDir, name)));
  // The names, labels and example questions of the content are taught as "not a crisis" too.
  hash.update(JSON.stringify(domainLines(bot)));
  return hash.digest('hex');
}

/** Trains on every example, with the threshold chosen on the dev split. Throws a ContentError on bad examples. */
export function trainCrisisModelFromContent(
  contentDir = defaultContentDir(),
  bot: BotContent = loadBotContentFast(contentDir),
): SavedCrisisModel {
  const examples = loadCrisisExamples(examplesDataDir(contentDir));
  const ruleCaught = (text: string) => detectCrisis(text) !== null;
  const domain = domainExamples(bot, examples, ruleCaught);
  const threshold = thresholdFromDevSplit(examples, ruleCaught, domain);
  return trainCrisisModel([...examples, ...domain], threshold, crisisModelKey(contentDir, bot));
}

export function writeCrisisModel(dataDir = defaultContentDir(), file = defaultCrisisModelFile(), bot?: BotContent): CrisisModel {
  const model = new CrisisModel(trainCrisisModelFromContent(dataDir, bot));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(model));
  return model;
}

export interface LoadedCrisisModel {
  model: CrisisModel;
  /** `saved` when read from the build's file, `trained` when this process had to train it. */
  source: 'saved' | 'trained';
}

/** The model from the build's file when it matches, else trained now. */
export function loadCrisisModel(
  dataDir = defaultContentDir(),
  file = defaultCrisisModelFile(),
  bot: BotContent = loadBotContentFast(dataDir),
): LoadedCrisisModel {
  const saved = readSaved(file);
  if (saved && saved.key === crisisModelKey(dataDir, bot)) {
    try {
      return { model: new CrisisModel(saved), source: 'saved' };
    } catch {
      // A damaged file (weights cut short): trained again below, as if it were missing.
    }
  }
  return { model: new CrisisModel(trainCrisisModelFromContent(dataDir, bot)), source: 'trained' };
}

function readSaved(file: string): PackedCrisisModel | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<PackedCrisisModel>;
    const head = (h: unknown) => {
      const model = h as Partial<PackedCrisisModel['detect']> | undefined;
      return !!model && Array.isArray(model.classes) && Array.isArray(model.biases) && model.classes.length === model.biases.length;
    };
    const ok =
      parsed.format === PACKED_FORMAT &&
      typeof parsed.key === 'string' &&
      typeof parsed.threshold === 'number' &&
      typeof parsed.scale === 'number' &&
      typeof parsed.hashes === 'string' &&
      typeof parsed.weights === 'string' &&
      head(parsed.detect) &&
      head(parsed.kinds);
    return ok ? (parsed as PackedCrisisModel) : undefined;
  } catch {
    return undefined;
  }
}
