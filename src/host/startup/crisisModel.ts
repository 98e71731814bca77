// The learned crisis check's model, written by `npm run build` next to the content snapshot
// (dist/crisis-model.bin, see src/safety/learned/packed.ts toBinary) and read at start-up, so that
// no process trains it. The file is used only when it was made from the same examples and the same
// feature and model code as this process has; otherwise the model is trained here, so an edit to
// the examples is never ignored.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadCrisisExamples, defaultCrisisExamplesDir } from '../../../content/crisisExamplesSchema';
import type { BotContent } from '../../../content/botContent';
import { contentFingerprint, loadBotContentFast } from '../../../content/snapshot';
import { defaultContentDir, repoRoot } from '../../../content/load';
import { detectCrisis } from '../../safety/detectCrisis';
import { thresholdFromDevSplit } from '../../safety/learned/devSplit';
import { domainExamples, domainLines } from '../../safety/learned/domainExamples';
import { CrisisModel, trainCrisisModel, type SavedCrisisModel } from '../../safety/learned/model';
import { fromBinary, toBinary, type BinaryHeader, type UnpackedTables } from '../../safety/learned/packed';

export function defaultCrisisModelFile(): string {
  return path.join(repoRoot(), 'dist', 'crisis-model.bin');
}

/**
 * The content folder whose crisis-examples train the model: a CONTENT_DIR of a deployment's own
 * that carries no examples still gets the learned check, trained from the repository's.
 */
function examplesDataDir(dataDir: string): string {
  return fs.existsSync(defaultCrisisExamplesDir(dataDir)) ? dataDir : path.join(repoRoot(), 'content', 'data');
}

/** The code that reads and scores the examples: a change to it makes another model. */
const MODEL_CODE = [
  '../../safety/learned/features',
  '../../safety/learned/logistic',
  '../../safety/learned/model',
  '../../safety/learned/devSplit',
  '../../safety/normalizeCrisisText',
  '../../safety/learned/domainExamples',
];

/**
 * What the model depends on: the example files, the lines taken from the content, and the code
 * that reads and scores them. Contents, not modification times: a copy of the files (a deploy)
 * must not make start-up train the model again.
 */
export function crisisModelKey(contentDir: string, bot: BotContent = loadBotContentFast(contentDir)): string {
  const hash = createHash('sha256');
  for (const module of MODEL_CODE) hash.update(fs.readFileSync(require.resolve(module)));
  const examplesDir = defaultCrisisExamplesDir(examplesDataDir(contentDir));
  for (const name of fs.readdirSync(examplesDir).sort()) hash.update(`${name}\0`).update(fs.readFileSync(path.join(examplesDir, name)));
  // The names, labels and example questions of the content are taught as "not a crisis" too.
  hash.update(JSON.stringify(domainLines(bot)));
  return hash.digest('hex');
}

/**
 * The same inputs by path, size and modification time (the content's by its snapshot
 * fingerprint): checked first, so that a start where nothing moved reads no file but the model's
 * (~10 ms less). A copy elsewhere fails it and falls back to the key.
 */
export function crisisModelQuickKey(contentDir: string): string {
  const hash = createHash('sha256');
  const stamp = (file: string) => {
    const stat = fs.statSync(file);
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  for (const module of MODEL_CODE) stamp(require.resolve(module));
  const examplesDir = defaultCrisisExamplesDir(examplesDataDir(contentDir));
  for (const name of fs.readdirSync(examplesDir).sort()) stamp(path.join(examplesDir, name));
  hash.update(contentFingerprint(contentDir));
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
  fs.writeFileSync(file, toBinary(model.toJSON(), crisisModelQuickKey(dataDir)));
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
  if (saved && (saved.header.quickKey === crisisModelQuickKey(dataDir) || saved.header.key === crisisModelKey(dataDir, bot))) {
    return { model: new CrisisModel({ head: saved.header, tables: saved.tables }), source: 'saved' };
  }
  return { model: new CrisisModel(trainCrisisModelFromContent(dataDir, bot)), source: 'trained' };
}

/** The build's file, or undefined when it is missing, damaged or of another format. */
export function readSaved(file: string): { header: BinaryHeader; tables: UnpackedTables } | undefined {
  try {
    return fromBinary(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}
