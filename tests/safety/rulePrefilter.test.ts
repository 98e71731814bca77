import { expect } from 'chai';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import { CRISIS_RULES } from '../../src/safety/rules';
import { loadCrisisExamples } from '../../content/crisisExamplesSchema';
import { defaultContentDir } from '../../content/load';
import { crisisRuleId, normalizeForCrisis, RULE_EXPRESSIONS, ruleCatches } from '../../src/safety/detectCrisis';
import { loadRulePrefilter, PREFILTER_FORMAT, RulePrefilter, sourceHash } from '../../src/safety/rulePrefilter';
import { requiredAtoms } from '../../scripts/build/requiredAtoms';
import { crisisPrefilter } from '../../scripts/build/crisisPrefilter';

/**
 * The pattern without its assertions (\b, lookarounds): it matches everything the pattern
 * matches and more, and the required strings ignore assertions, so they must hold for it too.
 * fast-check cannot generate strings for assertions, so this is what it generates from.
 */
function withoutAssertions(source: string): string {
  const ranges: [number, number][] = [];
  visitRegExpAST(new RegExpParser().parsePattern(source, 0, source.length, { unicode: false }), {
    onAssertionEnter: (node) => void ranges.push([node.start, node.end]),
  });
  let out = '';
  let at = 0;
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    if (start < at) continue; // inside an assertion already cut
    out += source.slice(at, start);
    at = end;
  }
  return out + source.slice(at);
}

describe('crisis rule prefilter: the strings a rule cannot match without', () => {
  describe('requiredAtoms', () => {
    it('joins literal runs, optional letters and small alternations into whole words', () => {
      expect(requiredAtoms('\\bs(?:ui|u)ci?de\\b')).to.have.members(['sucde', 'sucide', 'suicde', 'suicide']);
      expect(requiredAtoms('(?:going to|gonna)\\s+(?:die|end it)')).to.have.members(['going to', 'gonna']);
    });

    it('says nothing certain for what can match without a literal', () => {
      expect(requiredAtoms('\\w+')).to.equal(null);
      expect(requiredAtoms('(?:kill)?\\s*')).to.equal(null);
      expect(requiredAtoms('kill|\\d+')).to.equal(null);
      expect(requiredAtoms('(?=die)\\w+')).to.equal(null);
    });

    it('keeps the shorter of two atoms when one contains the other', () => {
      expect(requiredAtoms('overdose|overdosed|od')).to.deep.equal(['od', 'overdose']);
    });
  });

  describe('soundness on every rule', () => {
    it('admits every string its rule could match (generated from the rule by fast-check)', function () {
      this.timeout(60_000);
      const prefilter = new RulePrefilter(
        RULE_EXPRESSIONS.length,
        RULE_EXPRESSIONS.map((r) => requiredAtoms(r.source)),
      );
      RULE_EXPRESSIONS.forEach(({ id, source }, i) => {
        const loose = new RegExp(withoutAssertions(source));
        const admitted = fc.property(fc.stringMatching(loose), (text) => prefilter.candidates(text)[i] === 1);
        const run = fc.check(admitted, { numRuns: 150, seed: 16 });
        expect(run.failed, `${id} refused ${JSON.stringify(run.counterexample)}`).to.equal(false);
      });
    });

    it('gives the same decision as running every rule, on every rule example and every learned-check example', () => {
      const texts = [
        ...CRISIS_RULES.flatMap((r) => [...r.examples, ...(r.counterExamples ?? [])]),
        ...loadCrisisExamples(defaultContentDir()).map((e) => e.text),
      ];
      expect(texts.length).to.be.greaterThan(2000);
      for (const text of texts) {
        const everyRule = CRISIS_RULES.find((r) => ruleCatches(r.id, text))?.id ?? null;
        expect(crisisRuleId(text), text).to.equal(everyRule);
      }
    });
  });

  describe('the build file', () => {
    it('is in use: a calm question reaches only a handful of the rules, a crisis reaches its own', () => {
      const prefilter = loadRulePrefilter(RULE_EXPRESSIONS);
      expect(prefilter, 'npm run build writes dist/crisis-prefilter.json').to.be.instanceOf(RulePrefilter);
      const calm = prefilter!.candidates(normalizeForCrisis('what is smart recovery'));
      expect(calm.reduce((sum, may) => sum + may, 0)).to.be.lessThan(RULE_EXPRESSIONS.length / 10);
      const crisis = 'i took all my pills and cant breathe';
      const decided = RULE_EXPRESSIONS.findIndex((r) => r.id === crisisRuleId(crisis));
      expect(decided).to.be.greaterThan(-1);
      expect(prefilter!.candidates(normalizeForCrisis(crisis))[decided]).to.equal(1);
    });

    it('runs a rule whose expression changed since the build, and every rule without a file', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prefilter-'));
      const file = path.join(dir, 'crisis-prefilter.json');
      const saved = crisisPrefilter();
      const [first] = RULE_EXPRESSIONS;
      saved.rules[first.id] = { source: sourceHash('an older expression'), atoms: ['zzzz'] };
      fs.writeFileSync(file, JSON.stringify(saved));
      const stale = loadRulePrefilter(RULE_EXPRESSIONS, file)!;
      expect(stale.candidates('nothing here')[0]).to.equal(1);
      expect(loadRulePrefilter(RULE_EXPRESSIONS, path.join(dir, 'missing.json'))).to.equal(undefined);
      fs.writeFileSync(file, JSON.stringify({ format: PREFILTER_FORMAT + 1, rules: {} }));
      expect(loadRulePrefilter(RULE_EXPRESSIONS, file)).to.equal(undefined);
      fs.writeFileSync(file, '{"format": 1, "rules": {"x": ');
      expect(loadRulePrefilter(RULE_EXPRESSIONS, file)).to.equal(undefined);
    });
  });
});
