// SMS through the real bot: an ordinary turn costs one message of at most two segments (GSM-7
// 160/153, UCS-2 70/67), in English and in Spanish; MORE brings the rest, a page at a time, and
// nothing the other channels show is lost on the way.
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { TestChat } from '../helpers/botHarness';
import { offeredChoices, smsChoiceLine, visibleText } from '../helpers/replies';
import { OFFERS_MORE, readWhole } from '../helpers/smsPages';
import { countSegments } from '../../src/render/gsm7';
import { renderForSms, SMS_SEGMENT_BUDGET, splitToFit } from '../../src/render/sms';
import type { Reply } from '../../src/render/reply';

function expectWithinBudget(replies: Partial<Activity>[], what: string): string {
  expect(replies, `${what}: one message`).to.have.length(1);
  const text = replies[0].text ?? '';
  const cost = countSegments(text);
  expect(cost.segments, `${what}: ${cost.segments} segments (${cost.encoding})\n${text}`).to.be.at.most(SMS_SEGMENT_BUDGET);
  expect(cost.encoding, `${what}: GSM-7, not UCS-2\n${text}`).to.equal('GSM-7');
  return text;
}

/** A conversation driven turn by turn; every turn is checked against the budget. */
async function walk(steps: { say: string; what: string; expect?: RegExp }[]): Promise<TestChat> {
  const chat = new TestChat('sms');
  for (const step of steps) {
    const text = expectWithinBudget(await chat.send(step.say), step.what);
    if (step.expect) expect(text, step.what).to.match(step.expect);
  }
  return chat;
}

describe('sms: one message of at most two segments a turn', () => {
  it('English: the welcome, a menu choice, a group answer, a topic answer, the finder questions and its results', async () => {
    await walk([
      { say: 'hi', what: 'welcome', expect: /Support Group Navigator[\s\S]*URGENT[\s\S]*Reply 1 Learn about support groups/ },
      { say: '1', what: 'menu choice (learn)', expect: /mutual support groups/i },
      { say: 'what is smart recovery', what: 'group answer', expect: /SMART Recovery/ },
      { say: 'is AA religious', what: 'topic answer', expect: /spiritual, not religious/ },
      { say: 'find a group', what: 'finder: who', expect: /Who are you looking for support for\?/ },
      { say: '1', what: 'finder: substance', expect: /main substance/ },
      { say: '1', what: 'finder: stop or cut back', expect: /stop completely, or cut back/ },
      { say: '1', what: 'finder: spirituality', expect: /spiritual approach/ },
      { say: '2', what: 'finder: women', expect: /women/ },
      { say: '2', what: 'finder: meeting style', expect: /kind of meeting/ },
      { say: '2', what: 'finder results', expect: /may fit:\n- .+\n- .+\n- .+/ },
    ]);
  });

  it('Spanish: the welcome, a menu choice, a group answer, a topic answer, the finder questions and its results', async () => {
    await walk([
      { say: 'hola', what: 'bienvenida', expect: /Hola, soy Support Group Navigator[\s\S]*URGENTE[\s\S]*Responde 1 Conocer/ },
      { say: '1', what: 'opción del menú', expect: /grupos de apoyo mutuo/i },
      { say: '¿qué es smart recovery?', what: 'un grupo', expect: /SMART Recovery/ },
      { say: '¿AA es religioso?', what: 'un tema', expect: /espiritual/ },
      { say: 'quiero buscar un grupo', what: 'buscador: para quién', expect: /¿Para quién buscas apoyo\?/ },
      { say: '1', what: 'buscador: sustancia', expect: /sustancia principal/ },
      { say: '1', what: 'buscador: dejarlo o reducir', expect: /dejarlo por completo o reducir/ },
      { say: '1', what: 'buscador: espiritualidad', expect: /espiritual/ },
      { say: '2', what: 'buscador: mujeres', expect: /mujeres/ },
      { say: '2', what: 'buscador: reuniones', expect: /reuni/ },
      { say: '2', what: 'resultados', expect: /pueden servirte:\n- .+\n- .+\n- .+/ },
    ]);
  });

  it('a meeting search, in English and in Spanish, and a first message that is a question', async () => {
    const en = new TestChat('sms', { conversationId: '+15550007001', userId: '+15550007001' });
    expectWithinBudget(await en.send('find an AA meeting near 10001'), 'meeting search');
    const es = new TestChat('sms', { conversationId: '+15550007002', userId: '+15550007002' });
    expectWithinBudget(await es.send('hola'), 'hola');
    expectWithinBudget(await es.send('reunión de AA cerca de 10001'), 'búsqueda de reuniones');
    const first = new TestChat('sms', { conversationId: '+15550007003', userId: '+15550007003' });
    expect(expectWithinBudget(await first.send('what is alcoholics anonymous'), 'first message')).to.match(
      /Support Group Navigator[\s\S]*Alcoholics Anonymous/,
    );
  });

  it('each page MORE brings is within the budget too, and the last one offers the choices again', async () => {
    const chat = new TestChat('sms');
    await chat.send('hi');
    const first = expectWithinBudget(await chat.send('what is alcoholics anonymous'), 'group answer');
    expect(first).to.match(OFFERS_MORE);
    const choices = smsChoiceLine(first).map((c) => c.label);
    let page = first;
    let pages = 0;
    while (OFFERS_MORE.test(page) && pages < 20) {
      page = expectWithinBudget(await chat.send('more'), `page ${++pages}`);
    }
    expect(pages).to.be.greaterThan(0);
    expect(smsChoiceLine(page).map((c) => c.label)).to.include.members(choices);
  });

  it('crisis help is sent whole, longer than the budget, with every number', async () => {
    const chat = new TestChat('sms');
    await chat.send('hi');
    const replies = await chat.send('I want to kill myself');
    const text = visibleText(replies);
    expect(replies.length).to.be.greaterThan(1);
    for (const number of ['988', '741741', '911', '1-800-662-4357']) expect(text).to.include(number);
    expect(text).to.not.match(OFFERS_MORE);
  });
});

