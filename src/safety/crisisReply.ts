// The reply to a person in crisis, as plain data: a short caring lead, the steps (what to do
// now first), and a gentle offer to carry on. The words live in content/data/crisis.yaml; this
// module only picks the kind and the language. It never throws for a known kind and locale:
// a crisis reply must always go out.
import { CRISIS_REPLY_KINDS, crisisLines, stepText, type CrisisContent, type CrisisReplyKind } from '../../content/crisisSchema';
import type { CrisisKind } from './detectCrisis';
import type { Locale } from '../../content/schema';

export type { CrisisContent } from '../../content/crisisSchema';

export interface CrisisReply {
  kind: CrisisKind | 'general';
  /** One short, caring sentence. */
  lead: string;
  /** What to do, most urgent first, one line each. */
  steps: string[];
  /** A gentle offer to carry on. */
  followUp: string;
}

/**
 * Used only if the content handed in is missing or damaged at run time (it is validated at
 * start-up, so this should never be seen). Deliberately minimal: the two numbers that matter.
 */
const LAST_RESORT: Readonly<Record<Locale, Omit<CrisisReply, 'kind'>>> = {
  en: {
    lead: 'Please get help now.',
    steps: ['In an emergency or an overdose, call 911.', 'If you are thinking of suicide, call or text 988.'],
    followUp: "When you're ready, I'm still here to talk about support groups.",
  },
  es: {
    lead: 'Busca ayuda ahora.',
    steps: [
      'En una emergencia o una sobredosis, llama al 911.',
      'Si piensas en el suicidio, llama al 988 y marca 2 para español, o envía AYUDA al 988.',
    ],
    followUp: 'Cuando quieras, sigo aquí para hablar de grupos de apoyo.',
  },
};

function isReplyKind(kind: unknown): kind is CrisisReplyKind {
  return typeof kind === 'string' && (CRISIS_REPLY_KINDS as readonly string[]).includes(kind);
}

/**
 * The reply for a kind of crisis in the person's language. An unknown kind gets the general
 * reply; any locale other than 'es' gets English. Steps without a Spanish text (a service that
 * works only in English) are left out of the Spanish reply.
 */
export function buildCrisisReply(kind: CrisisKind | 'general', locale: Locale, resources: CrisisContent): CrisisReply {
  const lang: Locale = locale === 'es' ? 'es' : 'en';
  const replyKind: CrisisReplyKind = isReplyKind(kind) ? kind : 'general';
  const content = resources?.replies?.[replyKind];
  if (!content || !Array.isArray(content.steps) || !resources.followUp) {
    return { kind: replyKind, ...LAST_RESORT[lang], steps: [...LAST_RESORT[lang].steps] };
  }
  const steps = content.steps.map((step) => stepText(step, lang)).filter((t): t is string => t !== undefined);
  return {
    kind: replyKind,
    lead: content.lead[lang] ?? content.lead.en,
    steps: steps.length > 0 ? steps : [...LAST_RESORT[lang].steps],
    followUp: resources.followUp[lang] ?? resources.followUp.en,
  };
}

/** The whole reply as plain text, one line each: for SMS and for length checks. */
export function crisisReplyText(reply: CrisisReply): string {
  return crisisLines(reply.lead, reply.steps, reply.followUp);
}
