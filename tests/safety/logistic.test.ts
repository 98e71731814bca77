// The classifier behind the learned crisis check (src/safety/learned/logistic.ts).
import { expect } from 'chai';
import { scaleOf, trainLogistic, type SavedLogistic } from '../../src/safety/learned/logistic';

const EXAMPLES = [
  { features: [0, 4], label: 'x' },
  { features: [0, 1], label: 'x' },
  { features: [2, 4], label: 'y' },
  { features: [2, 3], label: 'y' },
];

/** Log-odds per class of a message with these feature indices, read from the saved sparse weights. */
function logits(saved: SavedLogistic, known: number[], featureCount: number): Map<string, number> {
  return new Map(
    saved.classes.map((cls, c) => {
      let sum = saved.biases[c];
      for (let k = 0; k + 1 < saved.weights[c].length; k += 2)
        if (known.includes(saved.weights[c][k])) sum += saved.weights[c][k + 1] * scaleOf(featureCount);
      return [cls, sum];
    }),
  );
}

describe('learned crisis check: logistic regression', () => {
  it('learns which features point to which class, and scores unseen combinations by them', () => {
    const model = trainLogistic(EXAMPLES, ['x', 'y']);
    const x = logits(model, [0, 3], 2);
    expect(x.get('x')!).to.be.above(x.get('y')!);
    const y = logits(model, [2, 1], 2);
    expect(y.get('y')!).to.be.above(y.get('x')!);
  });

  it('is deterministic: the same examples give the same saved weights', () => {
    expect(trainLogistic(EXAMPLES, ['x', 'y'])).to.deep.equal(trainLogistic(EXAMPLES, ['x', 'y']));
  });

  it('refuses an example whose label is not a class', () => {
    expect(() => trainLogistic([{ features: [0], label: 'z' }], ['x', 'y'])).to.throw(/unknown class "z"/);
  });
});
