// Crisis detection: does this message say that someone may be overdosing, thinking of suicide,
// hurting themselves or in danger of violence right now? English and Spanish.
//
// It runs on every message, before anything else, so it is plain regular expressions compiled
// once at module load over a normalized copy of the text. Recall comes first: a false alarm
// costs a person one message with phone numbers, a miss can cost a life. But the bot must not
// answer every mention of a word with 911, so the rules look for what people say when they are
// in danger, not for single words, and a few guards drop a match that is clearly not one.
//
// Decisions on the borderline cases (tests/safety/detectCrisis.test.ts holds an example of each):
// - Idioms are not crises: "dying to know", "killing it", "kill time", "I'd kill for a coffee",
//   "drop dead gorgeous", "this is killing me" / "my back is killing me" (no subject that can
//   act on the person), "cross my heart and hope to die", "I'd rather die than drink again".
// - "Overdosed on coffee / sugar / Netflix" (a harmless thing after "on") is not a crisis.
//   "Overdosed on caffeine pills" or on anything not in that short list is.
// - A how-to question during a possible emergency IS a crisis: "how do I help someone who
//   overdosed", "what do I do if my friend is ODing", "how do I use Narcan". 911 first is right.
// - A question about a topic is not: "what is naloxone", "where can I get Narcan", "what is an
//   overdose", "is it safe to mix pills and alcohol" (no one has mixed them yet).
// - A past overdose is not an emergency now: "my dad died of an overdose last year", "I lost my
//   son to an overdose", "I overdosed twice years ago", "overdose awareness day" - the 911 steps
//   would be wrong for grief. A death by suicide told as a loss is grief too ("my husband died by
//   suicide two years ago and I'm still grieving", "any group for people who lost someone to
//   suicide"); it is flagged when the message says it is happening now or keeps coming back
//   ("my brother died by suicide and I keep thinking about it"), and the learned check still
//   reads it. People asking for a group after a loss are answered, not sent a hotline.
// - The word as a topic is not a crisis (src/safety/rules/guards/topic.ts): a piece of work or
//   media about it ("a paper on suicide prevention", "a song about a friend who overdosed"), a
//   question about it in general ("warning signs of suicide in teens", "Good Samaritan law for
//   overdoses", "what does 'passive SI' mean"), a clinical history ("hx of self-harm, none in 2
//   years"), a hypothetical ("what do I say if my client mentions suicide"), something over ("he
//   od'd yesterday, narcan worked, he's ok now") - unless the message, anywhere, says it is
//   happening now ("what are the signs of an overdose? my friend looks weird").
// - Negation, where it is cheap and unambiguous: "I'm not suicidal", "I would never kill
//   myself", "I don't want to die", "no quiero morir" are not flagged by that phrase (the person
//   told us; a full crisis reply would not be listening). Any other crisis phrase in the same
//   message still triggers ("I'm not suicidal but everyone would be better off without me").
//   "I don't want to live / be alive / be here anymore" is the crisis itself and is always flagged.
// - One's own suicidal past told as past is not flagged: "I used to be suicidal, 3 years sober
//   now", "I tried to kill myself years ago". It is when it is back: "...and lately it's back".
// - Someone else in danger, told by a friend or parent, is flagged like the person's own words:
//   "my son threatened to kill himself", "my friend is cutting herself", "my wife isn't breathing".
// - Worry about the future is not an emergency: "I'm scared my son will overdose".
//   The person's own intent is: "I'm going to OD tonight" is flagged (as suicide).
// - Distress that crisis lines treat as a warning sign IS flagged: "I can't take it anymore",
//   "I can't go on like this", "ya no aguanto", "ya no puedo más", "I'm a burden to everyone",
//   and so is "I don't want to live like this anymore" / "tired of living this way", and
//   slow self-destruction: "I'm drinking myself to death", "I'm killing myself with alcohol".
//   These are also what people say before an attempt; the 988 reply ends by offering to carry on
//   with support groups, so a person who only meant "I need to change" loses one message.
// - "How do I use Narcan" gets the overdose reply: the person may be looking at an overdose.
//   Learning it for someday does not ("I want to learn how to use narcan in case I ever need
//   to"), nor "what are the signs of an overdose?" asked in general, nor "can you overdose on weed?".
// - "He's going to kill me" is flagged as violence, except the idiom with "when/if she finds
//   out" ("my mom is going to kill me when she finds out I relapsed"; "si se entera").
// - "kms" is always flagged; "kys" is flagged unless it is aimed at someone else ("you should
//   kys"), which is abuse rather than a disclosure. "10 kms away" (kilometres) is not.
// - Accidental injuries are not self-harm: "I cut myself shaving", "I hurt myself at the gym",
//   "I've hurt myself and my family with my drinking".
// - Self-harm or a wish to die told as long past is not flagged ("I used to cut myself as a teen,
//   that's behind me", "used to want to die when I was drinking, 18 months sober now", "antes
//   quería morirme, llevo un año sobrio"); it is when anything says it is back ("...and I still
//   do", "...the urges are back", "otra vez", "ahora", "todavía", "volví"). "I want to die, my
//   wife left me years ago" is present tense and is flagged.
// - "My therapist asked if I'm suicidal and I'm not, I just want a group" is not flagged; the no
//   must be plain. "...and I said yes", "...and I'm not sure", "...but lately..." are. In Spanish
//   "me preguntó si" and "me pregunto si" (I wonder) read the same without accents, so only an
//   explicit "y no" / "le dije que no" drops it.
// - Withdrawal: shaking alone is what the stopping-safely topic answers ("is it normal to shake
//   when you stop drinking?", "what are the signs of the DTs?"). Seeing bugs or things that are
//   not there, hallucinating or not knowing where one is days after the last drink, or "he has
//   the DTs", is delirium and gets 911.
// - Chest pain or tightness now is flagged ("my chest hurts after doing coke"); "from coughing /
//   crying / anxiety" is not. A racing heart is flagged only after stimulants: before a first
//   meeting it is nerves.
// - A plan in steps is a plan: "I'm about to drink this whole bottle and take all my xanax",
//   "...so I don't wake up", "I'm going to drink until I die", "voy a tomar hasta morirme", and
//   so is the means in hand: "I have a gun in my lap", "tengo la soga lista".
// - "She'll kill me if I'm late / if I forget / if I miss the meeting" is the idiom; "he'll kill
//   me if I leave / if I tell anyone" is a threat, and "he hits me if I'm late" stays violence.
// - "Can mixing xanax and alcohol kill you?" is a question; "I mixed xanax and alcohol, is it
//   bad?" and "he is mixing them right now" are not.
// - Overdose as a topic to talk or learn about ("how do I talk to my son about overdose risk")
//   and someday questions ("qué hago si alguien tiene una sobredosis algún día, quiero estar
//   preparada") are not emergencies.
// - Clinical notes: "pt endorses passive SI", "disclosed active SI with a plan" are flagged;
//   "pt denies SI / suicidal ideation", "paciente niega ideación suicida" are not.
// - "He choked me last night and says he'll do it again when he gets home" is violence: the
//   "when she finds out" idiom is not applied to the hitting rules (jokes still are).
// - Squeezed text reads "noose" as "nose": the noose counts only with a verb or the neck.
//
// Cost: linear in the length of the text. Every quantifier is bounded or over disjoint
// characters, and at most MAX_ANALYSED_CHARS characters are read (the start and the end of a
// longer message, where people put what matters).

