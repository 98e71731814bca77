// The classifier behind the learned crisis check (src/safety/learned/logistic.ts).
import { expect } from 'chai';
import { Logistic, trainLogistic } from '../../src/safety/learned/logistic';

const NAMES = ['a', 'b', 'c', 'd', 'shared'];
const EXAMPLES = [
  { features: [0, 4], label: 'x' },
  { features: [0, 1], label: 'x' },
  { features: [2, 4], label: 'y' },
  { features: [2, 3], label: 'y' },
];

describe('learned crisis check: logistic regression', () => {
  it('learns which features point to which class, and scores unseen combinations by them', () => {
    const model = new Logistic(trainLogistic(EXAMPLES, ['x', 'y']), NAMES.length);
    const x = model.logits([0, 3], 2)!;
    expect(x.get('x')!).to.be.above(x.get('y')!);
    const y = model.logits([2, 1], 2)!;
    expect(y.get('y')!).to.be.above(y.get('x')!);
  });

  it('gives no score to a message with no feature it knows', () => {
    const model = new Logistic(trainLogistic(EXAMPLES, ['x', 'y']), NAMES.length);
    expect(model.logits([], 1)).to.equal(undefined);
  });

  it('is deterministic: the same examples give the same saved weights', () => {
    expect(trainLogistic(EXAMPLES, ['x', 'y'])).to.deep.equal(trainLogistic(EXAMPLES, ['x', 'y']));
  });

  it('refuses an example whose label is not a class', () => {
    expect(() => trainLogistic([{ features: [0], label: 'z' }], ['x', 'y'])).to.throw(/unknown class "z"/);
  });
});
