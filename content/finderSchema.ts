// The finder's questions, choices and scoring rules are content: adding a question or changing
// how an answer weighs is an edit to content/data/finder.yaml, not to code.
import { z } from 'zod';
import { IdSchema, LocalizedSchema } from './schema';

/** A value or a list of values; a list matches any of them. */
const OneOrMany = z.union([z.string(), z.boolean(), z.array(z.union([z.string(), z.boolean()]))]);

/** Answers a rule or a question depends on: `{ who: family, teen: yes }`. */
export const ConditionSchema = z.record(IdSchema, OneOrMany);

export const FinderChoiceSchema = z
  .object({
    id: IdSchema,
    label: LocalizedSchema,
    /** Regular expressions (over lowercase, accent-free text) that recognise this answer in free text. */
    patterns: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const FinderQuestionSchema = z
  .object({
    id: IdSchema,
    ask: LocalizedSchema,
    /** The same question when a staff member answers for a client. */
    askStaff: LocalizedSchema.optional(),
    /** False for a question never asked, only recognised in what people write (e.g. a wish to cut back). */
    askable: z.boolean().default(true),
    /** The question is asked only when these answers were given. */
    when: ConditionSchema.optional(),
    choices: z.array(FinderChoiceSchema).min(2),
  })
  .strict();

/** Group facets a rule can look at. `substances` and `formats` match when the list contains a value. */
export const FACETS = [
  'id',
  'audience',
  'substances',
  'spiritual',
  'twelveStep',
  'sponsors',
  'gender',
  'goal',
  'coOccurring',
  'formats',
  'medication',
] as const;
export const FacetMatchSchema = z.record(z.enum(FACETS), OneOrMany);

export const FinderRuleSchema = z
  .object({
    when: ConditionSchema,
    /** The rule does not apply when these answers were given. */
    unless: ConditionSchema.optional(),
    /** Groups that do not match are left out entirely (who a group is for, for example). */
    require: FacetMatchSchema.optional(),
    /** Groups that match are left out entirely. */
    exclude: FacetMatchSchema.optional(),
    /** Groups that match get `score` added, and `reason` shown when the score is positive. */
    match: FacetMatchSchema.optional(),
    score: z.number().optional(),
    reason: LocalizedSchema.optional(),
  })
  .strict()
  .refine((r) => r.require || r.exclude || (r.match && r.score !== undefined), {
    message: 'a rule needs require, exclude, or match with score',
  });

export const FinderSchema = z
  .object({
    /** How many groups the first answer shows. */
    top: z.number().int().min(1).max(10).default(3),
    /** Ask at most this many questions before showing results; "answer a few more" continues. */
    maxQuestions: z.number().int().min(1).max(20).default(6),
    questions: z.array(FinderQuestionSchema).min(1),
    rules: z.array(FinderRuleSchema).min(1),
  })
  .strict();

export type Finder = z.infer<typeof FinderSchema>;

/**
 * The finder questions and choices the dialogs give a meaning of their own: who the help is for
 * changes the wording of the results (and a staff member gets referral cards), and "who" and
 * "substance" together make a whole situation. finder.yaml must keep them (checked on load).
 */
export const WHO = { question: 'who', self: 'self', family: 'family', staff: 'staff' } as const;
export const SITUATION_QUESTIONS: readonly string[] = [WHO.question, 'substance'];
export type FinderQuestion = z.infer<typeof FinderQuestionSchema>;
export type FinderChoice = z.infer<typeof FinderChoiceSchema>;
export type FinderRule = z.infer<typeof FinderRuleSchema>;
export type Condition = z.infer<typeof ConditionSchema>;
export type FacetMatch = z.infer<typeof FacetMatchSchema>;
