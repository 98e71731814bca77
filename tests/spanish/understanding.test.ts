// Understanding Spanish: numbers, ordinals and yes/no through recognizers-text's Spanish culture,
// "no estoy seguro" (not a "no"), the accent-insensitive lookup, and the language kept for the
// person under a hashed key.
import { expect } from 'chai';
import { SKIPPED } from '../../src/finder';
import { ConversationDataSchema } from '../../dialogs/state';
import { TestChat } from '../helpers/botHarness';
import { visibleText } from '../helpers/replies';

async function finderState(chat: TestChat) {
  const stored = ConversationDataSchema.parse(await chat.store.load({ channelId: chat.channelId, conversationId: chat.conversationId }));
  return stored.finder;
}

describe('spanish: understanding what people type', () => {
  it('picks choices by "dos", "la segunda" and "sí", and takes "no estoy seguro" as a skip, not a no', async () => {
    const chat = new TestChat('sms');
    await chat.send('ayúdame a encontrar un grupo');
    let text = visibleText(await chat.send('dos')); // Alguien que me importa
    expect(text).to.match(/¿Quién es la persona que bebe o usa drogas\?/);
    text = visibleText(await chat.send('la segunda')); // Mi hijo o hija
    expect(text).to.match(/¿Eres adolescente\?/);
    expect((await finderState(chat))?.answers).to.include({ who: 'family', relation: 'child' });

    text = visibleText(await chat.send('no estoy seguro'));
    expect(text).to.not.match(/¿Eres adolescente\?/);
    expect((await finderState(chat))?.answers.teen).to.equal(SKIPPED);

    const other = new TestChat('sms', { conversationId: '+15557770001', userId: '+15557770001' });
    await other.send('ayúdame a encontrar un grupo');
    await other.send('alguien que me importa');
    await other.send('mi papá');
    await other.send('sí');
    expect((await finderState(other))?.answers).to.include({ who: 'family', relation: 'parent', teen: 'yes' });
  });

  it('answers a whole situation told in Spanish with fitting groups', async () => {
    const chat = new TestChat('webchat', { locale: 'es-MX' });
    await chat.join();
    const text = visibleText(await chat.send('mi hijo adolescente toma, qué grupo es para mí como su mamá'));
    expect(text).to.match(/Estos grupos son para familiares y amigos como tú/);
    expect(text).to.match(/Al-Anon|Families Anonymous/);
    expect(text).to.not.match(/- Alcohólicos Anónimos/);
  });

  it('finds groups and topics by Spanish names and questions, with or without accents', async () => {
    const chat = new TestChat('webchat', { locale: 'es' });
    await chat.join();
    const cases: [string, RegExp][] = [
      ['que es aa', /Alcohólicos Anónimos \(AA\) es una comunidad/],
      ['alcoholicos anonimos', /Alcohólicos Anónimos \(AA\) es una comunidad/],
      ['Narcóticos Anónimos', /Narcóticos Anónimos \(NA\) es una comunidad/],
      ['grupos para familias', /Apoyo para familiares y amigos/],
      ['cuesta dinero?', /¿Las reuniones cuestan dinero\?/],
      ['que es un padrino', /¿Qué es un padrino o madrina\?/],
      ['diferencia entre AA y SMART', /Lado a lado/],
    ];
    for (const [typed, expected] of cases) expect(visibleText(await chat.send(typed)), typed).to.match(expected);
  });

  it('keeps the chosen language for the person under a hashed key, and forgets it on "olvídame"', async () => {
    let now = 1_000_000;
    const phone = '+15557770002';
    const chat = new TestChat('sms', { conversationId: phone, userId: phone, now: () => now, ttlMs: 60_000 });
    await chat.send('hi');
    expect(visibleText(await chat.send('español'))).to.match(/Listo, sigo en español/);

    const userKey = chat.store.userKey({ channelId: 'sms', conversationId: phone, userId: phone })!;
    expect(userKey).to.not.include(phone.slice(1));
    expect(await chat.store.loadUser({ channelId: 'sms', conversationId: phone, userId: phone })).to.deep.equal({ locale: 'es' });

    // The conversation expires; the next one starts in Spanish even with an English word.
    now += 10 * 60_000;
    expect(visibleText(await chat.send('hi'))).to.match(/Hola, soy Support Group Navigator/);

    expect(visibleText(await chat.send('olvídame'))).to.match(/Listo: borré lo que recordaba/);
    expect(await chat.store.loadUser({ channelId: 'sms', conversationId: phone, userId: phone })).to.equal(undefined);
    const keys = Object.keys(JSON.parse(JSON.stringify(chat.storage)).memory ?? {});
    expect(keys.join(' ')).to.not.include(phone.slice(1));
  });
});
