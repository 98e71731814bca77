// An adult who grew up with a parent's drinking or drug use, told in one sentence, gets the groups
// for adult children first (ACA), not the question "whose drinking is affecting you?" and not
// Alateen; on every channel.
import { expect } from 'chai';
import { CHANNELS, personSpeaking as person } from '../helpers/botHarness';
import { readAllOf as readAll } from '../helpers/smsPages';

const listed = (reply: string) => [...reply.matchAll(/^- ([^:\n]+)/gm)].map((m) => m[1].trim());

describe('adult children of a parent who drank or used', () => {
  for (const channel of CHANNELS) {
    it(`${channel}: the groups for adult children come first, in English and Spanish`, async () => {
      const english = await readAll(
        person(channel, 'en'),
        "grew up with alcoholic parents, I'm 40 now and my relationships are a mess",
        'en',
      );
      expect(english).to.match(/for family and friends like you/);
      expect(listed(english)[0]).to.match(/^Adult Children of Alcoholics/);
      expect(listed(english)).to.not.include('Alateen');
      const spanish = await readAll(person(channel, 'es'), 'creci con padres alcoholicos y ahora tengo 35, que grupo hay para mi', 'es');
      expect(listed(spanish)[0]).to.match(/^Hijos Adultos de Alcoh[oó]licos/);
    });
  }
});
