// Words that steer the conversation (commands, yes/no, "not sure") per language. Matched as
// whole messages after normalization, so "menu" works but "what's on the menu" does not.
import { z } from 'zod';

const Phrases = z.object({ en: z.array(z.string().min(1)).min(1), es: z.array(z.string().min(1)).optional() }).strict();

export const COMMANDS = ['find', 'menu', 'start-over', 'back', 'help', 'forget-me', 'urgent-help', 'spanish', 'english', 'more'] as const;
export type Command = (typeof COMMANDS)[number];

export const LexiconSchema = z
  .object({
    commands: z.object(Object.fromEntries(COMMANDS.map((c) => [c, Phrases])) as Record<Command, typeof Phrases>).strict(),
    yes: Phrases,
    no: Phrases,
    unsure: Phrases,
    /** Words that carry no meaning for the text lookup ("what", "is", "the"). */
    stopwords: Phrases,
  })
  .strict();

export type Lexicon = z.infer<typeof LexiconSchema>;
