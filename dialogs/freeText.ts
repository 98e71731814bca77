// Free text: a meeting search, then what the trained model reads (dialogs/understood.ts), then
// a whole situation in one sentence or a group or topic found by the typo-tolerant lookup (not a
// group it only guessed from one word of its name), then a clarifying question, and only then
// "not understood". docs/understanding.md lists the steps in order.
import { showWelcomeAfterGreeting } from './commands';
import { MAX_COMPARED, askWhatToCompare, showComparison } from './compare';
import { repeatQuestion, saysWhoOrSubstance, showFitsFor, showReferral, situationIn } from './finder';
import { answerGroupFact, showGroup, showTopic, topicChoices } from './learn';
import { meetingSearchFromText } from './meetings';
import { menuChoices } from './menu';
import type { Turn } from './turn';
import { text } from '../src/render/reply';
import { namesAddictionMedication } from '../src/understand/groupFacets';
import { isAction } from './action';
import {
  answerByIntent,
  askWhichReading,
  asksToBeMatched,
  candidatesOfReading,
  factOfIntent,
  isConfident,
  LEADING,
  mayAskToBeMatched,
  mayCompare,
  readingOf,
  saysWhatKind,
  startFinderAsRead,
} from './understood';
import type { LookupHit } from '../src/understand/lookup';
import { SubstanceSchema } from '../content/schema';
import { normalize, words } from '../src/understand/normalize';

/**
 * Words that ask for a comparison whatever else the sentence says; "or", "better" and "the same
 * as" alone do not ("is a support group the same as rehab" compares no groups).
 */
const EXPLICIT_COMPARE =
  /\b(compare|comparison|vs|versus|difference|differences|different from|better than|compar(a|ar|e|acion)|diferencias?|diferente|distint[oa]s?|mejor que)\b/;
/** "smrt or lifring", "smart recovery or women for sobriety": a group's name, typos and all, is short. */
const MAX_WORDS_PER_SIDE = 4;

/** A kind of group asked for, as opposed to a meeting to attend. */
const ASKS_FOR_A_GROUP = /\b(groups?|grupos?|programs?|programas?|fellowships?)\b/;

/** The same, or meetings of some kind ("phone meetings for meth addicts", "reuniones para dejar la coca"). */
const ASKS_FOR_GROUPS_OR_MEETINGS = /\b(groups?|grupos?|programs?|programas?|fellowships?|meetings?|reuniones|reunion|juntas?)\b/;

/**
 * A request that asks for a group outright ("is there a group for people like me") starts the
 * finder when asking to be matched is one of the two likeliest readings with this share. On the
 * dev sets' questions that ask for a group and name none, a find reading between 0.3 and 0.45
 * came with a match request or a request the finder also answers (a kind of group, a substance).
 */
const FIND_BEHIND_A_TOPIC = 0.3;

/** An entry matching at least this share of the words, and scoring far above the next, is meant. */
const DOMINANT = { coverage: 0.25, score: 40, overNext: 2 };
/** A hit scoring at least this share of the top one counts as close to it. */
const CLOSE_SCORE = 0.8;
/** A topic scoring at least this share of a group named in passing ("a sponsor in AA") is what was asked. */
const TOPIC_OVER_GROUP_SCORE = 0.3;
/** How many hits after the top one may hold a better fit for the question. */
const ALTERNATIVES = 3;

