// Generated from the rules themselves: every rule catches each message it exists for (its
// `examples`), with its kind, and no `counterExamples` message is read as any crisis.
import { expect } from 'chai';
import { detectCrisis, ruleCatches } from '../../src/safety/detectCrisis';
import { CRISIS_RULES } from '../../src/safety/rules';

describe('crisis rules, tested from their own examples', () => {
  it('every rule has a unique id that names its language and kind, and at least one example', () => {
    const ids = new Set<string>();
    for (const rule of CRISIS_RULES) {
      expect(ids.has(rule.id), `duplicate id ${rule.id}`).to.equal(false);
      ids.add(rule.id);
      expect(rule.id.startsWith(`${rule.lang}.${rule.kind}.`), rule.id).to.equal(true);
      expect(rule.examples.length, `${rule.id} has no example`).to.be.greaterThan(0);
    }
    expect(ids.size).to.be.greaterThan(90);
  });

  for (const rule of CRISIS_RULES) {
    describe(rule.id, () => {
      for (const example of rule.examples) {
        it(`catches ${JSON.stringify(example)} as ${rule.kind}`, () => {
          expect(ruleCatches(rule.id, example), 'the rule alone').to.equal(true);
          expect(detectCrisis(example)?.kind).to.equal(rule.kind);
        });
      }
      for (const counter of rule.counterExamples ?? []) {
        it(`leaves ${JSON.stringify(counter)} alone`, () => {
          expect(detectCrisis(counter)).to.equal(null);
        });
      }
    });
  }

  it('an unknown rule id is an error, not a silent false', () => {
    expect(() => ruleCatches('en.nothing.01', 'i want to die')).to.throw(/No crisis rule/);
  });
});