/** Words as a person reads them: lower case, no accents, no punctuation around them. */
function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.\.\./g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/** Words of `whole` missing from `shown` (each occurrence counts). */
function missingWords(whole: string, shown: string): string[] {
  const left = new Map<string, number>();
  for (const w of words(shown)) left.set(w, (left.get(w) ?? 0) + 1);
  const missing: string[] = [];
  for (const w of words(whole)) {
    const n = left.get(w) ?? 0;
    if (n > 0) left.set(w, n - 1);
    else missing.push(w);
  }
  return missing;
}

describe('sms: MORE brings the rest, and nothing is lost', () => {
  // The plain-text channel shows everything at once: SMS, page after page, must show the same words.
  const CASES: { say: string; more: string; before?: string }[] = [
    { say: 'what is alcoholics anonymous', more: 'more' },
    { say: 'is AA religious', more: 'more' },
    { say: 'what is a sponsor', more: 'more' },
    { say: 'compare AA, SMART Recovery and LifeRing', more: 'more' },
    { say: 'does Families Anonymous have sponsors?', more: 'more' },
    { say: '¿qué es narcóticos anónimos?', more: 'más', before: 'hola' },
    { say: '¿qué pasa en una reunión de 12 pasos?', more: 'más', before: 'hola' },
    { say: 'compara aa y smart', more: 'más', before: 'hola' },
  ];
  for (const c of CASES) {
    it(`"${c.say}": every word shown elsewhere reaches the person on SMS`, async () => {
      const plain = new TestChat('plaintext-test');
      const sms = new TestChat('sms');
      await plain.send(c.before ?? 'menu');
      await sms.send(c.before ?? 'menu');
      const everything = visibleText(await plain.send(c.say)).replace(/^\d+\. .*$/gm, '');
      const replies = await readWhole(sms, c.say, c.more);
      expect(replies.length, 'the answer came in pages').to.be.greaterThan(1);
      for (const reply of replies) expect(countSegments(reply.text ?? '').segments).to.be.at.most(SMS_SEGMENT_BUDGET);
      expect(missingWords(everything, visibleText(replies)), 'words never shown on SMS').to.deep.equal([]);
    });
  }

  it('the choices picked after MORE pages are the ones first offered, by number', async () => {
    const chat = new TestChat('sms');
    await chat.send('hi');
    const first = await chat.send('what is smart recovery');
    const offered = offeredChoices(first);
    await readWhole(chat, 'more');
    const picked = visibleText(await chat.send('2'));
    expect(offered[1].label).to.equal('How to find a meeting');
    expect(picked).to.match(/To find a SMART Recovery meeting/);
  });
});

