// The shape of every content file. The TypeScript types are inferred from these schemas,
// so a field is described once. Everything a person may act on carries a source.
import { z } from 'zod';

export const LOCALES = ['en', 'es'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

/** Text a person reads, per locale. English is required; Spanish is added by the Spanish issue. */
export const LocalizedSchema = z.object({ en: z.string().trim().min(1), es: z.string().trim().min(1).optional() }).strict();
export type Localized = z.infer<typeof LocalizedSchema>;

export const UrlSchema = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//.test(u), { message: 'must be an http(s) URL' });

export const IdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug like "smart-recovery"');
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-26');

/** Who a group serves: the person with the problem, their family and friends, or teens affected by someone else's use. */
export const AudienceSchema = z.enum(['person', 'family', 'teen-family']);
export const SubstanceSchema = z.enum(['alcohol', 'drugs', 'cocaine', 'meth', 'opioids', 'marijuana', 'pills']);
export const SpiritualSchema = z.enum(['religious', 'spiritual', 'buddhist', 'secular']);
/** `unclear`: it varies from group to group (shown as "varies; ask the group"). */
export const SponsorsSchema = z.enum(['yes', 'no', 'mentors', 'unclear']);
export const GenderSchema = z.enum(['mixed', 'women']);
export const GoalSchema = z.enum(['abstinence', 'moderation', 'abstinence-or-moderation', 'own-wellbeing']);
export const FormatSchema = z.enum(['in-person', 'online-video', 'chat', 'forum', 'email', 'phone', 'app']);
export const MedicationStanceSchema = z.enum(['supportive', 'individual-choice', 'unclear']);

/** `urlEs`: the same page in Spanish, only where the organization publishes one. */
export const LinkSchema = z.object({ label: LocalizedSchema, url: UrlSchema, urlEs: UrlSchema.optional() }).strict();

/** The keypad digit for each letter, to check a number spelled in letters ("1-888-4AL-ANON"). */
const KEYPAD: Readonly<Record<string, string>> = Object.fromEntries(
  ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'].flatMap((letters, i) => [...letters].map((l) => [l, String(i + 2)])),
);

/** The digits a number spelled with letters dials: "1-888-4AL-ANON" -> "18884252666". */
export function keypadDigits(spelled: string): string {
  return [...spelled.toUpperCase()]
    .map((c) => KEYPAD[c] ?? c)
    .join('')
    .replace(/\D/g, '');
}

/**
 * Not every phone has letters on its keypad: a number given in letters ("1-888-CDA-HOPE") must
 * also give its digits, in brackets after it ("1-888-CDA-HOPE (1-888-232-4673)"), and they must
 * be the digits the letters dial.
 */
export function spelledNumberProblem(number: string): string | undefined {
  const m = /^([^()]*[A-Z][^()]*?)\s*(?:\(([0-9 -]+)\))?$/.exec(number);
  if (!m) return undefined;
  const [, spelled, digits] = m;
  if (!digits)
    return `a number given in letters must also give its digits, e.g. "${spelled} (${keypadDigits(spelled).replace(/^1?(\d{3})(\d{3})(\d{4})$/, '1-$1-$2-$3')})"`;
  const dialed = keypadDigits(spelled);
  const given = digits.replace(/\D/g, '');
  if (!dialed.endsWith(given) || given.length < 7) return `the digits (${digits}) are not what ${spelled} dials (${dialed})`;
  return undefined;
}

export const PhoneSchema = z
  .object({
    number: z.string().regex(/^[0-9A-Z+() -]{3,}$/, 'must be a phone number such as 1-800-811-4142'),
    label: LocalizedSchema,
    source: UrlSchema,
  })
  .strict()
  .superRefine((phone, ctx) => {
    const problem = spelledNumberProblem(phone.number);
    if (problem) ctx.addIssue({ code: 'custom', path: ['number'], message: problem });
  });

export const GroupSchema = z
  .object({
    id: IdSchema,
    name: LocalizedSchema,
    /** A short name people use: "AA", "SMART". */
    shortName: z.string().min(1),
    /** Other names and common misspellings, for the text lookup. */
    aliases: z.array(z.string().min(1)).default([]),
    /** One or two sentences: what it is, for whom. Shown first. */
    summary: LocalizedSchema,
    /** A short paragraph or two with the rest of what a person should know. */
    about: LocalizedSchema,
    audience: AudienceSchema,
    substances: z.array(SubstanceSchema).min(1),
    model: z
      .object({
        twelveStep: z.boolean(),
        /** e.g. "4-Point Program", "Thirteen Acceptance Statements". */
        name: LocalizedSchema,
        /** The core principles, summarized in our own words. */
        principles: z.array(LocalizedSchema).default([]),
      })
      .strict(),
    spiritual: SpiritualSchema,
    spiritualNote: LocalizedSchema,
    sponsors: SponsorsSchema,
    gender: GenderSchema,
    goal: GoalSchema,
    /** True when the group is built for co-occurring mental health and substance use. */
    coOccurring: z.boolean().default(false),
    medication: z.object({ stance: MedicationStanceSchema, note: LocalizedSchema }).strict().optional(),
    formats: z.array(FormatSchema).min(1),
    /** What a meeting is like, in our own words. */
    meeting: LocalizedSchema,
    founded: z
      .object({
        year: z.number().int().min(1900).max(2100),
        /** True when the year is not certain: show it as "about 1989". */
        approximate: z.boolean().optional(),
        note: LocalizedSchema.optional(),
      })
      .strict(),
    size: z
      .object({ text: LocalizedSchema, year: z.number().int().min(1900).max(2100) })
      .strict()
      .optional(),
    website: UrlSchema,
    /** The website's Spanish pages, only where the group publishes them. */
    websiteEs: UrlSchema.optional(),
    meetingFinder: UrlSchema.optional(),
    phone: PhoneSchema.optional(),
    /** Shown with the group when a fact is uncertain or the group's activity is unclear. */
    status: LocalizedSchema.optional(),
    /** Example questions people type about this group, for the text lookup. */
    examples: z.array(z.string().min(3)).default([]),
    keywords: z.array(z.string().min(2)).default([]),
    /** Groups people often compare this one with. */
    related: z.array(IdSchema).default([]),
    sources: z.array(UrlSchema).min(1),
    reviewed: IsoDateSchema,
  })
  .strict();

export const TopicSchema = z
  .object({
    id: IdSchema,
    title: LocalizedSchema,
    aliases: z.array(z.string().min(1)).default([]),
    /** The answer, in short paragraphs separated by blank lines. Plain text, no markdown. */
    body: LocalizedSchema,
    /** Optional bullet points shown after the body. */
    points: z.array(LocalizedSchema).default([]),
    links: z.array(LinkSchema).default([]),
    relatedGroups: z.array(IdSchema).default([]),
    relatedTopics: z.array(IdSchema).default([]),
    /**
     * Written for staff (how to make a referral): the same question in a person's own voice
     * ("what group should I go to?") is a request to be matched, which the finder answers.
     */
    forStaff: z.boolean().default(false),
    examples: z.array(z.string().min(3)).min(1),
    keywords: z.array(z.string().min(2)).default([]),
    sources: z.array(UrlSchema).min(1),
    reviewed: IsoDateSchema,
  })
  .strict();

export type Group = z.infer<typeof GroupSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type Audience = z.infer<typeof AudienceSchema>;
export type Substance = z.infer<typeof SubstanceSchema>;
export type Spiritual = z.infer<typeof SpiritualSchema>;
export type Format = z.infer<typeof FormatSchema>;
export type Goal = z.infer<typeof GoalSchema>;
export type Link = z.infer<typeof LinkSchema>;
