// The crisis model's saved form (src/safety/learned/packed.ts): hashed feature names and 16-bit
// weights must score every message exactly as the trained model's named, sparse weights do.
import { expect } from 'chai';
import { crisisFeatures } from '../../src/safety/learned/features';
import { scaleOf } from '../../src/safety/learned/logistic';
import { CrisisModel, trainCrisisModel, type SavedCrisisModel } from '../../src/safety/learned/model';
import { featureHash, packCrisisModel } from '../../src/safety/learned/packed';

const EXAMPLES = [
  { text: 'i want to end my life tonight', kind: 'suicide' as const },
  { text: 'i took all my pills and feel like i am fading', kind: 'overdose' as const },
  { text: 'he is not breathing and his lips are blue', kind: 'overdose' as const },
  { text: 'i keep cutting myself and cannot stop', kind: 'self-harm' as const },
  { text: 'i am going to hurt him when he gets home', kind: 'violence' as const },
  { text: 'where can i get naloxone to keep at home', kind: 'none' as const },
  { text: 'is there an online meeting tonight', kind: 'none' as const },
  { text: 'my dad died of an overdose years ago', kind: 'none' as const },
  { text: 'what does a sponsor do in na', kind: 'none' as const },
];

const MESSAGES = [
  'i want to end it all tonight',
  'he took too many pills and will not wake up',
  'where do i get naloxone',
  'an online meeting for my son',
  'qué es smart recovery',
  'zzz qqq',
];

/** The margin and likeliest kind straight from the named, sparse weights: what packing must keep. */
function reference(saved: SavedCrisisModel, text: string): { crisis: number; kind?: string } | undefined {
  const index = new Map(saved.features.map((name, i) => [name, i]));
  const features = crisisFeatures(text);
  const known = new Set(features.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  if (known.size === 0) return undefined;
  const logits = (model: SavedCrisisModel['detect']) =>
    model.classes.map((_, c) => {
      let sum = model.biases[c];
      for (const f of features) {
        const i = index.get(f);
        if (i === undefined) continue;
        for (let k = 0; k + 1 < model.weights[c].length; k += 2)
          if (model.weights[c][k] === i) sum += model.weights[c][k + 1] * scaleOf(features.length);
      }
      return sum;
    });
  const detect = logits(saved.detect);
  const crisis = (detect[saved.detect.classes.indexOf('crisis')] ?? 0) - (detect[saved.detect.classes.indexOf('none')] ?? 0);
  const kinds = logits(saved.kinds);
  return { crisis, kind: saved.kinds.classes[kinds.indexOf(Math.max(...kinds))] };
}

describe('the crisis model as saved (packed)', () => {
  const saved = trainCrisisModel(EXAMPLES, 0);

  it('scores every message as the named weights do, after a trip through JSON', () => {
    const model = new CrisisModel(JSON.parse(JSON.stringify(new CrisisModel(saved))));
    for (const text of MESSAGES) {
      const expected = reference(saved, text);
      const got = model.score(text);
      if (!expected) {
        expect(got.crisis, text).to.be.below(-50);
        continue;
      }
      expect(got.crisis, text).to.be.closeTo(expected.crisis, 1e-9);
      expect(got.kind, text).to.equal(expected.kind);
    }
  });

  it('refuses to pack two features whose names share a hash', () => {
    const twice = { ...saved, features: [saved.features[0], ...saved.features.slice(0, -1)] };
    expect(() => packCrisisModel(twice)).to.throw(/share a hash/);
  });

  it('hashes names to distinct, stable, safe integers', () => {
    const names = ['crisis', 'crisiss', 'w:end', 'w:and', 'p:end|life', 'c:end', 'c:ned', 'é', 'e'];
    const hashes = names.map(featureHash);
    expect(new Set(hashes).size).to.equal(names.length);
    for (const h of hashes) expect(Number.isSafeInteger(h) && h >= 0).to.equal(true);
    expect(featureHash('w:end')).to.equal(hashes[2]);
  });

  it('refuses damaged weights (cut short) instead of scoring with them: start-up then trains again', () => {
    const good = new CrisisModel(saved).toJSON();
    expect(() => new CrisisModel({ ...good, weights: good.weights.slice(0, 8) })).to.throw(/do not match/);
  });
});