export function understandFreeText(turn: Turn, typed: string, firstContact: boolean): void {
  // What the trained model reads: an intent and the groups named. Acted on when it is sure.
  const reading = readingOf(turn, typed);
  const normalized = normalize(typed);
  // "find an AA meeting tonight near 94110", or the answer to "Where should I look?". Not "help me
  // find a group that fits me, I'm nervous about meetings": a request for a group (not a meeting)
  // read as a match request, naming no place, time, group or kind of meeting, is for the finder.
  const asksForFit =
    ASKS_FOR_A_GROUP.test(normalized) && reading.intents[0]?.intent.startsWith('find.') === true && asksToBeMatched(reading);
  if (meetingSearchFromText(turn, typed, { unlessOnlyAskingForFit: asksForFit })) return;
  const lookup = turn.kit.lookup;
  const named = reading.groups;
  // The typo-tolerant search is the costliest step of a turn: run it at most once.
  let searched: LookupHit[] | undefined;
  const search = () => (searched ??= turn.stage('understand', () => lookup.search(typed)));

  // A topic named outright is what was asked, whatever group comes with it: "Is AA religious?"
  // is a topic of its own, and "what is a sponsor in NA" asks what a sponsor is.
  const asksTopic =
    reading.intents[0]?.intent.startsWith('group.') && turn.kit.content.content.topicsById.has(bestTopicNamed(search(), normalized) ?? '');
  if (!asksTopic && answerByIntent(turn, typed, reading, firstContact, 'named')) return;

  // "not NA, what else is there for drugs", "something other than AA": the group is set aside,
  // not asked about. The topic the model reads leads, when it holds half the evidence; the lookup
  // would answer with the group's summary.
  const top = reading.intents[0];
  if (reading.groupSetAside && top?.intent.startsWith('topic.') && top.score >= LEADING) {
    const topic = topicOf(turn, top.intent);
    if (topic) {
      turn.record({ type: 'intent', intent: top.intent, confidence: top.score });
      showTopic(turn, topic);
      if (turn.state.finder?.asking) repeatQuestion(turn);
      return;
    }
  }

  // "smrt vs lifring": names the model did not see word for word, each side looked up with typos.
  // A comparison among the likely readings, or one group read as asked about with more words
  // around it ("es smrt mejor que lifring": "smrt" is no name the model knows): each part is
  // looked up with typos; it counts only when every part is a short group name or the words ask
  // for a comparison (see comparedBySegments).
  if (mayCompare(reading) || (named.length === 1 && reading.intents[0]?.intent === 'group.about')) {
    const ids = named.length >= 2 ? named : comparedBySegments(turn, normalized);
    if (ids.length >= 2) return showComparison(turn, ids.slice(0, MAX_COMPARED));
    if (reading.intents[0]?.intent === 'compare' && isConfident(reading.intents[0], named))
      return askWhatToCompare(turn, named[0] ? turn.group(named[0]) : undefined);
  }

  // "my patient is on methadone and wants a group that won't judge her": groups differ on
  // medication for addiction, and which ones accept it comes before any recommendation.
  const resuming = Boolean(turn.state.finder?.asking);
  const medication = turn.kit.content.content.topicsById.get(turn.kit.content.menus.medicationTopic);
  if (medication && namesAddictionMedication(normalized)) {
    // "client on methadone wants a group, ideas?", "I'm on suboxone, where can I go": a request
    // to be matched. The finder, with a word that groups differ on medication and where to read
    // what each says; the medication topic alone would leave the request unanswered.
    // Not when a relative is named: "my son is on methadone and needs a group" asks what his
    // medication means for a group, and the finder would read the writer as family looking for
    // support of their own.
    const asksForMatch = asksToBeMatched(reading) || mayAskToBeMatched(reading);
    if (!resuming && named.length === 0 && asksForMatch && situationIn(turn, typed).who !== 'family') {
      startFinderAsRead(turn, typed, reading, turn.say('finderMedicationNote'));
      return;
    }
    // "is methadone ok in NA": the medication, of the group named.
    if (named.length === 1) {
      answerGroupFact(turn, turn.group(named[0])!, 'medication');
      if (resuming) repeatQuestion(turn);
      return;
    }
    showTopic(turn, medication);
    if (resuming) repeatQuestion(turn);
    return;
  }

  // A whole situation in one sentence goes straight to recommendations. It must say who the help
  // is for or which substance (see below), so the other questions' patterns (a first turn
  // compiles them all) run only when it does.
  const situation = saysWhoOrSubstance(turn, typed) ? situationIn(turn, typed) : {};
  // Without who it is for, "stop" or "cut back" is a question ("is it safe to stop drinking
  // suddenly?", "¿es seguro dejar el alcohol de golpe?"), not a situation to recommend groups for.
  const situationFacts = Object.keys(situation).filter((fact) => situation.who || fact !== 'goal').length;
  if ((situation.who || situation.substance) && situationFacts >= 2 && (named.length === 0 || situationFacts >= 3)) {
    return showFitsFor(turn, situation);
  }
  // "where should someone like me go?": the finder, with what the message already says.
  if (answerByIntent(turn, typed, reading, firstContact, 'find')) return;

  // "anything besides the 12 steps": the model reads the negation, the word lookup would not.
  if (answerByIntent(turn, typed, reading, firstContact, 'negated')) return;

  const hits = search();
  const best = hitAskedAbout(hits);
  // "can u help me pick one": asking to be matched is likely, so the finder comes first, unless
  // the words name a group or a topic outright ("Buddhist and faith-based groups").
  const namedOutright = best && (best.named || best.coverage === 1);
  if (!resuming && !namedOutright && mayAskToBeMatched(reading) && askWhichReading(turn, reading, typed)) return;

  // "donde puedo ir para dejar el alcohol", "is there a group for meth": the lookup finds one
  // group through the substance in its name, but the person named a substance, not a group. The
  // groups that fit that substance, best fit first (Crystal Meth Anonymous leads for meth; for
  // alcohol no single group is the answer).
  if (!resuming && best && foundThroughSubstanceOnly(turn, best, normalized)) {
    turn.record({ type: 'intent', intent: 'find.self', confidence: 0 });
    showFitsFor(turn, situationIn(turn, typed));
    return;
  }

  // "hay algún grupo para dejar los porros": the lookup's best is a group found through everyday
  // words ("grupo", "dejar"), not named, and not for the substance the message says (Moderation
  // Management is about drinking). Not what was meant: the groups for that substance.
  if (!resuming && best?.kind === 'group' && !best.named && !servesSubstanceSaid(turn, best.id, normalized)) {
    turn.record({ type: 'intent', intent: 'find.self', confidence: 0 });
    showFitsFor(turn, situationIn(turn, typed));
    return;
  }

  // "hay grupos para dejar la piedra", "is there a group to quit weed", "phone meetings for meth
  // addicts?": a group (or its meetings) asked for, for a substance, naming no group and no topic:
  // the groups for that substance. A topic that shares words with the request (cutting down or
  // quitting) answers a question nobody asked.
  const asksConfidentTopic = Boolean(top?.intent.startsWith('topic.') && isConfident(top, named));
  if (!resuming && named.length === 0 && !asksConfidentTopic && ASKS_FOR_GROUPS_OR_MEETINGS.test(normalized)) {
    const situation = situationIn(turn, typed);
    // A kind of group asked for ("groups w/o the higher power stuff") is answered with the groups
    // of that kind even when a topic is named in passing ("higher power": is AA religious?).
    const titleTyped = Boolean(best?.named && best.coverage === 1);
    if ((situation.substance && !best?.named) || (saysWhatKind(situation) && !titleTyped && ASKS_FOR_A_GROUP.test(normalized))) {
      turn.record({ type: 'intent', intent: 'find.self', confidence: 0 });
      return showFitsFor(turn, situation);
    }
  }

  // "i keep relapsing, is there a group for people like me": a group asked for outright, naming
  // none, with asking to be matched close behind a topic that is not sure: the finder, with what
  // the message says. (A substance said is answered above with the groups for it.)
  const lookupCovers = Boolean(best && best.coverage === 1);
  if (!resuming && named.length === 0 && !best?.named && !lookupCovers && !asksConfidentTopic && ASKS_FOR_A_GROUP.test(normalized)) {
    const find = reading.intents.slice(0, 2).find((i) => i.intent.startsWith('find.') && i.score >= FIND_BEHIND_A_TOPIC);
    if (find) {
      turn.record({ type: 'intent', intent: find.intent, confidence: find.score });
      startFinderAsRead(turn, typed, reading);
      return;
    }
  }

  // The lookup is not sure, or its best hit is a group it found through one everyday word of its
  // name ("are there women only meetings" finds Women for Sobriety): only a guess. A topic the
  // model reads with confidence is what was asked; else a message that says what kind of group is
  // wanted ("nada religioso porfa", "something without god please") gets the groups of that kind.
  // A group found by its own words ("que son las 13 declaraciones") is no guess.
  const guessedGroup = best?.kind === 'group' && !best.named && nameWordsIn(turn, best.id, normalized).length > 0;
  if (!resuming && (!best || guessedGroup || !isMeant(best, hits))) {
    const topic = top?.intent.startsWith('topic.') && isConfident(top, named) ? topicOf(turn, top.intent) : undefined;
    if (topic) {
      turn.record({ type: 'intent', intent: top!.intent, confidence: top!.score });
      return showTopic(turn, topic);
    }
    const wanted = situationIn(turn, typed);
    if (saysWhatKind(wanted)) {
      turn.record({ type: 'intent', intent: 'find.self', confidence: 0 });
      return showFitsFor(turn, wanted);
    }
  }

  // "what should I tell my client about SOS", "how old does an alateen sponsor have to be": the
  // model's likeliest reading is a fact of the one group named; the word search prefers a topic
  // that only shares a word with the message ("client", "sponsor"), not one named outright.
  const fact = factOfIntent(top?.intent);
  if (fact && !asksTopic && named.length === 1 && best?.kind === 'topic' && !best.named && best.coverage < 1) {
    turn.record({ type: 'intent', intent: top!.intent, confidence: top!.score });
    const group = turn.group(named[0])!;
    if (fact === 'about') showGroup(turn, group);
    else answerGroupFact(turn, group, fact);
    if (resuming) repeatQuestion(turn);
    return;
  }

  if (best && isMeant(best, hits)) {
    const second = hits.find((h) => h !== best);
    const close =
      second && !best.named && second.score >= best.score * 0.95 && second.coverage >= best.coverage && words(normalized).length > 1;
    if (close) {
      turn.record({ type: 'clarify', candidates: candidatesOf([best, second]) });
      turn.reply([text(turn.say('clarify'))], [entryChoice(turn, best), entryChoice(turn, second), turn.choice('backToMenu', 'menu')]);
    } else if (best.kind === 'topic') {
      showTopic(turn, turn.kit.content.content.topicsById.get(best.id)!);
    } else {
      showGroup(turn, turn.group(best.id)!);
    }
    if (resuming) repeatQuestion(turn);
    return;
  }

  // Nothing sure: what the bot does if the message asks for something else, the likeliest
  // readings as choices, else "not understood" with the finder first.
  if (!resuming && answerByIntent(turn, typed, reading, firstContact, 'outOfScope')) return;
  if (askWhichReading(turn, reading, typed)) {
    if (resuming) repeatQuestion(turn);
    return;
  }
  // One group named outright, and nothing sure about what of it: the group itself, as a referral
  // summary when that is the likeliest reading ("need a blurb on nar-anon for a client's mom"),
  // never "not understood".
  const group = named.length === 1 ? turn.group(named[0]) : undefined;
  if (group && !resuming) {
    turn.record({ type: 'intent', intent: top?.intent ?? 'group.about', confidence: top?.score ?? 0 });
    return top?.intent === 'referral' ? showReferral(turn, group) : showGroup(turn, group);
  }
  turn.record({ type: 'not-understood', candidates: candidatesOfReading(reading) });
  if (resuming) {
    turn.reply([text(turn.say('fallback'))], []);
    repeatQuestion(turn);
    return;
  }
  if (firstContact) return showWelcomeAfterGreeting(turn);
  turn.reply([text(turn.say('fallback'))], [...fallbackChoices(turn), ...topicChoices(turn, [turn.kit.content.menus.learn.intro])]);
}

