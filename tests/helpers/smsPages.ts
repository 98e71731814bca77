// On SMS a long answer comes a page at a time: the first message, then one page per MORE.
import type { Activity } from 'botbuilder';
import { visibleText } from './replies';

/** An SMS reply that holds something back ends by offering MORE (MÁS in Spanish). */
export const OFFERS_MORE = /^(?:Reply|Responde) (?:MORE|MAS|MÁS)\b/im;

interface Sender {
  send(input: string | Partial<Activity>): Promise<Partial<Activity>[]>;
}

/** Sends `message`, then MORE for as long as a page offers it; returns every message, in order. */
export async function readWhole(chat: Sender, message: string | Partial<Activity>, more = 'more'): Promise<Partial<Activity>[]> {
  const all = await chat.send(message);
  let last = all.map((r) => r.text ?? '').join('\n');
  for (let page = 0; page < 20 && OFFERS_MORE.test(last); page += 1) {
    const next = await chat.send(more);
    all.push(...next);
    last = next.map((r) => r.text ?? '').join('\n');
  }
  return all;
}

/** Everything a person reads after `message`, in their language: on SMS every page MORE (MÁS) brings. */
export async function readAllOf(chat: Sender, message: string, lang: 'en' | 'es'): Promise<string> {
  return visibleText(await readWhole(chat, message, lang === 'es' ? 'más' : 'more'));
}
