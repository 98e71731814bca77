// Finder results that help a person choose: what fits all the groups shown is said once, and
// each group's line says what fits it and what sets it apart from the others (its program, women
// only, the ways to meet only it offers), in English and in Spanish.
import { expect } from 'chai';
import { TestChat } from '../helpers/botHarness';
import { testKit } from '../helpers/botHarness';
import { contrastResults, distinctionsOf, rankGroups } from '../../src/finder';

/** The "- Name: why" lines of the results, by group name. */
function resultLines(text: string): string[] {
  return text.split('\n').filter((line) => /^- [^:]+: /.test(line));
}

const SITUATIONS = [
  { locale: 'en-US', say: "I'm a woman, I want to stop drinking, but I'm not religious" },
  { locale: 'en-US', say: 'I use cocaine and want to stop' },
  { locale: 'en-US', say: 'my husband drinks too much' },
  { locale: 'es-US', say: 'soy mujer, quiero dejar de tomar y no soy religiosa' },
  { locale: 'es-US', say: 'quiero dejar la cocaína' },
];

describe('finder results: what sets each group apart', () => {
  for (const s of SITUATIONS) {
    it(`${s.locale} "${s.say}": three different lines, each naming what sets that group apart`, async () => {
      const chat = new TestChat('webchat', { locale: s.locale });
      await chat.join();
      const text = (await chat.send(s.say)).map((r) => r.text ?? '').join('\n');
      const lines = resultLines(text);
      expect(lines, text).to.have.length(3);
      const reasons = lines.map((line) => line.replace(/^- [^:]+: /, ''));
      expect(new Set(reasons).size, text).to.equal(3);
      for (const reason of reasons)
        expect(reason, text).to.match(/its program: |women only|also by |su programa: |solo para mujeres|también por /);
      for (const line of lines) expect(line.length, line).to.be.at.most(160);
    });
  }

  it('names the program of each group only when the others shown do not share it', () => {
    const { content } = testKit().content;
    const group = (id: string) => content.groupsById.get(id)!;
    const apart = distinctionsOf(group('cocaine-anonymous'), [group('crystal-meth-anonymous'), group('narcotics-anonymous')]);
    // CA and CMA both follow "Twelve Steps and Twelve Traditions": not what sets CA apart.
    expect(apart.some((d) => d.kind === 'approach')).to.equal(false);
    const wfs = distinctionsOf(group('women-for-sobriety'), [group('lifering'), group('secular-aa')], 3);
    expect(wfs.map((d) => d.kind)).to.deep.equal(['approach', 'women', 'formats']);
  });

  it('says a reason every group shown shares once, not on every line', () => {
    const kit = testKit();
    const page = rankGroups(kit.content.finder, kit.content.content.groups, {
      who: 'self',
      substance: 'alcohol',
      spiritual: 'secular',
    }).slice(0, 3);
    const contrast = contrastResults(page);
    expect(contrast.shared.length).to.be.greaterThan(0);
    for (const entry of contrast.perGroup)
      for (const shared of contrast.shared) expect(entry.reasons.map((r) => r.en)).to.not.include(shared.en);
  });
});
