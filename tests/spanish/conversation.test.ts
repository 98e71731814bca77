// The whole conversation in Spanish over HTTP: with a Spanish locale on webchat, and with
// Spanish text alone on SMS (no locale). Questions, the finder, crisis help, switching language.
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { SMS_HARD_LIMIT, SMS_SOFT_LIMIT } from '../../src/render/sms';
import { HttpBot, HttpConversation } from '../helpers/httpHarness';
import { offeredChoices, visibleText, type OfferedChoice } from '../helpers/replies';
import { readWhole } from '../helpers/smsPages';

// SMS writes Spanish without the accents GSM-7 lacks (tú -> tu).
const RESULTS_ES = /pueden servirte|para familiares y amigos como t[uú]|para tu cliente/;

function pick(replies: Partial<Activity>[], label: RegExp): OfferedChoice {
  const choice = offeredChoices(replies).find((c) => label.test(c.label));
  if (!choice)
    throw new Error(
      `no choice like ${label} in: ${offeredChoices(replies)
        .map((c) => c.label)
        .join(' | ')}`,
    );
  return choice;
}

/** Words of an English reply that must not appear in a Spanish one. */
const ENGLISH_UI = /\b(Main menu|Find a group|Reply \d|Who are you|What is the main|may fit|Not sure)\b/;