describe('sms renderer: pages of a long reply', () => {
  const OPTIONS = {
    choicesLead: 'Reply',
    moreHint: 'Reply MORE for details.',
    moreNext: 'Reply MORE for the rest.',
    choicesAbove: 'Reply with a number from the list above.',
  };
  const sentence = (i: number) => `Sentence number ${i} says one plain thing about the group.`;

  it('keeps every sentence, in order, across pages that each fit the budget', () => {
    const reply: Reply = {
      parts: [{ kind: 'text', text: Array.from({ length: 12 }, (_, i) => sentence(i)).join(' ') }],
      details: [{ kind: 'points', items: Array.from({ length: 6 }, (_, i) => `Point ${i} of the details`) }],
      choices: [1, 2, 3, 4, 5, 6, 7].map((n) => ({ label: `Choice number ${n}`, action: `a${n}` })),
    };
    const { activities, heldBack } = renderForSms(reply, OPTIONS);
    const pages = [activities[0].text ?? '', ...heldBack];
    expect(activities).to.have.length(1);
    for (const page of pages) expect(countSegments(page).segments, page).to.be.at.most(SMS_SEGMENT_BUDGET);
    const all = pages.join('\n');
    let at = -1;
    for (let i = 0; i < 12; i++) {
      const next = all.indexOf(sentence(i));
      expect(next, sentence(i)).to.be.greaterThan(at);
      at = next;
    }
    for (let i = 0; i < 6; i++) expect(all).to.include(`- Point ${i} of the details`);
    expect(heldBack[heldBack.length - 1]).to.match(/Reply 1 Choice number 1, .*7 Choice number 7$/);
  });

  it('crisis help (urgent) is never held back', () => {
    const reply: Reply = {
      parts: [{ kind: 'text', text: Array.from({ length: 12 }, (_, i) => sentence(i)).join(' ') }],
      choices: [{ label: 'Main menu', action: 'menu' }],
      urgent: true,
    };
    const { activities, heldBack } = renderForSms(reply, OPTIONS);
    expect(heldBack).to.deep.equal([]);
    expect(activities.map((a) => a.text).join(' ')).to.include(sentence(11));
  });

  it('a short telling comes before the choices: when both do not fit, the choices follow on MORE', () => {
    const meeting =
      'Today 6:00 PM - Hybrid Hope Mission - 0.8 mi - 362 Capp Street, San Francisco, CA 94110 - In person and online, Open, Discussion, Wheelchair Access';
    const reply: Reply = {
      parts: [
        { kind: 'text', text: `${sentence(1)} ${sentence(2)}` },
        { kind: 'text', text: `${meeting}, listed as of Jan 15, 2026` },
      ],
      brief: [
        { kind: 'text', text: `${sentence(1)} ${sentence(2)}` },
        { kind: 'text', text: meeting },
      ],
      choices: ['More meetings', 'Another day', 'Online instead', 'Main menu'].map((label, i) => ({ label, action: `a${i}` })),
    };
    const { activities, heldBack } = renderForSms(reply, OPTIONS);
    expect(activities[0].text).to.include(meeting);
    expect(countSegments(activities[0].text!).segments).to.be.at.most(SMS_SEGMENT_BUDGET);
    expect(heldBack[heldBack.length - 1]).to.match(/Reply 1 More meetings, 2 Another day, 3 Online instead, 4 Main menu$/);
  });

  it('what a short telling could not fit is not said again in its own words: the parts say it in full', () => {
    const long = Array.from({ length: 6 }, (_, i) => sentence(i)).join(' ');
    const reply: Reply = {
      parts: [
        { kind: 'text', text: long },
        { kind: 'text', text: 'The full line, with every detail.' },
      ],
      brief: [
        { kind: 'text', text: long },
        { kind: 'text', text: 'The short line.' },
      ],
      choices: [{ label: 'Main menu', action: 'menu' }],
    };
    const { activities, heldBack } = renderForSms(reply, OPTIONS);
    const all = [activities[0].text ?? '', ...heldBack].join('\n');
    expect(all).to.not.include('The short line.');
    expect(all).to.include('The full line, with every detail.');
  });

  it('"a.m." in a Spanish meeting time is no end of a sentence', () => {
    const line = 'Sab 10:00 a.m. - Grupo Esperanza - 0.4 mi - 1 Main St - Abierta';
    expect(splitToFit(line, (piece) => piece.length <= 40)[0]).to.equal('');
  });

  it('a number such as "0.4 mi" is no end of a sentence: a meeting line is never cut inside it', () => {
    const line = 'Today 7:00 PM - Group - 0.4 mi - 1 Main St Open\nNext line.';
    expect(splitToFit(line, (piece) => piece.length <= 30)[0]).to.equal('');
    expect(splitToFit(line, (piece) => piece.length <= 50)).to.deep.equal([
      'Today 7:00 PM - Group - 0.4 mi - 1 Main St Open',
      'Next line.',
    ]);
  });
});