/**
 * A group found only through a substance its name holds ("meth", "alcohol"), never named: a word
 * of the message that says the substance begins a word of the group's names. A name said in full,
 * even misspelt ("narcotics anonimous", "alcoholicos anonimos"), says "anonymous", and a short
 * name (AA, CMA) is one the lookup reads as named.
 */
function foundThroughSubstanceOnly(turn: Turn, hit: LookupHit, normalized: string): boolean {
  if (hit.kind !== 'group' || hit.named || /\banon/.test(normalized)) return false;
  const group = turn.group(hit.id);
  const substance = group && situationIn(turn, normalized).substance;
  if (!group || !substance || !group.substances.some((s) => s === substance)) return false;
  return nameWordsIn(turn, hit.id, normalized).some((w) => situationIn(turn, w).substance === substance);
}

/**
 * Whether the group is for the substance the message says, if it says one: a group for any drug
 * serves every drug but alcohol. True when no substance is said.
 */
function servesSubstanceSaid(turn: Turn, groupId: string, normalized: string): boolean {
  const substance = situationIn(turn, normalized).substance;
  const group = turn.group(groupId);
  if (!substance || !group || !(SubstanceSchema.options as readonly string[]).includes(substance)) return true;
  return group.substances.some((s) => s === substance || (s === 'drugs' && substance !== 'alcohol'));
}