// The rules themselves are data, one module per kind and language, in src/safety/rules/ (each
// with the examples it exists for); the words they share are in src/understand/vocabulary.ts.
import { CRISIS_RULES, type CrisisRule } from './rules';
import { normalizeForCrisis, squeezeSource } from './normalizeCrisisText';
import type { CrisisSignal } from './crisisKind';
import path from 'node:path';
import { loadLiteralPrefilter, type Expression } from '../understand/literalPrefilter';

export type { CrisisKind, CrisisSignal } from './crisisKind';
export { normalizeForCrisis, MAX_ANALYSED_CHARS } from './normalizeCrisisText';

interface CompiledRule {
  id: string;
  kind: CrisisRule['kind'];
  lang: CrisisRule['lang'];
  re: RegExp;
  notBefore?: RegExp;
  notAfter?: RegExp;
  unlessClause?: RegExp;
  unlessClauseExcept?: RegExp;
  unlessMessageSays?: RegExp;
}

function compile(spec: CrisisRule): CompiledRule {
  const rule: CompiledRule = {
    id: spec.id,
    kind: spec.kind,
    lang: spec.lang,
    re: new RegExp(`\\b(?:${squeezeSource(spec.pattern)})\\b`, 'g'),
  };
  if (spec.notBefore) rule.notBefore = new RegExp(`\\b(?:${squeezeSource(spec.notBefore)})\\s*$`);
  if (spec.notAfter) rule.notAfter = new RegExp(`^\\s*(?:${squeezeSource(spec.notAfter)})`);
  if (spec.unlessClause) rule.unlessClause = new RegExp(`\\b(?:${squeezeSource(spec.unlessClause)})`);
  if (spec.unlessClauseExcept) rule.unlessClauseExcept = new RegExp(`\\b(?:${squeezeSource(spec.unlessClauseExcept)})`);
  if (spec.unlessMessageSays) rule.unlessMessageSays = new RegExp(`\\b(?:${squeezeSource(spec.unlessMessageSays)})`);
  return rule;
}

