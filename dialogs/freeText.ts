// Free text: a meeting search, a comparison, a question about a group's facts, a whole
// situation in one sentence, or a group or topic found by the typo-tolerant lookup.
import { showWelcomeAfterGreeting } from './commands';
import { MAX_COMPARED, askWhatToCompare, showComparison } from './compare';
import { repeatQuestion, showFitsFor, situationIn } from './finder';
import { answerGroupFacets, showGroup, showTopic, topicChoices } from './learn';
import { meetingSearchFromText } from './meetings';
import { menuChoices } from './menu';
import type { Turn } from './turn';
import { text } from '../src/render/reply';
import { facetsAsked } from '../src/understand/groupFacets';
import type { LookupHit } from '../src/understand/lookup';
import { normalize, words } from '../src/understand/normalize';

const COMPARE_WORDS = /\b(compare|comparison|vs|versus|difference|differences|different from|better|or|compar(a|ar|e|acion)|diferencias?|diferente|distint[oa]s?|mejor|o)\b/;

export function understandFreeText(turn: Turn, typed: string, firstContact: boolean): void {
  // "find an AA meeting tonight near 94110", or the answer to "Where should I look?"
  if (meetingSearchFromText(turn, typed)) return;
  const normalized = normalize(typed);
  const lookup = turn.kit.lookup;
  const named = lookup.groupsNamed(typed);
  // The typo-tolerant search is the costliest step of a turn: run it at most once.
  let searched: LookupHit[] | undefined;
  const search = () => (searched ??= lookup.search(typed));

  // "compare SMART and AA", "lifering vs smart"
  if (COMPARE_WORDS.test(normalized)) {
    const ids = named.length >= 2 ? named : comparedBySegments(turn, normalized);
    if (ids.length >= 2) return showComparison(turn, ids.slice(0, MAX_COMPARED));
    if (/\b(compare|compar(a|ar|e))\b/.test(normalized)) return askWhatToCompare(turn, ids[0] ? turn.group(ids[0]) : undefined);
  }

  // "when was AA founded", "what happens at a Women for Sobriety meeting", "where can I find an NA meeting"
  if (named.length === 1 && !turn.kit.content.content.topicsById.has(bestTopicNamed(search()) ?? '')) {
    const group = turn.group(named[0])!;
    const facets = facetsAsked(normalized);
    if (facets.length) return answerGroupFacets(turn, group, facets);
  }

  // A whole situation in one sentence goes straight to recommendations.
  const situation = situationIn(turn, typed);
  // Without who it is for, "stop" or "cut back" is a question ("is it safe to stop drinking
  // suddenly?", "¿es seguro dejar el alcohol de golpe?"), not a situation to recommend groups for.
  const situationFacts = Object.keys(situation).filter((fact) => situation.who || fact !== 'goal').length;
  if ((situation.who || situation.substance) && situationFacts >= 2 && (named.length === 0 || situationFacts >= 3)) {
    return showFitsFor(turn, situation);
  }

  const hits = search();
  const best = hits[0];
  const resuming = Boolean(turn.state.finder?.asking);
  if (best && (best.named || best.coverage > 0.5)) {
    const second = hits[1];
    const close = second && !best.named && second.score >= best.score * 0.95 && second.coverage >= best.coverage && words(normalized).length > 1;
    if (close) {
      turn.reply([text(turn.say('clarify'))], [entryChoice(turn, best), entryChoice(turn, second), turn.choice('backToMenu', 'menu')]);
    } else if (best.kind === 'topic') {
      showTopic(turn, turn.kit.content.content.topicsById.get(best.id)!);
    } else {
      showGroup(turn, turn.group(best.id)!);
    }
    if (resuming) repeatQuestion(turn);
    return;
  }

  if (resuming) {
    turn.reply([text(turn.say('fallback'))], []);
    repeatQuestion(turn);
    return;
  }
  if (firstContact) return showWelcomeAfterGreeting(turn);
  turn.reply([text(turn.say('fallback'))], [...menuChoices(turn).slice(0, 5), ...topicChoices(turn, ['mutual-support-groups'])]);
}

/** A topic the question names outright ("is AA religious" is a topic of its own). */
function bestTopicNamed(hits: readonly LookupHit[]): string | undefined {
  const best = hits[0];
  return best?.kind === 'topic' && best.coverage === 1 && best.score > 50 ? best.id : undefined;
}

function entryChoice(turn: Turn, hit: { kind: 'group' | 'topic'; id: string }) {
  if (hit.kind === 'group') return { label: turn.groupName(hit.id), action: `group:${hit.id}` };
  const topic = turn.kit.content.content.topicsById.get(hit.id);
  return { label: topic ? turn.pick(topic.title) : hit.id, action: `topic:${hit.id}` };
}

/** "smrt vs lifring": each side of the comparison looked up on its own, typos and all. */
function comparedBySegments(turn: Turn, normalized: string): string[] {
  const segments = normalized
    .replace(/\b(compare|comparison|between|the|difference|differences|what'?s|what is|is|how|does|do|differ|compar(a|ar|e|acion)|diferencias?|entre|cual|que|es|hay|la|el|las|los|en|groups?|grupos?|programs?|programas?)\b/g, ' ')
    .split(/\b(?:and|vs|versus|or|with|to|from|y|o|con|contra|de)\b|,/)
    .map((s) => s.trim())
    .filter(Boolean);
  const ids = segments.map((s) => turn.kit.lookup.bestGroup(s)).filter((id): id is string => Boolean(id));
  return [...new Set(ids)];
}
