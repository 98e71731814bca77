// SMS (Twilio through Azure Bot Service): plain text, numbered choices, and one message of at
// most two segments a turn. What does not fit waits behind MORE, a page at a time; only crisis
// help is sent whole, however long, because every number and first step must reach the person.
import { ActivityTypes, type Activity } from 'botbuilder';
import { countSegments, toSmsText } from './gsm7';
import { partAsBlocks, partAsText } from './plainText';
import type { Choice, Reply } from './reply';

/** Twilio recommends at most 320 characters a message; 1,600 is the hard limit. */
export const SMS_SOFT_LIMIT = 320;
export const SMS_HARD_LIMIT = 1600;
/** An ordinary turn costs one message of at most this many segments, as carriers bill them. */
export const SMS_SEGMENT_BUDGET = 2;

export interface SmsOptions {
  /** "Reply" before the compact line of choices, in the person's language. */
  choicesLead: string;
  /** "Reply MORE for details" in the person's language. */
  moreHint: string;
  /** "Reply MORE for the rest", at the end of a held-back page that has another after it. */
  moreNext: string;
  /** "Reply with a number from the list above", when the choices do not fit on the last page. */
  choicesAbove: string;
}

export interface SmsRendering {
  activities: Partial<Activity>[];
  /** Pages held back, each one message within the budget, sent one per MORE. */
  heldBack: string[];
}

/** Whether a text costs at most the budget of segments. */
export function fitsBudget(value: string): boolean {
  return countSegments(value).segments <= SMS_SEGMENT_BUDGET;
}

const asMessages = (texts: string[]): Partial<Activity>[] => texts.map((text) => ({ type: ActivityTypes.Message, text }));
const lines = (...blocks: string[]): string => blocks.filter(Boolean).join('\n');

export function renderForSms(reply: Reply, given: SmsOptions): SmsRendering {
  // The rest of an earlier reply: its pages were laid out when it was first rendered.
  if (reply.continued) {
    return { activities: asMessages(reply.parts.map(partAsText)), heldBack: (reply.details ?? []).map(partAsText) };
  }
  const blocks = (parts: Reply['parts']) =>
    parts
      .flatMap((part) => partAsBlocks(part))
      .map((b) => toSmsText(b))
      .filter(Boolean);
  if (reply.urgent) return { activities: asMessages(renderWhole(reply, given)), heldBack: [] };
  const prompt = toSmsText(reply.prompt ?? '');
  const options: SmsOptions = {
    choicesLead: toSmsText(given.choicesLead),
    moreHint: toSmsText(given.moreHint),
    moreNext: toSmsText(given.moreNext),
    choicesAbove: toSmsText(given.choicesAbove),
  };

  // A short telling, when the dialog gave one, stands for the parts and the prompt; they wait behind MORE.
  const lead = reply.brief ? blocks(reply.brief) : blocks(reply.parts);
  // What the short telling already said word for word (a greeting before it) is not said again.
  const partBlocks = blocks(reply.parts);
  const told = reply.brief ? partBlocks.filter((block) => !lead.includes(block)) : [];
  const rest = [...(reply.brief ? [...told, prompt].filter(Boolean) : []), ...blocks(reply.details ?? [])];
  let ask = reply.brief ? '' : prompt;
  const allChoices = choiceLine(reply.choices, 0, options);

  const whole = lines(...lead, ask, allChoices);
  if (!rest.length && fitsBudget(whole)) return { activities: asMessages([whole]), heldBack: [] };

  // First message: the start of the lead, the prompt, the MORE hint and the choices. The start of
  // the answer comes before the prompt that introduces the choices, and before more than a few
  // choices: the others follow with the rest, and their numbers work all along.
  const tail = (shown: number) => lines(ask, options.moreHint, choiceLine(reply.choices.slice(0, shown), 0, options));
  // A short telling is kept whole; otherwise the answer's first sentences.
  const start = reply.brief ? lines(...lead) : leadStart(lines(...lead));
  // A short telling matters more than the choices on the first message: they follow on MORE.
  const fewest = reply.brief ? 0 : Math.min(MIN_CHOICES_SHOWN, reply.choices.length);
  if (start && ask && !fitsBudget(lines(start, tail(fewest)))) {
    rest.unshift(ask);
    ask = '';
  }
  let shown = reply.choices.length;
  while (shown > fewest && !fitsBudget(lines(start, tail(shown)))) shown -= 1;
  while (shown > 1 && !fitsBudget(tail(shown))) shown -= 1;
  const room = tail(shown);
  const first: string[] = [];
  const pending = [...lead];
  while (pending.length) {
    const next = pending[0];
    if (fitsBudget(lines(...first, next, room))) {
      first.push(next);
      pending.shift();
      continue;
    }
    // The block does not fit whole: as many of its sentences as do, the others later.
    // Words of a sentence rather than too little, until the answer has begun (a greeting is not an answer).
    const atLeast = LEAD_START - lines(...first).length;
    const [head, tailText] = splitToFit(next, (piece) => fitsBudget(lines(...first, piece, room)), atLeast);
    if (head) {
      first.push(head);
      pending[0] = tailText;
    }
    break;
  }
  // What the short telling could not fit is dropped when it is its own wording: the parts, which
  // follow, say it in full. Its blocks that are the parts' own words (a greeting) still follow.
  const remaining = [...(reply.brief ? pending.filter((block) => partBlocks.includes(block)) : pending), ...rest];
  if (!remaining.length && shown === reply.choices.length)
    return { activities: asMessages([lines(...first, ask, allChoices)]), heldBack: [] };
  return {
    activities: asMessages([lines(...first, room)]),
    heldBack: pagesOf(remaining, allChoices, shown === reply.choices.length, options),
  };
}

