// English: a person's own plan to overdose, or the means in hand. Suicide, and checked before the
// overdose rules (their own intent comes first).
import type { CrisisRule } from '../types';
import { NEG_EN, PERSON, DRUG } from '../../../understand/vocabulary';
import { AS_PRESCRIBED, ORDINARY_USE } from '../guards/idioms';

export const EN_OWN_PLAN_RULES: readonly CrisisRule[] = [
  // ---- The person's own plan to overdose, or the means in hand: suicide, before the overdose rules ----
  {
    id: 'en.suicide.plan.01',
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:(?:i|im|i am|ive)\\s+(?:\\w+\\s+){0,2}?)?(?:going to|want to|about to|ready to|planning to|planning on|plan to|thinking about|thinking of|considering|will|gonna|should|need to)\\s+(?:just\\s+)?(?:overdose|overdosing|(?:take|swallow|down|pop) all (?:of )?(?:my|the|these|those|this)\\s+(?:\\w+\\s+)?' +
      DRUG +
      '|(?:take|swallow|down|pop)\\s+(?:a bunch of|a lot of|a handful of|handfuls of|too many|enough|a ton of|the rest of)\\s+(?:\\w+\\s+)?' +
      DRUG +
      '|take (?:a|the) whole bottle)' +
      // A plan in steps: "I'm about to drink this whole bottle and take all my xanax".
      '|(?:going to|about to|ready to|planning to|plan to|gonna|want to)\\s+(?:[\\w,]+\\s+){1,8}?(?:and|then|plus|with|,)\\s+(?:then\\s+|just\\s+)?(?:(?:take|swallow|down|pop|eat|shoot up|snort)\\s+)?(?:all|every one|the rest|a bunch|a handful|handfuls|a ton)\\s+(?:of\\s+)?(?:(?:my|the|these|those|his|her)\\s+)?(?:\\w+\\s+)?' +
      DRUG +
      // Doing it now: "taking all my pills tonight", "shooting up all my dope tonight".
      '|(?:taking|swallowing|downing|popping|shooting up|shooting|snorting|doing)\\s+all (?:of )?(?:my|the|these|those|this|that)\\s+(?:\\w+\\s+)?' +
      DRUG +
      '\\s+(?:tonight|right now|at once|all at once|in one go|in one shot)' +
      // The means in hand: "I have a gun in my lap right now", "got the rope ready", "holding a knife to my throat".
      '|(?:(?:i|im|i am|ive|i have|i got|i just)\\s+)?(?:have|got|holding|hold|sitting with|sitting here with|have got)\\s+(?:a|the|my|this|dads|my dads|a loaded|my loaded)\\s+(?:gun|pistol|revolver|handgun|rifle|shotgun|firearm|rope|noose)\\s+(?:right\\s+)?(?:in my (?:lap|hand|hands|mouth)|on my lap|to my (?:head|temple|chin|chest|throat)|against my (?:head|temple|chin|chest|throat)|(?:and\\s+)?(?:its\\s+|it is\\s+|is\\s+)?(?:loaded|ready|cocked)|next to me|beside me|right here|right now|here with me|around my neck|tied (?:up|to))' +
      '|(?:hold|holding|have|got|put|putting|pressing)\\s+(?:a|the|my|this)\\s+(?:knife|blade|razor|razor blade)\\s+(?:to|against|on)\\s+my\\s+(?:wrists?|throat|neck)' +
      '|(?:have|got|holding|with)\\s+(?:a|the|my|dads|my dads)\\s+loaded\\s+(?:gun|pistol|revolver|handgun|shotgun|rifle)',
    // Without "I", the match must not follow someone else: "my son is going to overdose" is a worry,
    // "he's got a gun to my head" is violence.
    notBefore:
      NEG_EN +
      '|' +
      PERSON +
      '(?:\\s+(?:is|are|was|s|might be|may be))?(?:\\s+\\w+)?|(?:son|daughter|kid|child|kids|children|brother|sister|husband|wife|boyfriend|girlfriend|partner|mom|dad|friend|people|someone)\\s+(?:\\w+\\s+){0,2}',
    notAfter: AS_PRESCRIBED + '|' + ORDINARY_USE,
    examples: [
      'i want to overdose on purpose',
      'im gonna OD tonight so i never wake up',
      "I'm going to take all my pills tonight",
      'im about to drink this whole bottle and take all my xanax',
      'im gonna finish this bottle of vodka and then take all my pills',
      "i'm going to drink a fifth and swallow all of my sleeping pills",
    ],
    counterExamples: [
      "I'm scared my son will overdose someday",
      'i got a rope ready for the camping trip',
      'im going to a meeting tonight and take all my meds as prescribed',
      'got my gun ready for deer season',
    ],
  },
  {
    id: 'en.suicide.plan.02',
    kind: 'suicide',
    lang: 'en',
    pattern:
      'overdose on purpose|overdosed on purpose|enough\\s+(?:\\w+\\s+)?' +
      DRUG +
      '\\s+to\\s+(?:die|not wake up|never wake up|end it|kill myself|be done)|(?:got|have|lined up|counted out|counted)\\s+(?:the\\s+|my\\s+|all my\\s+)?(?:pills|rope|noose|gun)\\s+(?:ready|lined up|in front of me|counted out)|(?:saving|saved|stockpiling|hoarding)\\s+(?:up\\s+)?(?:my\\s+)?(?:pills|meds)',
    notAfter: ORDINARY_USE,
    examples: ['i have been stockpiling my meds for weeks', "i've got the pills ready"],
  },
];