const RULES: readonly CompiledRule[] = CRISIS_RULES.map(compile);
const RULES_BY_ID: ReadonlyMap<string, CompiledRule> = new Map(RULES.map((r) => [r.id, r]));
/** Each rule's main expression, from which the build computes the strings it cannot match without. */
export const RULE_EXPRESSIONS: readonly Expression[] = RULES.map((r) => ({ id: r.id, source: r.re.source }));
/** Where the build writes those strings, beside its other outputs in dist/. */
export const CRISIS_PREFILTER_FILE = path.join(__dirname, '..', '..', 'crisis-prefilter.json');
// Read once at load (a small file the build writes): a message runs only through the rules it
// could trigger (src/understand/literalPrefilter.ts). Without the file every rule runs.
const PREFILTER = loadLiteralPrefilter(RULE_EXPRESSIONS, CRISIS_PREFILTER_FILE);
/** How far before and after a match the guards look. */
const GUARD_WINDOW = 60;

/** The sentence around a match, at most CLAUSE_WINDOW characters either side. */
const CLAUSE_WINDOW = 300;

function clauseAround(text: string, start: number, end: number): string {
  const lo = Math.max(0, start - CLAUSE_WINDOW);
  const hi = Math.min(text.length, end + CLAUSE_WINDOW);
  const from = text.lastIndexOf(' . ', start);
  const to = text.indexOf(' . ', end);
  return text.slice(Math.max(lo, from < 0 ? 0 : from), Math.min(hi, to < 0 ? text.length : to));
}

function passesGuards(rule: CompiledRule, text: string, start: number, end: number, saysNow: () => boolean): boolean {
  if (rule.notBefore && rule.notBefore.test(text.slice(Math.max(0, start - GUARD_WINDOW), start))) return false;
  if (rule.notAfter && rule.notAfter.test(text.slice(end, end + GUARD_WINDOW))) return false;
  if (rule.unlessClause) {
    const clause = clauseAround(text, start, end);
    if (rule.unlessClause.test(clause) && !(rule.unlessClauseExcept?.test(clause) || saysNow())) return false;
  }
  return true;
}

/** Whether one rule, alone, matches the normalized text with its guards passing. */
function ruleMatches(rule: CompiledRule, text: string): boolean {
  // Whether the whole message says it is happening now: read once, however many matches ask.
  let now: boolean | undefined;
  const saysNow = () => (now ??= rule.unlessMessageSays?.test(text) ?? false);
  rule.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = rule.re.exec(text)) !== null) {
    if (m[0].length === 0) {
      rule.re.lastIndex += 1;
      continue;
    }
    if (passesGuards(rule, text, m.index, m.index + m[0].length, saysNow)) return true;
  }
  return false;
}

/** The first rule, in priority order, with a match that passes its guards. */
function firstMatch(text: string): CompiledRule | undefined {
  const may = PREFILTER?.candidates(text);
  return RULES.find((rule, i) => (!may || may[i] === 1) && ruleMatches(rule, text));
}

/**
 * Whether a message says someone may be in danger now, and of what. Null for everything else,
 * including an empty or non-string input. Never throws.
 */
export function detectCrisis(text: string): CrisisSignal | null {
  const rule = crisisRuleFor(text);
  return rule ? { kind: rule.kind, language: rule.lang } : null;
}

/** The id of the rule that decides a message, or null: for tests, the eval and debugging. */
export function crisisRuleId(text: string): string | null {
  return crisisRuleFor(text)?.id ?? null;
}

/** Whether the rule with this id, on its own, catches the message (its guards included). */
export function ruleCatches(id: string, text: string): boolean {
  const rule = RULES_BY_ID.get(id);
  if (!rule) throw new Error(`No crisis rule ${id}`);
  return ruleMatches(rule, normalizeForCrisis(text));
}

function crisisRuleFor(text: string): CompiledRule | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const normalized = normalizeForCrisis(text);
  if (!normalized) return undefined;
  return firstMatch(normalized);
}
