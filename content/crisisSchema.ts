// The shape of content/data/crisis.yaml: the US crisis and help resources the bot gives to a
// person in danger, and the reply for each kind of crisis. Every resource carries its sources
// from the service's own pages. The checks below keep the safety order in the content itself:
// an edit that moves 988 below another line, drops the SAMHSA helpline where a treatment
// referral belongs, leaves a language without a way to text or chat, or makes a reply too long
// fails when the content is loaded (and so in `npm run content:check`), not in front of a person.
import { z } from 'zod';
import { IdSchema, IsoDateSchema, LOCALES, LocaleSchema, UrlSchema, type Locale } from './schema';

/** The kinds of crisis the detector reports, plus `general` for the "urgent help" menu item. */
export const CRISIS_REPLY_KINDS = ['overdose', 'suicide', 'self-harm', 'violence', 'general'] as const;
export type CrisisReplyKind = (typeof CRISIS_REPLY_KINDS)[number];

/**
 * The most a whole reply (lead, steps and follow-up, one per line) may hold, per locale. A
 * crisis reply may run longer than an ordinary one (the overdose steps are first aid), but it
 * stays within a few SMS messages (each at most 320 characters, cut between steps by
 * src/render/sms.ts); Spanish runs longer for the same message.
 */
export const CRISIS_TEXT_BUDGET = { en: 660, es: 780 } as const;

/** The resource each reply must start with: the thing to do right now. */
export const CRISIS_FIRST_RESOURCE: Readonly<Record<CrisisReplyKind, string>> = {
  overdose: 'emergency-911',
  suicide: 'lifeline-988',
  'self-harm': 'lifeline-988',
  violence: 'emergency-911',
  general: 'emergency-911',
};

/** Replies that end their steps by pointing to treatment referral through this resource. */
export const CRISIS_REFERRAL_RESOURCE = 'samhsa-helpline';

/**
 * Which replies must name the treatment referral. Not the violence reply: a person being hurt
 * needs safety (911, the domestic violence hotline), and a referral there reads as blame.
 */
export const CRISIS_REFERRAL_REQUIRED: Readonly<Record<CrisisReplyKind, boolean>> = {
  overdose: true,
  suicide: true,
  'self-harm': true,
  violence: false,
  general: true,
};

/**
 * A crisis resource's facts come from the service itself: at least one source must be a page
 * on one of these domains (or a subdomain), not a third-party page about the service.
 */
export const CRISIS_PRIMARY_DOMAINS = [
  '988lifeline.org',
  'crisistextline.org',
  'thehotline.org',
  'samhsa.gov',
  'poisonhelp.hrsa.gov',
] as const;

/** True when the URL is on one of CRISIS_PRIMARY_DOMAINS. */
export function isPrimaryCrisisSource(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return CRISIS_PRIMARY_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}

/** Words that show a step offers writing (text, chat, WhatsApp), not only a call. */
export const TEXT_OR_CHAT_WORDS: Readonly<Record<Locale, RegExp>> = {
  en: /\b(text|chat)\b/i,
  es: /\b(mensajes?|texto|chat|escrib\w*|whatsapp)\b/i,
};

/** Text in both languages: a crisis reply is never left without its Spanish. */
export const BilingualSchema = z.object({ en: z.string().trim().min(1), es: z.string().trim().min(1) }).strict();
export type Bilingual = z.infer<typeof BilingualSchema>;

export const CrisisResourceSchema = z
  .object({
    id: IdSchema,
    name: BilingualSchema,
    /**
     * The number or words a person must see to use the resource ("988", "1-800-662-4357",
     * "741741", "Narcan"). Every step that names this resource must contain it. Left out only
     * for guidance with no number or name to quote (overdose first aid).
     */
    cite: z.string().trim().min(1).optional(),
    /** How to reach it, in a few words. */
    access: BilingualSchema,
    /** What it offers, from the sources. */
    offers: BilingualSchema,
    /** Languages the service itself works in, per the sources. */
    languages: z.array(LocaleSchema).min(1),
    /** Languages in which a person can write to the service (text or chat), per the sources. */
    textOrChat: z.array(LocaleSchema).default([]),
    /** The page a person can open, when there is one. */
    url: UrlSchema.optional(),
    sources: z.array(UrlSchema).min(1),
  })
  .strict();
export type CrisisResource = z.infer<typeof CrisisResourceSchema>;

export const CrisisStepSchema = z
  .object({
    /** The resources this step names; the first is what the step is about. */
    resources: z.array(IdSchema).min(1),
    /**
     * One line, plain text. A step without `es` is left out of the Spanish reply: use that for
     * a service that only works in English, or say so in the Spanish text.
     */
    text: z.object({ en: z.string().trim().min(1), es: z.string().trim().min(1).optional() }).strict(),
  })
  .strict();
export type CrisisStep = z.infer<typeof CrisisStepSchema>;

export const CrisisReplyContentSchema = z
  .object({
    /** One short, caring sentence. */
    lead: BilingualSchema,
    /** What to do, most urgent first. */
    steps: z.array(CrisisStepSchema).min(1),
  })
  .strict();
