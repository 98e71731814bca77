import { expect } from 'chai';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import { CRISIS_RULES } from '../../src/safety/rules';
import { loadCrisisExamples } from '../../content/crisisExamplesSchema';
import { defaultContentDir } from '../../content/load';
import { loadBotContent } from '../../content/botContent';
import { CRISIS_PREFILTER_FILE, crisisRuleId, normalizeForCrisis, RULE_EXPRESSIONS, ruleCatches } from '../../src/safety/detectCrisis';
import { answersInText, choiceInText, FINDER_PREFILTER_FILE } from '../../src/finder/questions';
import { normalize } from '../../src/understand/normalize';
import {
  LiteralPrefilter,
  loadLiteralPrefilter,
  PREFILTER_FORMAT,
  sourceHash,
  type Expression,
} from '../../src/understand/literalPrefilter';
import { requiredAtoms } from '../../scripts/build/requiredAtoms';
import { finderExpressions, prefilterOf } from '../../scripts/build/prefilters';

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

/**
 * fast-check generates texts from each expression (without its assertions) and the prefilter
 * built from the required strings must let every one that matches through. With flag `i` the
 * texts are lowercased first, as the finder reads them.
 */
function expectEveryMatchAdmitted(expressions: readonly Expression[], { flags, numRuns }: { flags: '' | 'i'; numRuns: number }): void {
  const prefilter = new LiteralPrefilter(
    expressions.length,
    expressions.map((e) => requiredAtoms(e.source)),
  );
  expressions.forEach(({ id, source }, i) => {
    const loose = new RegExp(withoutAssertions(source), flags);
    const admitted = fc.property(fc.stringMatching(new RegExp(withoutAssertions(source))), (generated) => {
      const text = flags === 'i' ? generated.toLowerCase() : generated;
      return !loose.test(text) || prefilter.candidates(text)[i] === 1;
    });
    const run = fc.check(admitted, { numRuns, seed: 16 });
    expect(run.failed, `${id} refused ${JSON.stringify(run.counterexample)}`).to.equal(false);
  });
}

describe('literal prefilter: the strings an expression cannot match without (crisis rules, finder patterns)', () => {
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

  describe('soundness on every crisis rule', () => {
    it('admits every string its rule could match (generated from the rule by fast-check)', function () {
      this.timeout(60_000);
      expectEveryMatchAdmitted(RULE_EXPRESSIONS, { flags: '', numRuns: 150 });
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

  describe('soundness on every finder pattern', () => {
    const finder = loadBotContent().finder;
    const expressions = finderExpressions(finder);

    it('admits every lowercase text its pattern could match (generated from the pattern by fast-check)', function () {
      this.timeout(60_000);
      // The patterns ignore case and read lowercase text: generated, then lowercased, as the finder reads it.
      expectEveryMatchAdmitted(expressions, { flags: 'i', numRuns: 60 });
    });

    it('reads the same answers as every pattern would, on every example sentence of the content', () => {
      const texts = loadBotContent()
        .intents.flatMap((i) => [...(i.examples.en ?? []), ...(i.examples.es ?? [])])
        .map((t) => normalize(t));
      expect(texts.length).to.be.greaterThan(2000);
      const everyPattern = (q: (typeof finder.questions)[number], text: string) =>
        q.choices.find((c) => c.patterns.some((p) => new RegExp(p, 'i').test(text)));
      let compared = 0;
      for (const text of texts)
        for (const q of finder.questions) {
          const choice = choiceInText(q, text, true);
          // choiceInText prefers the longest match; without a match anywhere it must find none either.
          if (!everyPattern(q, text)) expect(choice, `${q.id}: ${text}`).to.equal(undefined);
          else {
            expect(choice, `${q.id}: ${text}`).to.not.equal(undefined);
            compared += 1;
          }
        }
      expect(compared).to.be.greaterThan(500);
      expect(answersInText(finder, normalize("I'm a woman, I want to stop drinking, but I'm not religious"))).to.include({
        who: 'self',
        substance: 'alcohol',
        spiritual: 'secular',
        women: 'yes',
      });
    });
  });

  describe('the build files', () => {
    it('are in use: a calm question reaches only a handful of the rules, a crisis reaches its own', () => {
      const prefilter = loadLiteralPrefilter(RULE_EXPRESSIONS, CRISIS_PREFILTER_FILE);
      expect(prefilter, 'npm run build writes dist/crisis-prefilter.json').to.be.instanceOf(LiteralPrefilter);
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
      const saved = prefilterOf(RULE_EXPRESSIONS);
      const [first] = RULE_EXPRESSIONS;
      saved.rules[first.id] = { source: sourceHash('an older expression'), atoms: ['zzzz'] };
      fs.writeFileSync(file, JSON.stringify(saved));
      const stale = loadLiteralPrefilter(RULE_EXPRESSIONS, file)!;
      expect(stale.candidates('nothing here')[0]).to.equal(1);
      expect(loadLiteralPrefilter(RULE_EXPRESSIONS, path.join(dir, 'missing.json'))).to.equal(undefined);
      fs.writeFileSync(file, JSON.stringify({ format: PREFILTER_FORMAT + 1, rules: {} }));
      expect(loadLiteralPrefilter(RULE_EXPRESSIONS, file)).to.equal(undefined);
      fs.writeFileSync(file, '{"format": 1, "rules": {"x": ');
      expect(loadLiteralPrefilter(RULE_EXPRESSIONS, file)).to.equal(undefined);
      // The finder's file is written by the same build.
      expect(fs.existsSync(FINDER_PREFILTER_FILE), 'npm run build writes dist/finder-prefilter.json').to.equal(true);
    });
  });
});