/** Choices the first message keeps, at least, before it gives up the start of the answer for more of them. */
const MIN_CHOICES_SHOWN = 3;
/** The start of an answer worth showing on its own: its first sentences, to at least this many characters. */
const LEAD_START = 140;

function leadStart(block: string): string {
  const sentences = sentencesOf(block);
  let out = '';
  for (const sentence of sentences) {
    out += sentence;
    if (out.trim().length >= LEAD_START) break;
  }
  return out.trim();
}

/**
 * The choices on one line: "Reply 1 Myself, 2 Someone I care about, 3 Not sure". `from` is how
 * many come before these, so numbering goes on where an earlier line stopped.
 */
export function choiceLine(choices: Choice[], from: number, options: Pick<SmsOptions, 'choicesLead'>): string {
  if (!choices.length) return '';
  return toSmsText(`${options.choicesLead} ${choices.map((c, i) => `${from + i + 1} ${c.label}`).join(', ')}`);
}

/**
 * Held-back text as pages within the budget: MORE at the end of each but the last, which ends with
 * every choice (or, when the first message showed them all and they do not fit, a pointer to them).
 */
function pagesOf(blocks: string[], allChoices: string, allShown: boolean, options: SmsOptions): string[] {
  const reserve = [options.moreNext, options.choicesAbove].reduce((a, b) => (a.length >= b.length ? a : b));
  const fits = (page: string[], piece: string) => fitsBudget(lines(...page, piece, reserve));
  const pages: string[][] = [];
  let page: string[] = [];
  for (const block of blocks) {
    let piece = block;
    while (piece) {
      if (fits(page, piece)) {
        page.push(piece);
        break;
      }
      let [head, tailText] = splitToFit(piece, (p) => fits(page, p), page.length === 0 ? 1 : 0);
      // Nothing fits even an empty page (one very long word): cut it where it must be.
      if (!head && !page.length) [head, tailText] = cutToFit(piece, (p) => fits(page, p));
      if (head) page.push(head);
      if (page.length) pages.push(page);
      page = [];
      piece = head ? tailText : piece;
    }
  }
  if (page.length) pages.push(page);
  const last = pages.pop() ?? [];
  const out = pages.map((p) => lines(...p, options.moreNext));
  if (fitsBudget(lines(...last, allChoices))) out.push(lines(...last, allChoices));
  else if (allShown || !last.length) out.push(lines(...last, options.choicesAbove));
  else out.push(lines(...last, options.moreNext), allChoices);
  return out;
}

