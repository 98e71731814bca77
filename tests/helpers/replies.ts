// Reading what a person would see in the bot's replies, whatever the channel.
import type { Activity, Attachment } from 'botbuilder';

/** Everything readable: text, card text, button titles, suggested actions. */
export function visibleText(replies: readonly Partial<Activity>[]): string {
  return replies
    .map((r) =>
      [r.text ?? '', ...(r.attachments ?? []).map(cardText), ...(r.suggestedActions?.actions ?? []).map((a) => a.title ?? '')].join('\n'),
    )
    .join('\n');
}

function cardText(attachment: Attachment): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'value']) if (typeof record[key] === 'string') out.push(record[key] as string);
    for (const value of Object.values(record)) if (typeof value === 'object') walk(value);
  };
  walk(attachment.content);
  return out.join('\n');
}

export interface OfferedChoice {
  label: string;
  /** What to send back to pick it, as a person on that channel would. */
  pick: Partial<Activity>;
}

/** The choices the last reply offers, and how a person picks each on that channel. */
export function offeredChoices(replies: readonly Partial<Activity>[]): OfferedChoice[] {
  const last = [...replies].reverse();
  for (const reply of last) {
    const suggested = reply.suggestedActions?.actions ?? [];
    if (suggested.length)
      return suggested.map((a) => ({ label: String(a.title), pick: { type: 'message', text: String(a.value ?? a.title) } }));
    const submits = (reply.attachments ?? []).flatMap((a) => submitActions(a.content));
    if (submits.length) {
      return submits.map((s) => ({
        label: s.title,
        pick: { type: 'message', text: s.data.msteams?.text ?? s.title, value: stripTeams(s.data) },
      }));
    }
    // SMS: the compact line of choices ("Reply 1 Myself, 2 Someone I care about, 3 Not sure").
    const compact = smsChoiceLine(reply.text ?? '');
    if (compact.length) return compact.map((c) => ({ label: c.label, pick: { type: 'message', text: c.number } }));
    // The last numbered list (starting again at 1) is the choices.
    let numbered: RegExpMatchArray[] = [];
    for (const m of (reply.text ?? '').matchAll(/^(\d+)\. (.+)$/gm)) numbered = m[1] === '1' ? [m] : [...numbered, m];
    if (numbered.length) return numbered.map((m) => ({ label: m[2], pick: { type: 'message', text: m[1] } }));
  }
  return [];
}

interface Submit {
  title: string;
  data: { msteams?: { text?: string } } & Record<string, unknown>;
}

function submitActions(node: unknown): Submit[] {
  if (Array.isArray(node)) return node.flatMap(submitActions);
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  if (record.type === 'Action.Submit') return [{ title: String(record.title), data: record.data as Submit['data'] }];
  return Object.values(record).flatMap(submitActions);
}

function stripTeams(data: Submit['data']): Record<string, unknown> {
  const { msteams: _msteams, ...rest } = data;
  return rest;
}

/** The choices on an SMS reply's compact line, "Reply 1 Myself, 2 Someone I care about", by number. */
export function smsChoiceLine(text: string): { number: string; label: string }[] {
  const line = [...text.matchAll(/^(?:Reply|Responde) (\d+ .+)$/gm)].pop()?.[1];
  if (!line) return [];
  return [...line.matchAll(/(\d+) (.+?)(?=, \d+ |$)/g)].map((m) => ({ number: m[1], label: m[2] }));
}

/** The groups a recommendation lists, one a line ("- Name: why it fits" or "- Name" on SMS), in order. */
export function listedGroups(reply: string): string[] {
  return [...reply.matchAll(/^- ([^:\n]+)/gm)].map((m) => m[1].trim());
}