export type CrisisReplyContent = z.infer<typeof CrisisReplyContentSchema>;

const RepliesSchema = z
  .object({
    overdose: CrisisReplyContentSchema,
    suicide: CrisisReplyContentSchema,
    'self-harm': CrisisReplyContentSchema,
    violence: CrisisReplyContentSchema,
    general: CrisisReplyContentSchema,
  })
  .strict();

/** Lead, steps and follow-up, one per line, as plain text (SMS, transcripts, length checks). */
export function crisisLines(lead: string, steps: readonly string[], followUp: string): string {
  return [lead, ...steps, followUp].join('\n');
}

/** The text of one step in one locale, or undefined when the step is left out of that locale. */
export function stepText(step: CrisisStep, locale: Locale): string | undefined {
  return locale === 'es' ? step.text.es : step.text.en;
}

export const CrisisContentSchema = z
  .object({
    resources: z.array(CrisisResourceSchema).min(1),
    replies: RepliesSchema,
    /** A gentle offer to carry on, after the steps. */
    followUp: BilingualSchema,
    reviewed: IsoDateSchema,
  })
  .strict()
  .superRefine((content, ctx) => {
    const byId = new Map<string, CrisisResource>();
    content.resources.forEach((r, i) => {
      if (byId.has(r.id)) ctx.addIssue({ code: 'custom', path: ['resources', i, 'id'], message: `"${r.id}" is listed twice` });
      byId.set(r.id, r);
      if (r.sources.length > 0 && !r.sources.some(isPrimaryCrisisSource)) {
        ctx.addIssue({
          code: 'custom',
          path: ['resources', i, 'sources'],
          message: `needs a source on the service's own site (one of ${CRISIS_PRIMARY_DOMAINS.join(', ')}), not only third-party pages`,
        });
      }
    });

    for (const kind of CRISIS_REPLY_KINDS) {
      const reply = content.replies[kind];
      reply.steps.forEach((step, s) => {
        step.resources.forEach((id, r) => {
          const resource = byId.get(id);
          if (!resource) {
            ctx.addIssue({ code: 'custom', path: ['replies', kind, 'steps', s, 'resources', r], message: `no resource with id "${id}"` });
            return;
          }
          for (const locale of LOCALES) {
            const text = stepText(step, locale);
            if (text !== undefined && resource.cite !== undefined && !text.includes(resource.cite)) {
              ctx.addIssue({
                code: 'custom',
                path: ['replies', kind, 'steps', s, 'text', locale],
                message: `names ${id} but does not contain "${resource.cite}"`,
              });
            }
          }
          if (!resource.languages.includes('es') && step.text.es !== undefined && !/ingl[eé]s/i.test(step.text.es)) {
            ctx.addIssue({
              code: 'custom',
              path: ['replies', kind, 'steps', s, 'text', 'es'],
              message: `${id} works only in English: leave the Spanish text out or say "en inglés"`,
            });
          }
        });
      });

      const first = reply.steps[0]?.resources[0];
      if (first !== CRISIS_FIRST_RESOURCE[kind]) {
        ctx.addIssue({
          code: 'custom',
          path: ['replies', kind, 'steps', 0, 'resources', 0],
          message: `the ${kind} reply must start with ${CRISIS_FIRST_RESOURCE[kind]}, not ${first ?? 'nothing'}`,
        });
      }
      if (
        CRISIS_REFERRAL_REQUIRED[kind] &&
        !reply.steps.some((step) => step.resources.includes(CRISIS_REFERRAL_RESOURCE) && step.text.es !== undefined)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['replies', kind, 'steps'],
          message: `the ${kind} reply must name ${CRISIS_REFERRAL_RESOURCE} in both languages`,
        });
      }
      for (const locale of LOCALES) {
        const writes = reply.steps.some((step) => {
          const text = stepText(step, locale);
          return (
            text !== undefined &&
            TEXT_OR_CHAT_WORDS[locale].test(text) &&
            step.resources.some((id) => byId.get(id)?.textOrChat.includes(locale))
          );
        });
        if (!writes) {
          ctx.addIssue({
            code: 'custom',
            path: ['replies', kind, 'steps'],
            message: `the ${locale} reply offers no way to text or chat: add a step that names a service people can write to in ${locale === 'es' ? 'Spanish' : 'English'} and says how`,
          });
        }
        const steps = reply.steps.map((step) => stepText(step, locale)).filter((t): t is string => t !== undefined);
        const whole = crisisLines(reply.lead[locale], steps, content.followUp[locale]);
        if (whole.length > CRISIS_TEXT_BUDGET[locale]) {
          ctx.addIssue({
            code: 'custom',
            path: ['replies', kind],
            message: `the ${locale} reply is ${whole.length} characters; keep it within ${CRISIS_TEXT_BUDGET[locale]}`,
          });
        }
        if (/[*_`#]|\]\(/.test(whole)) {
          ctx.addIssue({ code: 'custom', path: ['replies', kind], message: `the ${locale} reply must be plain text, without markdown` });
        }
      }
    }
  });
export type CrisisContent = z.infer<typeof CrisisContentSchema>;
