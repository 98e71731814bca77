// What is kept about a person beyond one conversation: only the language they chose, so that a
// Spanish speaker who texts again next week is answered in Spanish from the first message.
// Stored under the hashed user key (on SMS the user id is a phone number); "forget me" deletes it.
import { z } from 'zod';
import { LocaleSchema, type Locale } from '../../../content/schema';

export const UserPreferencesSchema = z.object({ locale: LocaleSchema }).strict();
export type UserPreferences = z.infer<typeof UserPreferencesSchema>;

/** The saved language, or undefined when nothing (valid) was saved. */
export function savedLocale(stored: unknown): Locale | undefined {
  const parsed = UserPreferencesSchema.safeParse(stored);
  return parsed.success ? parsed.data.locale : undefined;
}
