// Picking the person's language from localized content, and filling {placeholders}.
import type { Messages, MessageKey } from './messagesSchema';
import type { Locale, Localized } from './schema';

/** The text in `locale`, or English where a translation is missing. */
export function pick(text: Localized, locale: Locale): string {
  return (locale === 'es' && text.es) || text.en;
}

export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A message from messages.yaml in `locale`, with placeholders filled. */
export function say(messages: Messages, key: MessageKey, locale: Locale, vars?: Record<string, string | number>): string {
  return fill(pick(messages[key], locale), vars);
}

/** "Spiritual" as it reads inside a sentence: "spiritual". */
export function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1);
}
