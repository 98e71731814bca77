// Card and menu actions: one union, one wire form (dialogs/action.ts).
import { expect } from 'chai';
import { decodeAction, encodeAction, PLAIN_ACTIONS, type Action } from '../../dialogs/action';

const EVERY_KIND: Action[] = [
  ...PLAIN_ACTIONS.map((type) => ({ type }) as Action),
  { type: 'compare', groups: [] },
  { type: 'compare', groups: ['alcoholics-anonymous', 'smart-recovery'] },
  { type: 'compare-with', group: 'lifering' },
  { type: 'groups', page: 0 },
  { type: 'topics', page: 2 },
  { type: 'topic', topic: 'first-meeting' },
  { type: 'group', group: 'al-anon' },
  { type: 'group-meeting', group: 'al-anon' },
  { type: 'group-find', group: 'al-anon' },
  { type: 'answer', question: 'who', choice: 'self' },
  { type: 'finder', step: 'continue' },
  { type: 'finder', step: 'more' },
  { type: 'finder', step: 'options' },
  { type: 'finder', step: 'refine' },
  { type: 'finder', step: 'restart' },
  { type: 'meet', step: 'for', groups: ['alcoholics-anonymous', 'narcotics-anonymous'] },
  { type: 'meet', step: 'day', date: '2026-12-03' },
  { type: 'meet', step: 'more' },
  { type: 'meet', step: 'retry' },
  { type: 'meet', step: 'online' },
  { type: 'meet', step: 'days' },
  { type: 'fact', group: 'lifering', facet: 'cost' },
  { type: 'referral', group: 'smart-recovery' },
];

describe('choice actions: one union and its wire form', () => {
  for (const action of EVERY_KIND) {
    it(`${JSON.stringify(action)} survives the wire`, () => {
      const wire = encodeAction(action);
      expect(wire).to.match(/^[a-z-]+(:[a-z0-9,=:-]*)?$/, 'the form channelInput accepts from a card');
      expect(decodeAction(wire)).to.deep.equal(action);
    });
  }

  it('names a plain action by its type alone', () => {
    expect(encodeAction('menu')).to.equal('menu');
    expect(encodeAction({ type: 'urgent' })).to.equal('urgent');
  });

  it('reads what older replies offered (the same strings as before)', () => {
    expect(decodeAction('answer:who=self')).to.deep.equal({ type: 'answer', question: 'who', choice: 'self' });
    expect(decodeAction('groups')).to.deep.equal({ type: 'groups', page: 0 });
    expect(decodeAction('finder')).to.deep.equal({ type: 'finder', step: 'continue' });
  });

  it('refuses what names no action: unknown verbs, missing or malformed arguments, extra arguments', () => {
    for (const wire of [
      '',
      'nope',
      'menu:x',
      'group:',
      'group:Not An Id',
      'answer:who',
      'finder:sideways',
      'meet:day=tomorrow',
      'meet:for=',
      'meet:fly',
      'fact:lifering',
      'topic:',
    ]) {
      expect(decodeAction(wire), wire).to.equal(undefined);
    }
  });
});
