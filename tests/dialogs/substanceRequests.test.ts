// "Is there a group to quit weed", "hay algún grupo para dejar los porros", "phone meetings for meth
// addicts?": a group (or its meetings) asked for, for a substance, naming no group, gets the groups
// for that substance, on every channel. Before, the word search's best hit answered: Moderation
// Management's summary (found through "grupo" and "dejar", a group about drinking), the topic on
// cutting down or quitting, or a "did you mean" question.
import { expect } from 'chai';
import { CHANNELS, personSpeaking as person } from '../helpers/botHarness';
import { listedGroups } from '../helpers/replies';
import { readAllOf as readAll } from '../helpers/smsPages';

describe('a group asked for, for a substance: the groups for that substance', () => {
  for (const channel of CHANNELS) {
    describe(channel, () => {
      it('Spanish: marijuana and crack in everyday words', async () => {
        const porros = await readAll(person(channel, 'es'), 'Oye, ¿hay algún grupo para dejar los porros?', 'es');
        expect(porros).to.match(/pueden servirte/);
        expect(listedGroups(porros)[0]).to.match(/Marihuana An[oó]nimos/);
        expect(porros).to.not.match(/Moderation Management/);
        const piedra = await readAll(person(channel, 'es'), 'hay grupos para dejar la piedra', 'es');
        expect(listedGroups(piedra)[0]).to.match(/Coca[ií]na An[oó]nimos/);
        expect(piedra).to.not.match(/Beber menos o dejarlo/);
      });

      it('English: weed, and cutting back on drinking', async () => {
        const weed = await readAll(person(channel, 'en'), 'is there a group to quit weed', 'en');
        expect(listedGroups(weed)[0]).to.match(/Marijuana Anonymous/);
        // Read as the topic on cutting down or quitting, or as the groups: either way the two moderation programs.
        const cutBack = await readAll(person(channel, 'en'), 'groups for cutting back on drinking', 'en');
        expect(cutBack).to.match(/Moderation Management/);
        expect(cutBack).to.match(/HAMS/);
        expect(listedGroups(cutBack)[0] ?? '').to.not.match(/Alcoholics Anonymous/);
        const phone = await readAll(person(channel, 'en'), 'phone meetings for meth addicts?', 'en');
        expect(listedGroups(phone)[0]).to.match(/Crystal Meth Anonymous/);
      });

      it('a group named is still that group', async () => {
        const named = await readAll(person(channel, 'en'), 'what is moderation management', 'en');
        expect(named).to.match(/Moderation Management \(MM\) is a non-12-step program/);
      });
    });
  }
});
