// An adult who grew up with a parent's drinking or drug use, told in one sentence, gets the groups
// for adult children first (ACA), not the question "whose drinking is affecting you?" and not
// Alateen; on every channel.
import { expect } from 'chai';
import { CHANNELS, personSpeaking as person } from '../helpers/botHarness';
import { listedGroups } from '../helpers/replies';
import { readAllOf as readAll } from '../helpers/smsPages';

describe('adult children of a parent who drank or used', () => {
  for (const channel of CHANNELS) {
    it(`${channel}: the groups for adult children come first, in English and Spanish`, async () => {
      const english = await readAll(
        person(channel, 'en'),
        "grew up with alcoholic parents, I'm 40 now and my relationships are a mess",
        'en',
      );
      expect(english).to.match(/for family and friends like you/);
      expect(listedGroups(english)[0]).to.match(/^Adult Children of Alcoholics/);
      expect(listedGroups(english)).to.not.include('Alateen');
      const spanish = await readAll(person(channel, 'es'), 'creci con padres alcoholicos y ahora tengo 35, que grupo hay para mi', 'es');
      expect(listedGroups(spanish)[0]).to.match(/^Hijos Adultos de Alcoh[oó]licos/);
    });
  }
});
