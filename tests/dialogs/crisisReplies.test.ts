// Every kind of crisis reply, in English and Spanish, on every channel, through the real dialog
// path: the right numbers and first steps for its kind, the emergency number first, and on SMS
// messages that fit and keep each step whole.
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { CRISIS_TEXT_BUDGET } from '../../content/crisisSchema';
import { SMS_HARD_LIMIT, SMS_SOFT_LIMIT } from '../../src/render/sms';
import { CHANNELS, TestChat } from '../helpers/botHarness';
import { visibleText } from '../helpers/replies';

type Kind = 'overdose' | 'suicide' | 'self-harm' | 'violence' | 'general';
type Lang = 'en' | 'es';

interface Case {
  /** What the person writes. */
  say: string;
  /** The number the reply must give first. */
  first: '911' | '988';
  /** The caring first line, to show the reply is in the right language. */
  lead: string;
  /** Numbers and first steps the reply must hold, each in one piece. */
  must: string[];
  mustNot?: string[];
}

const SAMHSA = '1-800-662-4357';
const POISON = '1-800-222-1222';
const DV = '1-800-799-7233';

const CASES: Record<Kind, Record<Lang, Case>> = {
  overdose: {
    en: {
      say: "my friend overdosed and he's not breathing",
      first: '911',
      lead: "I'm glad you reached out",
      must: [
        'Call 911 now',
        'naloxone (Narcan)',
        'give rescue breaths',
        'recovery position',
        'No response after 2-3 minutes: give a second dose of Narcan',
        'Stay with them until help arrives',
        'Good Samaritan laws',
        POISON,
        SAMHSA,
        'call, text or chat 988',
      ],
    },
    es: {
      say: 'mi amigo tuvo una sobredosis y no respira',
      first: '911',
      lead: 'Qué bueno que escribiste',
      must: [
        'Llama al 911 ahora',
        'naloxona (Narcan)',
        'respiración de rescate',
        'posición de recuperación',
        'Si no reacciona en 2 o 3 minutos, dale otra dosis de Narcan',
        'hasta que llegue la ayuda',
        'Buen Samaritano',
        POISON,
        SAMHSA,
        'envía AYUDA al 988',
      ],
    },
  },
  suicide: {
    en: {
      say: 'i want to kill myself',
      first: '988',
      lead: "I'm really glad you told me",
      must: ['Call or text 988 now', 'chat at 988lifeline.org', 'Press 2 for Spanish', 'text HOME to 741741', 'call 911', SAMHSA],
    },
    es: {
      say: 'quiero suicidarme',
      first: '988',
      lead: 'Gracias por contármelo',
      must: [
        'Llama al 988 ahora y marca 2 para hablar en español',
        'envía AYUDA al 988 por mensaje de texto',
        'AYUDA al 741741',
        'WhatsApp al 442-AYUDAME (442-298-3263)',
        'llama al 911',
        SAMHSA,
      ],
      mustNot: ['en inglés'],
    },
  },
  'self-harm': {
    en: {
      say: 'i have been cutting myself',
      first: '988',
      lead: 'Thank you for telling me',
      must: ['Call or text 988', 'chat at 988lifeline.org', 'text HOME to 741741', 'call 911', SAMHSA],
    },
    es: {
      say: 'me estoy cortando',
      first: '988',
      lead: 'Gracias por contármelo',
      must: [
        'Llama al 988',
        'marca 2 para español',
        'envía AYUDA al 988 por mensaje de texto',
        'AYUDA al 741741',
        '442-AYUDAME (442-298-3263)',
        'llama al 911',
        SAMHSA,
      ],
      mustNot: ['en inglés'],
    },
  },
  violence: {
    en: {
      say: 'my husband is beating me',
      first: '911',
      lead: 'Your safety comes first',
      must: [
        'call 911',
        'National Domestic Violence Hotline',
        `call ${DV}`,
        'text START to 88788',
        'chat at thehotline.org',
        'call or text 988',
      ],
      mustNot: [SAMHSA, 'treatment'],
    },
    es: {
      say: 'mi esposo me golpea',
      first: '911',
      lead: 'Tu seguridad es lo primero',
      must: [
        'llama al 911',
        'Línea Nacional sobre la Violencia Doméstica',
        `llama al ${DV}`,
        'envía START al 88788',
        'chat de thehotline.org',
        'envía AYUDA al 988',
      ],
      mustNot: [SAMHSA, 'tratamiento'],
    },
  },
  general: {
    en: {
      say: 'urgent help',
      first: '911',
      lead: 'If you need help right now',
      must: ['call 911', 'naloxone (Narcan)', 'call or text 988', 'Text HOME to 741741', DV, POISON, SAMHSA],
    },
    es: {
      say: 'ayuda urgente',
      first: '911',
      lead: 'Si necesitas ayuda ahora mismo',
      must: ['llama al 911', 'naloxona (Narcan)', 'envía AYUDA al 988', 'AYUDA al 741741', DV, POISON, SAMHSA],
    },
  },
};

