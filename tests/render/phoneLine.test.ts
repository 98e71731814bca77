// A meeting's phone line reads as a number and a meeting id, with a tap-to-call link, never as
// a raw dial string ("+16699009128,,0000000000#").
import { expect } from 'chai';
import { renderReply, type Reply } from '../../src/render';
import { readPhoneLine } from '../../src/render/phoneLine';

const SMS = { choicesLead: 'Reply', moreHint: 'Reply MORE', moreNext: 'Reply MORE for the rest', choicesAbove: 'Reply a number above' };
const reply: Reply = {
  parts: [{ kind: 'meetings', meetings: [{ title: 'Hybrid Hope', when: 'Wed 6:00 PM', labels: [], phone: '+16699009128,,0000000000#' }] }],
  choices: [{ label: 'Main menu', action: 'menu' }],
};

describe('meeting phone lines', () => {
  it('reads a dial string as number, meeting id and tel: link', () => {
    expect(readPhoneLine('+16699009128,,0000000000#')).to.deep.equal({
      number: '+1 669 900 9128',
      meetingId: '000 000 0000',
      href: 'tel:+16699009128,,0000000000%23',
    });
    expect(readPhoneLine('+16465588656,,85512345678#')?.meetingId).to.equal('855 1234 5678');
    expect(readPhoneLine('not a number')).to.equal(undefined);
  });

  for (const channel of ['webchat', 'msteams']) {
    it(`${channel}: the card shows the number and id, and a tap-to-call button`, () => {
      const json = JSON.stringify(renderReply(reply, channel, SMS).activities);
      expect(json).to.include('+1 669 900 9128, ID 000 000 0000');
      expect(json).to.include('"url":"tel:+16699009128,,0000000000%23"');
      expect(json).to.not.include(',,0000000000#');
    });
  }

  it('sms: the line shows the number and id as a person reads them', () => {
    const text = renderReply(reply, 'sms', SMS)
      .activities.map((a) => a.text)
      .join('\n');
    expect(text).to.include('+1 669 900 9128, ID 000 000 0000');
    expect(text).to.not.include(',,');
  });
});
