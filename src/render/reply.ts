// The channel-neutral reply a dialog produces. Dialogs decide *what* to say; a renderer per
// channel decides *how* it is shown. Everything here is plain data in the person's language.

/** Something the person can pick. `action` is what the bot does when it is picked. */
export interface Choice {
  label: string;
  action: string;
}

export interface Fact {
  label: string;
  value: string;
}

export interface LinkItem {
  label: string;
  url: string;
}

/** A group shown as a card on channels that have cards. */
export interface GroupDetails {
  title: string;
  subtitle?: string;
  text: string;
  facts: Fact[];
  links: LinkItem[];
}

/** Groups side by side on the same facets. */
export interface Comparison {
  title: string;
  columns: string[];
  rows: { facet: string; values: string[] }[];
}

/** One meeting in a list of search results, already in the person's words. */
export interface MeetingItem {
  title: string;
  /** "AA", when results span fellowships. */
  fellowship?: string;
  /** "Today 7:00 PM", "Tue 9:00 PM PDT (Wed 12:00 AM your time)". */
  when: string;
  /** "0.4 mi". */
  distance?: string;
  /** Street address for in-person and hybrid meetings. */
  where?: string;
  join?: LinkItem;
  phone?: string;
  /** Plain-word types: "Open", "Women", "Wheelchair Access". */
  labels: string[];
}

export type ReplyPart =
  | { kind: 'text'; text: string }
  | { kind: 'points'; items: string[] }
  /**
   * `asked`: the addresses are what was asked for ("what's AA's website"): shown as text too where
   * links are otherwise buttons (Teams cards), so they can be read and copied.
   */
  | { kind: 'links'; links: LinkItem[]; asked?: boolean }
  | { kind: 'group'; group: GroupDetails }
  | { kind: 'comparison'; comparison: Comparison }
  | { kind: 'meetings'; meetings: MeetingItem[] };

export interface Reply {
  parts: ReplyPart[];
  /** Further detail a channel with little room (SMS) may hold back until the person asks for more. */
  details?: ReplyPart[];
  /** A shorter telling of `parts` for a channel with little room (SMS): it leads, and the parts wait for "more". */
  brief?: ReplyPart[];
  /** Crisis help: every line must reach the person at once, so no channel holds any of it back. */
  urgent?: boolean;
  /** The rest of an earlier reply, already laid out by the channel that held it back (SMS pages). */
  continued?: boolean;
  /** The choices offered for the next step. Every reply offers at least one. */
  choices: Choice[];
  /** A short line that introduces the choices ("What would you like next?"). */
  prompt?: string;
  /** A plain-text version a counselor can copy to a client (Teams referral summary). */
  copyText?: string;
}

export const text = (value: string): ReplyPart => ({ kind: 'text', text: value });

/** Merges what several steps of one turn said into one reply: parts in order, the last choices win. */
export function mergeReplies(replies: Reply[]): Reply | undefined {
  if (replies.length === 0) return undefined;
  const last = replies[replies.length - 1];
  return {
    parts: replies.flatMap((r) => r.parts),
    details: replies.flatMap((r) => r.details ?? []),
    choices: last.choices,
    prompt: last.prompt,
    // When a step has a short telling, the turn's is the others' parts with it (a greeting, then the short results).
    brief: replies.some((r) => r.brief) ? replies.flatMap((r) => r.brief ?? r.parts) : undefined,
    urgent: replies.some((r) => r.urgent) || undefined,
    continued: replies.every((r) => r.continued) || undefined,
    copyText:
      replies
        .map((r) => r.copyText)
        .filter(Boolean)
        .join('\n\n') || undefined,
  };
}

/** Everything to show where there is room: the parts, then the details, each thing said once. */
export function allParts(reply: Reply): ReplyPart[] {
  return onceEach([...reply.parts, ...(reply.details ?? [])]);
}

const sentencesIn = (value: string) =>
  value
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * A group's card shown after text that already said some of its sentences (the summary, the fact
 * asked) leaves those out: one rendering of each thing.
 */
export function onceEach(parts: ReplyPart[]): ReplyPart[] {
  const said = new Set<string>();
  return parts.map((part) => {
    if (part.kind === 'text') for (const sentence of sentencesIn(part.text)) said.add(sentence);
    if (part.kind !== 'group') return part;
    const fresh = sentencesIn(part.group.text).filter((sentence) => !said.has(sentence));
    return { ...part, group: { ...part.group, text: fresh.join(' ') } };
  });
}