async function crisisReply(channel: string, say: string): Promise<Partial<Activity>[]> {
  const chat = new TestChat(channel);
  if (channel !== 'sms') await chat.join();
  return chat.send(say);
}

/** The first emergency number in the text after the lead: what a person reads first. */
function firstEmergencyNumber(text: string, lead: string): string | undefined {
  return /\b(911|988)\b/.exec(text.slice(Math.max(0, text.indexOf(lead))))?.[1];
}

describe('crisis replies per kind, language and channel', () => {
  for (const kind of Object.keys(CASES) as Kind[]) {
    for (const lang of ['en', 'es'] as const) {
      const c = CASES[kind][lang];
      for (const channel of CHANNELS) {
        it(`${kind} / ${lang} / ${channel}: ${c.first} first, then the numbers and steps for ${kind}`, async () => {
          const replies = await crisisReply(channel, c.say);
          const text = visibleText(replies);
          expect(text, 'language').to.include(c.lead);
          expect(firstEmergencyNumber(text, c.lead)).to.equal(c.first);
          for (const piece of c.must) expect(text, piece).to.include(piece);
          for (const piece of c.mustNot ?? []) expect(text, piece).not.to.include(piece);
          if (text.includes(SAMHSA))
            expect(text.indexOf(SAMHSA), 'the referral comes after the emergency number').to.be.greaterThan(text.indexOf(c.first));
          if (channel === 'sms') {
            const messages = replies.map((r) => r.text ?? '');
            for (const m of messages) expect(m.length, m).to.be.at.most(SMS_SOFT_LIMIT);
            // Each number and step reaches the person in one message, never cut in two.
            for (const piece of c.must)
              expect(
                messages.some((m) => m.includes(piece)),
                piece,
              ).to.equal(true);
          }
        });
      }
    }
  }
});

describe('a Spanish crisis reply on SMS', () => {
  for (const kind of Object.keys(CASES) as Kind[]) {
    it(`${kind}: fits the SMS limits and offers a way to text in Spanish`, async () => {
      const c = CASES[kind].es;
      const replies = await crisisReply('sms', c.say);
      const messages = replies.map((r) => r.text ?? '');
      for (const m of messages) {
        expect(m.length, m).to.be.at.most(SMS_SOFT_LIMIT);
        expect(m.length).to.be.at.most(SMS_HARD_LIMIT);
      }
      const fromLead = messages.join('\n').slice(messages.join('\n').indexOf(c.lead));
      const crisisPart = fromLead.slice(0, fromLead.indexOf('Cuando quieras'));
      expect(crisisPart.length, 'within the crisis budget').to.be.at.most(CRISIS_TEXT_BUDGET.es);
      expect(messages.length, 'a handful of messages').to.be.at.most(5);
      // A way to write in Spanish: 988 (text AYUDA) or the Crisis Text Line (AYUDA to 741741).
      expect(messages.some((m) => /envía AYUDA al 988|AYUDA al 741741/.test(m))).to.equal(true);
      expect(crisisPart.replace(/Crisis Text Line/g, '')).not.to.match(/\b(call|text|press)\b/i);
    });
  }
});