/** Words of the message (of some length) that begin a word of the group's names: "meth", "women". */
function nameWordsIn(turn: Turn, groupId: string, normalized: string): string[] {
  const group = turn.group(groupId);
  if (!group) return [];
  const nameWords = words(normalize([group.name.en, group.name.es ?? '', ...group.aliases].join(' ')));
  return words(normalized).filter((w) => w.length >= 4 && nameWords.some((n) => n.startsWith(w)));
}

/** The topic of a `topic.<id>` intent. */
function topicOf(turn: Turn, intent: string) {
  return turn.kit.content.content.topicsById.get(intent.slice('topic.'.length));
}

/** After "not understood": the finder first, and urgent help always. */
function fallbackChoices(turn: Turn) {
  const menu = menuChoices(turn);
  const find = menu.filter((c) => isAction(c.action, 'find'));
  const urgent = menu.filter((c) => isAction(c.action, 'urgent'));
  const rest = menu.filter((c) => !isAction(c.action, 'find') && !isAction(c.action, 'urgent')).slice(0, 3);
  return [...find, ...rest, ...urgent];
}

/** "what is a sponsor", "what's a home group", "qué es un padrino": a question about a thing itself. */
const ASKS_WHAT_IT_IS = /\b(what'?s|whats|wats|what is|what does|(que|q|ke) (es|hace)) (a|an|un|una)\b/;

/**
 * A topic the question names outright: "is AA religious" is a topic of its own, and "what is a
 * sponsor in AA" asks what a sponsor is, where "does AA have sponsors" asks about AA.
 */
function bestTopicNamed(hits: readonly LookupHit[], normalized: string): string | undefined {
  const best = hits[0];
  if (best?.kind !== 'topic' || best.score <= 50) return undefined;
  return best.coverage === 1 || ASKS_WHAT_IT_IS.test(normalized) ? best.id : undefined;
}

/**
 * The hit the question is about. The lookup ranks names first, so a group named in passing
 * outranks the topic asked about ("do I have to pay for AA"), and one strong word can outrank
 * an entry matching most of the question.
 */
export function hitAskedAbout(hits: readonly LookupHit[]): LookupHit | undefined {
  const top = hits[0];
  if (!top) return undefined;
  if (top.kind === 'group' && top.named && top.coverage < 1) return topicOverGroup(hits, top) ?? top;
  if (!top.named) return widerHit(hits, top) ?? top;
  return top;
}

/** "what is a sponsor in AA": a topic that matches more of the question than the group's name. */
function topicOverGroup(hits: readonly LookupHit[], group: LookupHit): LookupHit | undefined {
  return hits
    .slice(1, 1 + ALTERNATIVES)
    .find((h) => h.kind === 'topic' && h.coverage > group.coverage && h.score >= TOPIC_OVER_GROUP_SCORE * group.score);
}

/** Of hits scoring close to the top one, the one that matches the most words of the question. */
function widerHit(hits: readonly LookupHit[], top: LookupHit): LookupHit | undefined {
  const wider = hits.slice(1, 1 + ALTERNATIVES).filter((h) => h.coverage > top.coverage && h.score >= CLOSE_SCORE * top.score);
  return wider.sort((a, b) => b.coverage - a.coverage)[0];
}

/**
 * Enough to answer with: the entry is named, matches most of the words, or stands far above
 * the rest: "i'm on night shifts, are there meetings over the phone" is about phone meetings.
 */
export function isMeant(best: LookupHit, hits: readonly LookupHit[]): boolean {
  if (best.named || best.coverage > 0.5) return true;
  const next = hits.find((h) => h !== best)?.score ?? 0;
  return best.coverage >= DOMINANT.coverage && best.score >= DOMINANT.score && best.score >= DOMINANT.overNext * next;
}

function entryChoice(turn: Turn, hit: { kind: 'group' | 'topic'; id: string }) {
  if (hit.kind === 'group') return turn.labelled(turn.groupName(hit.id), { type: 'group', group: hit.id });
  const topic = turn.kit.content.content.topicsById.get(hit.id);
  return turn.labelled(topic ? turn.pick(topic.title) : hit.id, { type: 'topic', topic: hit.id });
}

/** "smrt vs lifring": each side of the comparison looked up on its own, typos and all. */
function comparedBySegments(turn: Turn, normalized: string): string[] {
  const segments = normalized
    .replace(/\b(better|worse|mejor|peor) (than|que)\b/g, ' vs ')
    .replace(/\b((the )?same as|(lo )?mismo que|igual(es)? (a|que)|similar (to|a))\b/g, ' vs ')
    .replace(
      /\b(compare|comparison|between|the|difference|differences|what'?s|what is|is|how|does|do|differ|compar(a|ar|e|acion)|diferencias?|entre|which|better|than|cual|que|es|mejor|hay|la|el|las|los|en|groups?|grupos?|programs?|programas?)\b/g,
      ' ',
    )
    .split(/\b(?:and|vs|versus|or|with|to|from|y|o|con|contra|de)\b|,/)
    .map((s) => s.trim())
    .filter(Boolean);
  const ids = segments.map((s) => turn.kit.lookup.bestGroup(s));
  // "or" and "better" also join the parts of a question ("is it better to go alone or bring a
  // friend"): unless the words ask for a comparison, every part must be a short group name.
  const onlyNames = segments.every((s, i) => ids[i] && words(s).length <= MAX_WORDS_PER_SIDE);
  if (!onlyNames && !EXPLICIT_COMPARE.test(normalized)) return [];
  return [...new Set(ids.filter((id): id is string => Boolean(id)))];
}

/** The likeliest readings, as intents with a 0..1 score relative to the best (for telemetry: no words). */
function candidatesOf(hits: readonly LookupHit[]) {
  const top = hits[0]?.score || 1;
  return hits
    .slice(0, 3)
    .map((h) => ({ intent: h.kind === 'group' ? 'group.about' : `topic.${h.id}`, score: Math.min(1, h.score / top) * h.coverage }));
}