/**
 * The longest start of `value` that `fits`, cut after a sentence or a line; when that start is
 * shorter than `atLeast` characters, words of the next sentence follow, with "..." where it is
 * cut (and before the rest). Returns the start and what is left; the start is empty when nothing fits.
 */
export function splitToFit(value: string, fits: (piece: string) => boolean, atLeast = 0): [string, string] {
  const sentences = sentencesOf(value);
  let head = '';
  let used = 0;
  for (const sentence of sentences) {
    if (!fits((head + sentence).trim())) break;
    head += sentence;
    used += sentence.length;
  }
  if (head.trim().length >= atLeast || used >= value.length) return [head.trim(), value.slice(used).trim()];
  // Cut after a word, keeping the line breaks of what follows.
  const rest = value.slice(used);
  const ends = [...rest.matchAll(/\S+/g)].map((m) => (m.index ?? 0) + m[0].length);
  let taken = 0;
  while (taken < ends.length && fits(`${head}${rest.slice(0, ends[taken])}...`.trim())) taken += 1;
  if (taken < 3) return [head.trim(), rest.trim()];
  return [`${head}${rest.slice(0, ends[taken - 1])}...`.trim(), `...${rest.slice(ends[taken - 1]).trim()}`];
}

/** Sentences and lines, each with the space after it: "0.4 mi", or "a.m." in a meeting's time, is no end. */
function sentencesOf(value: string): string[] {
  return value.match(/[^\n]*?(?<![ap]\.m)[.!?]+(?=\s|$)[^\S\n]*\n?|[^\n]+\n?|\n/g) ?? [value];
}

function cutToFit(value: string, fits: (piece: string) => boolean): [string, string] {
  let end = 1;
  while (end < value.length && fits(value.slice(0, end + 1))) end += 1;
  return [value.slice(0, end), value.slice(end)];
}

/**
 * Crisis help: everything, in its exact words, in as few messages of at most SMS_SOFT_LIMIT
 * characters as it takes, each number and step whole in one message.
 */
function renderWhole(reply: Reply, options: SmsOptions): string[] {
  const exact = (value: string) => toSmsText(value, false);
  const body = [...reply.parts, ...(reply.details ?? [])]
    .flatMap((part) => partAsBlocks(part, SMS_SOFT_LIMIT))
    .map(exact)
    .filter(Boolean);
  if (reply.prompt) body.push(exact(reply.prompt));
  const choices = reply.choices.length
    ? exact(`${options.choicesLead} ${reply.choices.map((c, i) => `${i + 1} ${c.label}`).join(', ')}`)
    : '';
  return packMessages(body, choices);
}

/** Packs blocks into as few messages of at most SMS_SOFT_LIMIT characters as the content allows. */
export function packMessages(blocks: string[], choices: string): string[] {
  const pieces = blocks.flatMap((block) => splitLong(block, SMS_SOFT_LIMIT));
  if (choices) pieces.push(choices);
  const messages: string[] = [];
  for (const piece of pieces) {
    const last = messages[messages.length - 1];
    if (last !== undefined && last.length + 2 + piece.length <= SMS_SOFT_LIMIT) messages[messages.length - 1] = `${last}\n\n${piece}`;
    else messages.push(piece);
  }
  return messages.map((m) => (m.length > SMS_HARD_LIMIT ? m.slice(0, SMS_HARD_LIMIT) : m));
}

/** Splits text at sentence or line boundaries into pieces of at most `limit` characters. */
export function splitLong(value: string, limit: number): string[] {
  if (value.length <= limit) return [value];
  const sentences = value.match(/[^.!?\n]+(?:[.!?]+|\n|$)\s*/g) ?? [value];
  const pieces: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if ((current + sentence).trim().length > limit && current) {
      pieces.push(current.trim());
      current = '';
    }
    if (sentence.length > limit) {
      for (let i = 0; i < sentence.length; i += limit) pieces.push(sentence.slice(i, i + limit).trim());
    } else current += sentence;
  }
  if (current.trim()) pieces.push(current.trim());
  return pieces;
}