describe('spanish: the conversation over HTTP', () => {
  const bot = new HttpBot();
  let counter = 0;
  const webchat = () => new HttpConversation(bot, 'webchat', `es-web-${++counter}`, `dl_es_${counter}`, 'es-US');
  const sms = () => {
    const phone = `+1555300${String(++counter).padStart(4, '0')}`;
    return new HttpConversation(bot, 'sms', phone, phone);
  };

  before(async () => {
    await bot.start();
  });
  after(async () => {
    await bot.stop();
  });

  it('webchat with locale es-US: welcome, menu and answers in Spanish, with the right facts', async () => {
    const convo = webchat();
    const welcome = visibleText((await convo.join()).replies);
    expect(welcome).to.match(/Hola, soy Support Group Navigator/);
    expect(welcome).to.match(/Buscar un grupo para mí/);

    const aaReplies = (await convo.send('¿Qué es AA?')).replies;
    const aa = visibleText(aaReplies);
    expect(aa).to.match(/Alcohólicos Anónimos \(AA\) es una comunidad gratuita de 12 pasos/);
    expect(aa).to.match(/Akron, Ohio, en 1935/);
    // The website button opens aa.org's Spanish pages.
    expect(JSON.stringify(aaReplies)).to.include('"https://www.aa.org/es"');

    const cost = visibleText((await convo.send('¿las reuniones cuestan dinero?')).replies);
    expect(cost).to.match(/son gratis/);
    expect(cost).to.match(/1-800-662-4357/);

    const family = visibleText((await convo.send('grupos para familias')).replies);
    expect(family).to.match(/Al-Anon/);
    expect(family).to.match(/Nar-Anon/);
    expect(family).to.not.match(ENGLISH_UI);
  });

  it('sms without a locale: "hola" switches to Spanish, and "¿qué es AA?" is answered in Spanish', async () => {
    const convo = sms();
    const hello = visibleText((await convo.send('hola')).replies);
    expect(hello).to.match(/Hola, soy Support Group Navigator/);
    expect(hello).to.match(/^Responde 1 Conocer los grupos de apoyo, 2 /m);
    expect(hello).to.not.match(ENGLISH_UI);

    const other = sms();
    const aa = visibleText((await other.send('¿qué es AA?')).replies);
    // SMS writes Spanish without the accents GSM-7 lacks (anónimo -> anonimo, MÁS -> MAS).
    expect(aa).to.match(/anonimo; en crisis, escribe URGENTE/); // the first-message greeting, in Spanish
    expect(aa).to.match(/Alcoholicos Anonimos \(AA\)/);
    expect(aa).to.match(/Responde MAS para ver detalles/);
  });

  it('sms: the finder completed in Spanish, by number and by words, to a fitting recommendation', async () => {
    const convo = sms();
    let { replies } = await convo.send('quiero buscar un grupo');
    expect(visibleText(replies)).to.match(/¿Para quién buscas apoyo\?/);
    ({ replies } = await convo.send('2')); // Alguien que me importa
    expect(visibleText(replies)).to.match(/¿Quién es la persona que bebe o usa drogas\?/);
    ({ replies } = await convo.send('mi esposo'));
    expect(visibleText(replies)).to.match(/¿Eres adolescente\?/);
    ({ replies } = await convo.send('no, soy adulta'));
    expect(visibleText(replies)).to.match(/¿Cual es la sustancia principal\?/); // SMS: no accents GSM-7 lacks
    ({ replies } = await convo.send('la primera')); // Alcohol
    for (let i = 0; i < 4 && !RESULTS_ES.test(visibleText(replies)); i++) ({ replies } = await convo.send('no sé'));
    expect(visibleText(replies)).to.match(RESULTS_ES);
    // The names first; why each fits on the pages MÁS brings.
    const text = visibleText([...replies, ...(await readWhole({ send: async (input) => (await convo.send(input)).replies }, 'más'))]);
    expect(text).to.match(/Todos: para familiares y amigos de alguien que bebe/);
    expect(text).to.match(/- Grupos de Familia Al-Anon: su programa: /);
    expect(text).to.not.match(/- Alcohólicos Anónimos/);
    expect(text).to.not.match(ENGLISH_UI);
  });

  it('webchat es-US: the finder by tapping Spanish choices, for a person who wants to stop drinking without religion', async () => {
    const convo = webchat();
    let { replies } = await convo.join();
    ({ replies } = await convo.send(pick(replies, /^Buscar un grupo para mí$/).pick));
    const answers = [/^Para mí$/, /^Alcohol$/, /^Dejarlo por completo$/, /^Prefiero algo laico$/, /^Sin preferencia$/, /^No$/];
    for (const answer of answers) {
      if (RESULTS_ES.test(visibleText(replies))) break;
      const choice = offeredChoices(replies).find((c) => answer.test(c.label)) ?? pick(replies, /^No sé$/);
      ({ replies } = await convo.send(choice.pick));
    }
    for (let i = 0; i < 4 && !RESULTS_ES.test(visibleText(replies)); i++) ({ replies } = await convo.send(pick(replies, /^No sé$/).pick));
    const text = visibleText(replies);
    expect(text).to.match(RESULTS_ES);
    const first = /^- ([^:\n]+):/m.exec(text)?.[1];
    expect([
      'SMART Recovery',
      'LifeRing Secular Recovery',
      'Women for Sobriety',
      'Secular Organizations for Sobriety (Save Our Selves)',
    ]).to.include(first);
    // What fits every group shown is said once, before the lines that set each apart.
    expect(text).to.match(/Todos: .*laico: sin poder superior ni oración/);
    expect(offeredChoices(replies).map((c) => c.label)).to.include.members(['Comparar estos', 'Más opciones']);
  });

  it('crisis in Spanish is answered with 911 and 988 in Spanish, on webchat and on sms, also mid-finder', async () => {
    const web = webchat();
    await web.join();
    const webReply = visibleText((await web.send('estoy pensando en suicidarme')).replies);
    expect(webReply).to.match(/Llama al 988 ahora y marca 2 para hablar en español/);
    expect(webReply).to.match(/llama al 911/);

    const text = sms();
    await text.send('hola');
    await text.send('2'); // Buscar un grupo para mí: the finder asks its first question
    const smsReplies = (await text.send('mi amigo tuvo una sobredosis y no respira')).replies;
    const smsReply = visibleText(smsReplies);
    expect(smsReply).to.match(/Llama al 911 ahora si tú u otra persona tuvo una sobredosis/);
    expect(smsReply).to.match(/naloxona \(Narcan\)/);
    expect(smsReply).to.match(/1-800-662-4357/);
    expect(smsReply).to.match(/Seguir donde estaba/); // back to the finder question
    expect(smsReply.indexOf('911')).to.be.lessThan(smsReply.indexOf('1-800-662-4357'));

    // A first message on SMS in Spanish, with no locale and nothing else said before.
    const first = visibleText((await sms().send('ya no quiero vivir')).replies);
    expect(first).to.match(/Gracias por contármelo/);
    expect(first).to.match(/988/);
    expect(first).to.match(/911/);
  });

  it("ESPAÑOL then ENGLISH in the middle of the finder keeps the person's place", async () => {
    const convo = sms();
    expect(visibleText((await convo.send('help me find a group')).replies)).to.match(/Who are you looking for support for\?/);
    let { replies } = await convo.send('1'); // Myself
    expect(visibleText(replies)).to.match(/What is the main substance\?/);

    ({ replies } = await convo.send('español'));
    let text = visibleText(replies);
    expect(text).to.match(/Listo, sigo en español/);
    expect(text).to.match(/¿Cual es la sustancia principal\?/); // SMS: no accents GSM-7 lacks
    expect(text).to.match(/^Responde 1 Alcohol, 2 [^,]+, 3 Opioides o heroina, /m);

    ({ replies } = await convo.send('english'));
    text = visibleText(replies);
    expect(text).to.match(/OK, I'll continue in English/);
    expect(text).to.match(/What is the main substance\?/);
    expect(text).to.match(/^Reply 1 Alcohol, 2 [^,]+, 3 Opioids or heroin, /m);

    // The answer still counts for the same question: the finder moves on, in English.
    ({ replies } = await convo.send('alcohol'));
    text = visibleText(replies);
    expect(text).to.not.match(/main substance/);
    expect(text).to.match(/stop completely, or cut back|spiritual approach|meeting sounds best|In person, online|may fit/);
  });

  it('webchat es-US: ENGLISH switches a Spanish-locale conversation, which then stays in English', async () => {
    const convo = webchat();
    await convo.join();
    let text = visibleText((await convo.send('english')).replies);
    expect(text).to.match(/OK, I'll continue in English/);
    expect(text).to.match(/What would you like to do\?/);
    text = visibleText((await convo.send('what is al-anon')).replies);
    expect(text).to.match(/Al-Anon Family Groups is a 12-step fellowship/);
  });

  it('sms messages in Spanish stay within the SMS length limits', async () => {
    const convo = sms();
    const messages = ['hola', '1', '¿qué es narcóticos anónimos?', 'más', 'compara aa y smart', 'ayuda urgente', '¿qué es un padrino?'];
    for (const message of messages) {
      const { replies } = await convo.send(message);
      expect(replies.length, message).to.be.greaterThan(0);
      for (const reply of replies) {
        const length = (reply.text ?? '').length;
        expect(length, `${message}: ${reply.text}`).to.be.within(1, SMS_SOFT_LIMIT);
        expect(length).to.be.at.most(SMS_HARD_LIMIT);
        expect(reply.attachments ?? []).to.be.empty;
      }
      expect(visibleText(replies), message).to.not.match(ENGLISH_UI);
    }
  });
});
