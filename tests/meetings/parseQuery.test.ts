// A meeting search in a person's words, parsed without a network and with a fixed clock.
import { expect } from 'chai';
import { looksLikeMeetingSearch, parseMeetingQuery, parsePlaceAnswer, type MeetingQuery } from '../../src/meetings';
import { testKit } from '../helpers/botHarness';
import { NOW } from './fixtures';

function parse(text: string, locale: 'en' | 'es' = 'en'): MeetingQuery {
  return parseMeetingQuery(text, {
    locale,
    now: NOW,
    defaultTimeZone: 'America/New_York',
    groupsNamed: (t) => testKit().lookup.groupsNamed(t),
    timeZoneNear: (place) => (place.longitude < -115 ? 'America/Los_Angeles' : place.longitude < -100 ? 'America/Denver' : undefined),
  });
}

describe('meetings: parsing a search', () => {
  it('"find an AA meeting tonight near 94110": AA, the ZIP code, tonight in San Francisco', () => {
    const q = parse('find an AA meeting tonight near 94110');
    expect(q.fellowships).to.deep.equal(['alcoholics-anonymous']);
    expect(q.place).to.deep.include({ kind: 'near' });
    expect(q.place?.kind === 'near' && q.place.place.label).to.equal('94110');
    expect(q.timeZone).to.equal('America/Los_Angeles');
    expect(q.windows).to.have.length(1);
    // 20:00 in San Francisco is in; the ZIP code was not read as a time.
    expect(q.windows![0].from).to.equal(Date.UTC(2026, 4, 7, 0, 0)); // 17:00 PDT
    expect(q.windows![0].to).to.equal(Date.UTC(2026, 4, 7, 7, 0)); // midnight PDT
  });

  it('"NA meetings near Denver tomorrow": a city looked up offline, Denver\'s tomorrow', () => {
    const q = parse('NA meetings near Denver tomorrow');
    expect(q.fellowships).to.deep.equal(['narcotics-anonymous']);
    expect(q.place?.kind === 'near' && q.place.place.label).to.equal('Denver, CO');
    expect(q.timeZone).to.equal('America/Denver');
    expect(q.windows?.[0].from).to.equal(Date.UTC(2026, 4, 7, 6, 0)); // Thursday 00:00 MDT
  });

  it('"online SMART meeting on Saturday morning": SMART, online, Saturday morning in the person\'s zone', () => {
    const q = parse('online SMART meeting on Saturday morning');
    expect(q.fellowships).to.deep.equal(['smart-recovery']);
    expect(q.place).to.deep.equal({ kind: 'online' });
    expect(q.timeZone).to.equal('America/New_York');
    expect(q.windows?.length).to.equal(1);
  });

  it('reads the filters, and a group name is not a filter ("Women for Sobriety")', () => {
    expect(parse("open women's meeting near 10001 for beginners, wheelchair accessible").filters).to.have.members([
      'open',
      'women',
      'beginners',
      'wheelchair',
    ]);
    expect(parse('closed LGBTQ+ meeting in spanish near 10001').filters).to.have.members(['closed', 'lgbtq', 'spanish']);
    expect(parse('secular meeting for men tonight').filters).to.have.members(['secular', 'men']);
    expect(parse('Women for Sobriety meeting tonight').filters).to.not.include('women');
  });

  it('city with state, and a state that picks among same-named cities', () => {
    const springfield = parse('meetings in Springfield IL tomorrow');
    expect(springfield.place?.kind === 'near' && springfield.place.place.label).to.equal('Springfield, IL');
  });

  it('a ZIP code that does not exist is an unknown place, not a missing one', () => {
    const q = parse('find a meeting near 00000');
    expect(q.place).to.equal(undefined);
    expect(q.unknownPlace).to.equal(true);
  });

  it('tells a search from a question about meetings', () => {
    for (const text of [
      'find an AA meeting tonight near 94110',
      'NA meetings near Denver tomorrow',
      'where can I find an AA meeting near me',
      'any meetings in Brooklyn this weekend',
      'online SMART meeting on Saturday morning',
      'reunión de AA esta noche cerca de 94110',
    ]) {
      expect(looksLikeMeetingSearch(text), text).to.equal(true);
    }
    for (const text of [
      'what happens at an AA meeting',
      'are meetings free',
      'what is an open meeting',
      'is AA religious',
      'what is SMART Recovery',
      'can I bring my kid to a meeting?',
      'is there an app to find meetings',
      'hay una app para encontrar juntas',
      'what website lists NA meetings',
    ]) {
      expect(looksLikeMeetingSearch(text), text).to.equal(false);
    }
  });

  it('"help finding a meeting", "searching for an AA meeting", "buscando una junta" are searches', () => {
    for (const text of [
      'i need help finding a meeting',
      'searching for an AA meeting',
      'finding a SMART Recovery meeting is hard for me',
      'estoy buscando una junta de AA',
      'ando buscando reuniones de NA',
    ]) {
      expect(looksLikeMeetingSearch(text), text).to.equal(true);
    }
    // Finding something about meetings is not looking for one.
    for (const text of ["i'm finding it hard to go to meetings", 'finding out what happens at meetings']) {
      expect(looksLikeMeetingSearch(text), text).to.equal(false);
    }
  });

  it('an answer to "Where?": a ZIP code, a city, or online', () => {
    expect(parsePlaceAnswer('94110')).to.deep.include({ kind: 'near' });
    expect(parsePlaceAnswer('Denver, CO')).to.deep.include({ kind: 'near' });
    expect(parsePlaceAnswer('online please')).to.deep.equal({ kind: 'online' });
    expect(parsePlaceAnswer('what is SMART')).to.equal(undefined);
  });
});

describe('meetings: Spanish words and questions that are no search', () => {
  it('reads "en la junta" and "en el centro" as the meeting and downtown, unless a state follows', () => {
    expect(parse('hay juntas de AA en el centro', 'es').place).to.equal(undefined);
    expect(parse('me da pena que me vean en la junta de AA', 'es').place).to.equal(undefined);
    expect(looksLikeMeetingSearch('q pasa si me encuentro a alguien conocido en la junta')).to.equal(false);
    const q = parse('AA meetings in La Junta CO');
    expect(q.place?.kind === 'near' && q.place.place.label).to.match(/^La Junta/);
    expect(parsePlaceAnswer('El Centro')?.kind).to.equal('near');
  });

  it('leaves questions about going along and how long meetings last to the topics', () => {
    for (const text of [
      'my partner is going to her first AA meeting next week, am I allowed to sit in with her',
      'can i go with him to his NA meeting tomorrow',
      'how long is a typical NA meeting',
      'cuánto dura una junta de AA',
      'puedo acompañar a mi esposo a su reunión de AA',
    ]) {
      expect(looksLikeMeetingSearch(text), text).to.equal(false);
    }
    expect(looksLikeMeetingSearch('find an AA meeting near 94110')).to.equal(true);
  });
});
