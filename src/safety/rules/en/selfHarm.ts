// English: self-harm now (not an accident, not long past).
import type { CrisisRule } from '../types';
import { SELF, NEG_EN } from '../../../understand/vocabulary';
import { SELF_HARM_PAST, SELF_HARM_NOW, SELF_HARM_PAST_ONLY } from '../guards/time';
import { TOPIC_QUESTION_EN, WORK_ABOUT_EN, WORK_MENTION_EN } from '../guards/topic';

export const EN_SELF_HARM_RULES: readonly CrisisRule[] = [
  {
    id: 'en.self-harm.01',
    kind: 'self-harm',
    lang: 'en',
    pattern: '(?:hurt|hurting|harm|harming|harmed|cut|cutting|burn|burning|burned|burnt)\\s+(?:himself|herself|themselves|themself)',
    notBefore: NEG_EN,
    unlessClause:
      '(?:fell (?:off|over|from|of|down|and|on)|falling|a fall|slipped|gym|working out|workout|lifting|playing|accident|accidentally|by accident|shaving|cooking|chopping|kitchen|tripped|running|skating|hiking|sports?)',
    examples: ['my daughter is cutting herself'],
  },
  // ---- Self-harm (English) ----
  {
    id: 'en.self-harm.02',
    kind: 'self-harm',
    lang: 'en',
    pattern:
      '(?:hurt|hurting|harm|harming|harmed|cut|cutting|burn|burning|burned|burnt|hit|hitting|punch|punching|punched|scratch|scratching|scratched|injure|injuring|injured|mutilate|mutilating|stab|stabbing|stabbed|starve|starving|bruise|bruised)\\s+' +
      SELF,
    notBefore: NEG_EN,
    notAfter:
      '(?:and (?:others|other people|my family|everyone|the people|those)|with (?:my\\s+)?(?:drinking|using|addiction|drugs|alcohol|behaviou?r|choices|words|actions|lies)|by (?:drinking|using)|(?:on|with) (?:a|the|my) (?:knife|glass|paper|can)|(?:shaving|cooking|chopping))',
    // Accidents, and self-harm told as long past with no sign it is back ("I used to cut myself
    // as a teen but that's behind me"; "...and lately I started again" is flagged).
    unlessClause:
      '(?:fell (?:off|over|from|of|down|and|on)|falling|a fall|slipped|gym|working out|workout|lifting|playing|accident|accidentally|by accident|shaving|cooking|chopping|kitchen|tripped|running|skating|hiking|sports?|football|soccer|basketball)|' +
      SELF_HARM_PAST_ONLY,
    examples: [
      'I keep hurting myself',
      'i want to hurt myself tonight',
      "I've been cutting myself again",
      'I burn myself with cigarettes',
      'i feel like harming myself',
      'i used to cut myself and now im doing it again',
    ],
    counterExamples: [
      'I would never hurt myself, I just want to stop drinking',
      "I've hurt myself and others with my drinking",
      "I cut myself shaving this morning, anyway what's SMART?",
      "i used to cut myself as a teen but that's behind me",
      "i cut myself in high school, now i'm 3 years sober and doing ok",
    ],
  },
  {
    id: 'en.self-harm.03',
    kind: 'self-harm',
    lang: 'en',
    pattern: 'self\\s?(?:harm|harming|harmed|injury|injuries|injure|injuring|mutilation|mutilate|mutilating)',
    notBefore:
      NEG_EN +
      '|no|past|prior|previous|' +
      WORK_ABOUT_EN +
      '|(?:deal|deals|dealing|cope|coping|help|helps|helping) with|(?:groups?|meetings?|support) (?:for|about|on)',
    notAfter: '(?:history|recovery|awareness|triggers from my past)\\b',
    // Clinical history and questions about the subject: "hx of self-harm, none in 2 years", "is it ok to share about my self harm".
    unlessClause: [
      SELF_HARM_PAST,
      TOPIC_QUESTION_EN,
      WORK_MENTION_EN,
      '(?:hx|history) of|none in|no recent|phq|share about|last episode|denies current',
    ].join('|'),
    unlessClauseExcept: SELF_HARM_NOW,
    examples: [
      'the urges to self harm are bad tonight',
      'relapsed on self-harm last night',
      'i used to self harm and started again this week',
    ],
    counterExamples: [
      'i used to self harm years ago, is there a group for that',
      'pt endorses cravings but no thoughts of self-harm',
      'hx of self-harm in adolescence, no recent behaviors',
      'is it ok to share about my self harm in group',
      'do any smart meetings deal with self-harm or is it just substances?',
      'intake note: client reports past self-harm, last episode 2017, denies current thoughts',
    ],
  },
  {
    id: 'en.self-harm.04',
    kind: 'self-harm',
    lang: 'en',
    pattern:
      '(?:urges? to|want to|need to|going to|started|start|been|keep|kept|relapsed on|relapsed and|back to)\\s+(?:cutting|cut|burning|burn)(?:\\s+again|\\s+my\\s+(?:arms?|wrists?|legs?|thighs?|skin|stomach|body|hips?))?(?=\\s*(?:$|[.,]))|(?:cut|cutting|cuts on|scars on|burns on|burning)\\s+my\\s+(?:arms?|legs?|thighs?|skin|stomach|body|hips?)|(?:im|i am|ive been|i have been|been|started)\\s+cutting\\s+again|bleeding (?:a lot|so much|badly|heavily|everywhere|wont stop|and it wont stop|really bad)|(?:so much|lots of|a lot of) blood|(?:cant|wont) stop (?:the )?bleeding',
    notBefore: NEG_EN,
    examples: ['i started cutting again', "I'm bleeding a lot and it won't stop"],
  },
  // "cutting again" on its own.
  {
    id: 'en.self-harm.05',
    kind: 'self-harm',
    lang: 'en',
    pattern: '(?:^|i\\s+|im\\s+|and\\s+)cutting again(?=\\s*(?:$|[.,!]))',
    notBefore: NEG_EN,
    examples: ['and cutting again.'],
  },
  // The wound itself: "the cuts are deep this time", "i reopened my old scars on purpose".
  {
    id: 'en.self-harm.10',
    kind: 'self-harm',
    lang: 'en',
    pattern:
      '(?:cuts?|wounds?|burns?)\\s+(?:are|is|r)\\s+(?:\\w+\\s+)?(?:deep|deeper|bad|worse|bleeding|infected)(?:\\s+this time)?' +
      '|(?:reopened|reopen|opened|open|picking open|tore open)\\s+(?:my\\s+)?(?:old\\s+)?(?:scars|cuts|wounds)' +
      '|(?:cut|burned|burnt|hit|stabbed|scratched)\\s+(?:myself|my (?:arm|arms|leg|legs|wrist|wrists|thigh|thighs|skin))\\s+(?:\\w+\\s+)?on purpose',
    notBefore: NEG_EN,
    unlessClause: SELF_HARM_PAST_ONLY + '|cooking|shaving|gym|accident',
    examples: ['the cuts are deep this time, should i go to the er', 'i reopened my old scars on purpose'],
    counterExamples: ['the burns are bad from the stove, should i see a doctor about cooking burns'],
  },
];
