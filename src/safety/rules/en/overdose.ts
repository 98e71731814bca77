// English: an overdose or another medical emergency now (911 first).
import type { CrisisRule } from '../types';
import { CANT, PERSON, DRUG, DRUG_MIX, ALCOHOL, NEG_EN } from '../../../understand/vocabulary';
import { HARMLESS, JOKING } from '../guards/idioms';
import { SYMPTOM_QUESTION, SYMPTOM_NOW } from '../guards/questions';
import { OD_NOT_NOW, OD_NOT_NOW_ES, OD_SOMEDAY } from '../guards/time';
import {
  FOR_AN_AUDIENCE_EN,
  HAPPENING_NOW_EN,
  HYPOTHETICAL_EN,
  LOSS_EN,
  NALOXONE_NOT_NOW,
  RESOLVED_EN,
  TOPIC_QUESTION_EN,
  WORK_ABOUT_EN,
  WORK_MENTION_EN,
} from '../guards/topic';

export const EN_OVERDOSE_RULES: readonly CrisisRule[] = [
  // ---- Overdose and other medical emergencies (English) ----
  {
    id: 'en.overdose.01',
    kind: 'overdose',
    lang: 'en',
    pattern: 'ov(?:e|a)?r\\s?d(?:o|oo)?(?:s|z|c)(?:e|es|ed|ing|in|d)?',
    notBefore:
      // "does naltrexone stop you from overdosing", "can narcan reverse an overdose".
      '(?:(?:stop|stops|keep|keeps|protect|protects|prevent|prevents)\\s+(?:you|people|someone|somebody|me|him|her|them|a person)\\s+(?:from|against)|reverse|reverses|reversing|block|blocks|going to|want to|about to|afraid of|scared of|worried about|fear of|risks? of|dangers? of|chances? of|odds of|cause|causes|lead to|leads to|result in|prevent|preventing|avoid|might|could|will|would|may|hell|shell|theyll|ill|youll|caffeine|sugar|coffee|candy|chocolate|cuteness|information|vitamin|love|drama|netflix|cute)(?:\\s+(?:an?|the|another))?' +
      // The topic as something to talk or learn about: "how do I talk to my son about overdose risk"
      // (a documentary, a class or a video about it: WORK_ABOUT_EN below).
      '|(?:talk|talking|talked|speak|speaking|teach|teaching|taught|educate|educating|warn|warning|learn|learning|learned|learnt|read|reading|watched|watching|heard|questions?|conversations?|info|facts)\\s+(?:\\w+\\s+){0,4}?(?:about|on|regarding)\\s+(?:the\\s+)?(?:risks?\\s+of\\s+|dangers?\\s+of\\s+)?(?:an?\\s+)?' +
      // A piece of work or a worry: "a training video about recognizing an overdose", "at risk for overdose".
      '|' +
      WORK_ABOUT_EN +
      '|(?:at\\s+)?risk for|worry about|worries about|worrying about|history of|(?:i|we) (?:see|treat|handle|respond to|deal with)(?:\\s+(?:so many|a lot of|lots of))?',
    notAfter:
      'on\\s+' +
      HARMLESS +
      '\\b|(?:risks?|dangers?|risk factors|history|response|responders?|victims?|vigils?|kits?|numbers|deaths|awareness|signs|symptoms)\\b',
    unlessClause: [
      OD_NOT_NOW,
      OD_SOMEDAY,
      TOPIC_QUESTION_EN,
      WORK_MENTION_EN,
      FOR_AN_AUDIENCE_EN,
      RESOLVED_EN,
      HYPOTHETICAL_EN,
      LOSS_EN,
      OD_NOT_NOW_ES,
    ].join('|'),
    unlessMessageSays: HAPPENING_NOW_EN,
    examples: [
      "my roommate OD'd and he won't wake up",
      'i think my brother is overdosing what do i do',
      "she's ODing right now",
      'he overdosed on fentanyl in the bathroom',
      'how do I help someone who just overdosed?',
      'what do i do if my friend is having an ovrdose',
    ],
    counterExamples: [
      'I overdosed on coffee this morning lol',
      'sugar overdose after the potluck',
      'my dad died of an overdose last year, is there a group for me?',
      'I lost my brother to an overdose in 2019',
      'how can I prevent an overdose?',
      'what are the signs of an overdose',
      'does my state have a good samaritan law for overdoses',
      "my friend od'd yesterday and narcan worked, he's ok now, how do we get him into treatment",
      'we are making a training video about recognizing an overdose',
      'listening to a song about a friend who overdosed, it hits hard',
      'if someone overdoses, how long do i wait before giving a second dose',
      'does naloxone work on xanax overdoses or only opioids?',
      "i'm an er nurse and i see overdoses every shift, are there groups for healthcare workers",
      'what do i do if i find someone overdosing',
    ],
  },
  {
    id: 'en.overdose.02',
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:not|isnt|is not|aint|wasnt|arent|stopped|stop|barely|hardly|cant|can not|couldnt|trouble|struggling to|struggle to|difficulty|hard to|no longer)\\s+(?:\\w+\\s+)?(?:breathing|breathe|breath)',
    notBefore: '(?:remember|forget|dont forget|try|trying|tell myself)',
    notAfter: 'a word|through (?:my|the) nose|exercises?',
    unlessClause: OD_NOT_NOW,
    examples: [
      'my boyfriend isnt breathing right',
      'she stopped breathing after she used',
      "he's barely breathing and his lips are blue",
      'HELP HE IS NOT BREATHING',
    ],
  },
  {
    id: 'en.overdose.03',
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:breathing|breaths?)\\s+(?:is\\s+|are\\s+|seems\\s+|got\\s+|has\\s+|looks\\s+)?(?:very\\s+|really\\s+|so\\s+|super\\s+)?(?:slow|shallow|weird|strange|funny|labored|laboured|raspy|gurgling|stopped|irregular)|gasping for (?:air|breath)|gurgling|snoring (?:weird|strange|loud and|and (?:wont|cant|not))',
    examples: ['his breathing is really slow and shallow', "she's gasping for air and gurgling"],
  },
  {
    id: 'en.overdose.04',
    kind: 'overdose',
    lang: 'en',
    pattern:
      CANT +
      '\\s+(?:get\\s+)?(?:wake|rouse)\\s+(?:him|her|them|my\\s+\\w+|\\w+\\s+up)|unable to (?:wake|rouse)\\s+(?:him|her|them|my\\s+\\w+)',
    examples: ["I can't wake him up"],
  },
  {
    id: 'en.overdose.05',
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?<!\\bi\\s)(?<!\\bim\\s)(?<!\\bam\\s)(?:wont|will not|isnt|is not|not|aint|wasnt|arent|wouldnt|would not)\\s+(?:\\w+\\s+)?(?:wake|waking)(?:\\s+up)?',
    notBefore: '(?:i|im|i am|you|we|alarm|phone)(?:\\s+\\w+)?',
    notAfter: '(?:early|on time|in time|for (?:work|school|the|meetings?|class)|at \\d|till|until|before)',
    examples: ["my mom passed out and won't wake up"],
  },
  {
    id: 'en.overdose.06',
    kind: 'overdose',
    lang: 'en',
    pattern:
      DRUG_MIX +
      '\\s+(?:\\w+\\s+){0,4}?(?:passed out|nodded out and|is out cold|out cold)|(?:passed out|out cold)\\s+(?:after|from|on)\\s+(?:\\w+\\s+){0,2}?(?:' +
      DRUG_MIX +
      '|using|shooting up|taking|doing)|(?:cant|wont)\\s+stop\\s+(?:throwing up|vomiting|puking)|(?:throwing up|vomiting|puking)\\s+blood',
    unlessClause: OD_NOT_NOW,
    examples: ['he took some bars and passed out', 'she cant stop throwing up', 'he is vomiting blood'],
  },
  {
    id: 'en.overdose.07',
    kind: 'overdose',
    lang: 'en',
    pattern:
      'unconscious|unresponsive|passed out and (?:wont|cant|isnt|is not|not|doesnt|couldnt|can not|hes not|shes not)|lost consciousness',
    notAfter: '(?:bias|mind|thoughts?|level|self)\\b',
    examples: ["he's unconscious on the bathroom floor", 'friend is unresponsive after taking xanax'],
  },
  {
    id: 'en.overdose.08',
    kind: 'overdose',
    lang: 'en',
    pattern:
      PERSON +
      '\\s+(?:\\w+\\s+){0,4}?(?:wont|is not|isnt|not|stopped|aint|wasnt|doesnt)\\s+(?:responding|respond|moving|move)|' +
      PERSON +
      '\\s+(?:\\w+\\s+){0,3}?(?:just\\s+|suddenly\\s+)?collapsed(?!\\s+(?:in|into|on (?:the|my) (?:couch|bed|sofa)))',
    examples: ["we gave him narcan but he's still not responding"],
  },
  {
    id: 'en.overdose.09',
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:lips|face|skin|fingertips|fingernails|nails)\\s+(?:are|is|look|looks|turned|turning|went|going|getting|r)\\s+(?:\\w+\\s+)?(?:blue|purple|gray|grey|ashen)|(?:blue|purple|grey|gray)\\s+lips|(?:hes|shes|theyre|he is|she is|they are|he looks|she looks|they look|guy is|man is|woman is|someone is|somebody is|person is)\\s+(?:\\w+\\s+)?(?:blue|purple|gray|grey)(?!\\s+(?:shirt|jacket|hoodie|hat|dress|car|eyes|team))|turn(?:ing|ed|s)\\s+(?:blue|purple)',
    // "My lips are blue from the cold lol", "what do blue lips mean in an overdose, for a training".
    unlessClause: TOPIC_QUESTION_EN + '|' + FOR_AN_AUDIENCE_EN + '|(?:from|because of) the cold|cold out|freezing|' + JOKING,
    examples: ['her lips are turning purple'],
  },
  {
    id: 'en.overdose.10',
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:having|had|has|is having|started having)\\s+(?:a\\s+|another\\s+)?(?:seizure|seizures|fit)|seizing|convulsing|convulsions|foam(?:ing)?\\s+at\\s+the\\s+mouth|no pulse|' +
      CANT +
      '\\s+find\\s+(?:a|his|her|their)\\s+pulse|pinpoint pupils|chest pains?|(?:having|had) a heart attack|alcohol poisoning|(?:choking|choked|chokes|gagging|aspirating)\\s+on\\s+(?:(?:his|her|their|my|the|its|your)\\s+)?(?:own\\s+)?(?:vomit|puke|throw up|sick)|(?:throwing up|threw up|vomiting|vomited|puking|puked)\\s+(?:\\w+\\s+){0,2}?(?:while|and|when)\\s+(?:\\w+\\s+){0,2}?(?:passed out|unconscious|out cold|not waking up|wont wake up)|(?:throwing up|threw up|vomiting|vomited|puking|puked)\\s+(?:[\\w,]+\\s+){0,8}?(?:choking|choked|gagging|cant breathe)',
    notAfter: 'the (?:day|moment|opportunity|chance)',
    unlessClause: [OD_NOT_NOW, TOPIC_QUESTION_EN, RESOLVED_EN, LOSS_EN, '(?:my|our|the) (?:dog|cat|pet)|does (?:naloxone|narcan)'].join(
      '|',
    ),
    examples: [
      'should I call 911? my friend is having a seizure',
      'my sister is foaming at the mouth',
      'i think i have alcohol poisoning',
      "she's choking on her vomit",
      'he passed out and is choking on his own puke',
      'she vomited while she was passed out',
    ],
  },
  // The body in danger now: chest pain or tightness, a racing heart after stimulants, and
  // withdrawal delirium (the DTs: bugs on the walls, hallucinating days after the last drink).
  // Questions about them ("what are the signs of the DTs?") are answered by the stopping-safely
  // topic; shaking on its own is withdrawal the topic covers, not an emergency.
  {
    id: 'en.overdose.11',
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:(?:my|his|her|their)\\s+)?chest\\s+(?:(?:is|feels|has been|keeps|started|really|so|very|super|kind of|kinda)\\s+){0,3}(?:hurts|hurting|tight|tightening|pounding|burning|on fire|heavy|killing me|aching|aches|caving in|exploding|being crushed)|(?:pain|pains|tightness|pressure|crushing|squeezing)\\s+in\\s+(?:my|his|her|the)\\s+chest|chest (?:tightness|pressure)' +
      '|(?:heart|heartbeat|heart rate|pulse)\\s+(?:(?:is|keeps|has been|started|feels|like its)\\s+){0,2}(?:racing|pounding|beating (?:\\w+\\s+)?(?:fast|hard|out of my chest)|going (?:\\w+\\s+)?fast|through the roof|about to (?:explode|burst)|skipping|irregular|out of control)\\s+(?:[\\w,]+\\s+){0,4}?(?:after|from|since|on)\\s+(?:\\w+\\s+){0,2}?(?:coke|cocaine|crack|meth|speed|adderall|molly|mdma|ecstasy|uppers|pills|lines|bumps|a line|a bump|stimulants|pre workout)' +
      '|(?:seeing|see|sees|hearing|feeling|feel|feels)\\s+(?:\\w+\\s+){0,2}?(?:bugs|insects|spiders|snakes|rats|ants|worms|roaches|critters|shadow people|(?:things|people|stuff)\\s+(?:that\\s+|who\\s+)?(?:arent|are not|werent|isnt|is not)\\s+(?:there|real))' +
      '|(?:bugs|insects|spiders|ants|snakes|worms)\\s+(?:are\\s+|keep\\s+)?(?:crawling|all over (?:me|him|her|the walls)|on (?:the|my|his|her) (?:walls?|ceiling|skin|floor|bed|body|arms?))' +
      '|(?:having|has|got|getting|have|gone into|going into|in|with)\\s+(?:the\\s+|a\\s+)?(?:dts|dt|horrors|delirium tremens|delirium)' +
      '|(?:hallucinating|hallucinations|seeing things|hearing things|hearing voices|delirious|(?:doesnt|does not) know where (?:he|she|they) (?:is|are)|(?:dont|do not) know where i am|(?:doesnt|does not) recogni[sz]e (?:me|us|anyone))\\s+(?:[\\w,]+\\s+){0,12}?(?:stopped|quit|stopping|quitting|no|without)\\s+(?:drinking|alcohol|booze|the booze|benzos|xanax|the bottle)' +
      '|(?:stopped|quit|no|without|off|stopping|quitting)\\s+(?:\\w+\\s+)?(?:drinking|alcohol|booze|a drink|benzos|xanax|the bottle)\\s+(?:[\\w,]+\\s+){0,10}?(?:hallucinating|seeing things|hearing things|hearing voices|delirious|(?:doesnt|does not) know where (?:he|she|they) (?:is|are)|(?:dont|do not) know where i am|(?:doesnt|does not) recogni[sz]e (?:me|us|anyone))' +
      '|(?:shaking|trembling|tremors|shakes|shaky|sweating)\\s+(?:[\\w,]+\\s+){0,4}?(?:hallucinating|seeing things|hearing things|hearing voices|delirious)|(?:hallucinating|seeing things|hearing things|delirious)\\s+(?:[\\w,]+\\s+){0,4}?(?:shaking|trembling|tremors|sweating)',
    notAfter:
      '(?:from|with|because of)\\s+(?:crying|coughing|laughing|sobbing|the gym|working out|lifting|push ?ups|a cold|the flu|covid|heartburn|acid reflux|anxiety|stress|nerves|grief|sadness|guilt|shame)|when i (?:cough|laugh|sneeze|think)|(?:thinking|every time i think) about|in (?:my|the|our) (?:kitchen|garden|yard|code|app|program|software|plants?)',
    unlessClause: OD_NOT_NOW + '|' + SYMPTOM_QUESTION,
    unlessClauseExcept: SYMPTOM_NOW,
    examples: [
      'did too much coke and my chest hurts',
      'my chest hurts and my heart is racing after doing coke',
      'my chest feels really tight after a few lines',
      "there's crushing pain in my chest, i did meth an hour ago",
      'heart racing like crazy from the adderall i took',
      "3 days no alcohol and i'm shaking so bad and seeing bugs on the walls",
    ],
    counterExamples: ['my chest hurts from coughing all week', "i'm seeing bugs in my code all day at work"],
  },
  {
    id: 'en.overdose.12',
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:took|taken|swallowed|popped|downed|injected|snorted|shot up|just took)\\s+(?:way\\s+|far\\s+|a lot\\s+|a little\\s+)?(?:too|to)\\s+(?:many|much)',
    notAfter:
      '(?:time|space|on|responsibility|credit|of (?:your|his|her|their|my) time|personally|seriously|advice|shots|days|classes|risks|chances|breaks|steps|selfies|photos|pictures|notes|courses|hits|drinks|beers)\\b',
    unlessClause: OD_NOT_NOW,
    examples: ['i took way too many pills', 'he took too much heroin'],
    counterExamples: ['I took too many shots at the wedding'],
  },
  {
    id: 'en.overdose.13',
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:did|done|used|had|drank|smoked|ate|mixed|took)\\s+(?:way\\s+|far\\s+)?(?:too|to)\\s+(?:many|much)\\s+(?:of\\s+)?(?:my\\s+|the\\s+|his\\s+|her\\s+|their\\s+)?' +
      DRUG,
    notBefore: '(?:i|we|you|he|she|they)\\s+(?:usually|always|often|sometimes|used to)',
    unlessClause: OD_NOT_NOW,
    examples: ['i took way too many pills', 'did too much coke and my chest hurts', 'he took too much heroin'],
  },
  {
    id: 'en.overdose.14',
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:took|taken|swallowed|popped|downed|ate|drank|finished)\\s+(?:a|an|the|my|his|her|their)\\s+(?:whole|entire|full)\\s+(?:bottle|box|pack|packet|strip|sheet|container|jar|bag|script|prescription|supply)',
    notAfter: 'of\\s+(?:' + ALCOHOL + '|water|soda|juice|coke|pop|milk|pizza|chips|cereal|cookies)\\b',
    unlessClause: OD_NOT_NOW,
    examples: ['took a whole bottle of tylenol'],
  },
  {
    id: 'en.overdose.15',
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:took|taken|swallowed|popped|downed|ate|just took)\\s+(?:all|all of|every|everyone of|the rest of|everything in)\\s+(?:my|his|her|their|the|these|those|mine)?\\s*(?:\\w+\\s+)?(?:' +
      DRUG +
      '|bottle|prescription|script)',
    notAfter:
      '(?:today|this morning|tonight as|as prescribed|on time|like (?:i|im) (?:should|supposed)|for the day|correctly|this week)\\b',
    unlessClause: OD_NOT_NOW,
    examples: ['I swallowed all my pills an hour ago'],
  },
  {
    id: 'en.overdose.16',
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:took|taken|swallowed|popped|downed|ate|just took)\\s+(?:like\\s+|about\\s+|around\\s+|over\\s+|maybe\\s+|at least\\s+)?(?:[1-9]\\d+|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|hundred|a dozen|dozens|a bunch|a handful|handfuls|a ton|a lot|lots|a few extra|extra)\\s+(?:of\\s+)?(?:\\w+\\s+){0,2}?' +
      DRUG,
    unlessClause: OD_NOT_NOW,
    examples: ['i just took like 30 of my sleeping pills', 'i popped a bunch of percs and drank, feel like im dying'],
  },
  {
    id: 'en.overdose.17',
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:mixed|mixing|combined|combining|took|just took|popped)\\s+(?:\\w+\\s+)?' +
      DRUG_MIX +
      '\\s+(?:and|with|on top of|plus|n)\\s+(?:\\w+\\s+)?(?:' +
      ALCOHOL +
      '|' +
      DRUG_MIX +
      ')|(?:mixed|mixing|combined|combining)\\s+(?:\\w+\\s+)?' +
      ALCOHOL +
      '\\s+(?:and|with|plus|n)\\s+(?:\\w+\\s+){0,3}?' +
      DRUG_MIX +
      '|(?:drunk|drinking|been drinking|wasted)\\s+(?:and|then|after|on)\\s+(?:i\\s+|he\\s+|she\\s+|they\\s+)?(?:took|popped|swallowed|taking|just took|on)\\s+(?:\\w+\\s+)?' +
      DRUG +
      '|(?:drunk|drinking|been drinking)\\s+(?:while|on)\\s+(?:\\w+\\s+)?' +
      DRUG_MIX,
    // A question about mixing ("can mixing xanax and alcohol kill you?", "is it bad mixing...").
    // The modal must open the question: "he is mixing xanax and alcohol" is not one.
    notBefore:
      '(?<![a-z0-9]\\s)(?:can|could|does|do|did|will|would|is|isnt|are|is it\\s+\\w+)|how (?:bad|dangerous|risky|safe) is|why (?:is|does)|(?:risks?|dangers?|effects?) of',
    // Only questions about mixing in general: "I mixed xanax and alcohol, is it bad? can you help?" is flagged.
    unlessClause:
      OD_NOT_NOW +
      '|(?:is it|isnt it) (?:\\w+\\s+)?(?:to|if (?:you|i|people|someone))\\b|(?<![a-z0-9]\\s)is mixing|safe to|okay to|ok to|what (?:happens|would happen) (?:if|when)|(?:can|could|should|may) (?:i|you|we|people|someone|a person) (?:\\w+\\s+){0,2}?(?:mix|combine|take|drink|drinking|use|still)\\b|can (?:you|people|someone|a person) (?:die|overdose)|(?:kill|hurt|harm) (?:you|a person|someone|somebody|people)\\b',
    examples: [
      'mixed xanax and alcohol and i feel really weird',
      "i mixed alcohol and a lot of oxy tonight and i'm scared",
      'i mixed xanax and alcohol, is it bad',
      "i mixed xanax and alcohol and can't feel my legs, can you help",
      'he is mixing xanax and vodka right now',
    ],
    counterExamples: ['can mixing xanax and alcohol kill you', 'is it bad mixing xanax with beer'],
  },
  {
    id: 'en.overdose.18',
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:drank|been drinking|drinking|drunk|had)\\s+(?:\\w+\\s+){0,5}?(?:and|then)\\s+(?:i\\s+|he\\s+|she\\s+|they\\s+)?(?:took|popped|swallowed|just took)\\s+(?:\\w+\\s+)?' +
      DRUG_MIX +
      '|(?:took|popped|swallowed)\\s+(?:\\w+\\s+)?' +
      DRUG_MIX +
      '\\s+(?:\\w+\\s+){0,3}?(?:and|then)\\s+(?:i\\s+|he\\s+|she\\s+)?(?:drank|been drinking|had (?:a few )?drinks)',
    unlessClause: OD_NOT_NOW,
    examples: ['she drank all night and then took some xanax', 'he had a few beers and then popped some bars'],
  },
  {
    id: 'en.overdose.19',
    kind: 'overdose',
    lang: 'en',
    pattern: '(?:laced|cut)\\s+with\\s+(?:fent|fentanyl|xylazine|tranq)',
    unlessClause: OD_NOT_NOW,
    examples: ['i think my pills were laced with fentanyl'],
  },
  {
    id: 'en.overdose.20',
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:gave|give|giving|given|used|using|use|need|needs|needed|administer|administered|spray|sprayed)\\s+(?:him|her|them|my\\s+\\w+|\\w+)?\\s*(?:some\\s+|the\\s+|a\\s+|another\\s+|second\\s+|more\\s+)?(?:dose\\s+of\\s+)?(?:narcan|narcain|narcon|naloxone|nalaxone|naloxon)|(?:narcan|naloxone)\\s+(?:isnt|is not|not|didnt|did not|wasnt)\\s+(?:working|work|helping)',
    unlessClause: NALOXONE_NOT_NOW,
    examples: ["the narcan isn't working"],
    counterExamples: ['i want to learn how to use narcan in case i ever need to', 'is it legal to give someone narcan if im not a nurse'],
  },
  {
    id: 'en.overdose.21',
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:call|calling|called|dial|dialed|dialing)\\s+(?:911|nine one one|an ambulance|ambulance|the ambulance|paramedics|emts?|poison control|poison help)|(?:need|send|get|calling)\\s+(?:an\\s+)?ambulance|(?:its|this is|having)\\s+an?\\s+(?:medical\\s+)?emergency|medical emergency|(?:^|help\\s+|call\\s+)911(?=\\s*(?:$|[.,]|please|pls|now|help))',
    notAfter: '(?:meeting|contact|room|number|fund|kit|plan|exit|brake|services|department|dept|visit)',
    unlessClause: TOPIC_QUESTION_EN,
    examples: ['should I call 911? my friend is having a seizure'],
    counterExamples: ["it's an emergency meeting, right?"],
  },
  {
    id: 'en.overdose.22',
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:' +
      PERSON +
      '\\s+(?:\\w+\\s+)?(?:is|s|are)|hes|shes|theyre)\\s+dying(?=\\s*(?:$|[.,]|right now|help|please|pls|what do|i think|and))|(?:not|isnt|is not|non)\\s?responsive',
    examples: ['my brother is dying, please help', "she's not responsive"],
  },
  {
    id: 'en.overdose.23',
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:feel|feels|feeling|think|thinking|scared|afraid)\\s+(?:like\\s+)?(?:im|i am|hes|shes|he is|she is|theyre|they are)\\s+(?:dying|going to die|about to die|dead)|(?:is|are)\\s+(?:he|she|they)\\s+dead|(?:i think|i thought)\\s+(?:hes|shes|he is|she is|theyre)\\s+dead',
    notAfter: '(?:of|from)\\s+(?:laughter|laughing|embarrassment|boredom|cringe|hunger|thirst)|laughing|inside|to me',
    examples: ['i popped a bunch of percs and drank, feel like im dying'],
  },
  {
    id: 'en.overdose.24',
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:swallowed|drank|drink|ate|took)\\s+(?:some\\s+)?(?:bleach|antifreeze|poison|rat poison|drain cleaner|lighter fluid|pesticide)|(?:been|was|got|think i was|think im)\\s+poisoned',
    examples: ['my toddler drank some bleach', 'i think i was poisoned'],
  },
  // Found after using: "passed out with a needle still in his arm", "slumped over with a syringe next to her".
  {
    id: 'en.overdose.25',
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:needle|syringe|rig)\\s+(?:still\\s+)?(?:in|stuck in|sticking out of|hanging out of|hanging from)\\s+(?:his|her|their|my|the)\\s+(?:arm|arms|leg|neck|hand|foot|vein|groin)' +
      '|(?:passed out|slumped|slumped over|collapsed|unconscious|nodding out|nodded out|nodding off|out cold|on the floor|blue)\\s+(?:[\\w,]+\\s+){0,4}?(?:with|next to|beside|holding)\\s+(?:a|the|his|her|their)\\s+(?:needle|syringe|rig|spoon|pipe|foil)',
    unlessClause: OD_NOT_NOW + '|blood (?:work|test|draw)|nurse|doctor|vaccine|flu shot|tattoo|acupuncture|lab\\b',
    examples: [
      'just found my brother passed out with a needle still in his arm',
      "he's nodding out with the needle still in his arm",
      'found her slumped over with a syringe next to her',
    ],
    counterExamples: ['the nurse put a needle in my arm for blood work'],
  },
  // Nodding out after using, a child who swallowed pills, a whole prescription at once.
  {
    id: 'en.overdose.30',
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:im|i am|hes|shes|he is|she is|theyre|keeps?|keep|been|kept)\\s+(?:\\w+\\s+)?nodding (?:out|off)(?:\\s+(?:hard|bad|and|so))?' +
      '|(?:baby|toddler|child|kid|son|daughter|niece|nephew|grandson|granddaughter)\\s+(?:\\w+\\s+)?(?:swallowed|ate|got into|took)\\s+(?:\\w+\\s+){0,3}?(?:pills?|meds|medication|medicine|gummies|edibles|' +
      DRUG +
      ')' +
      '|(?:took|swallowed|downed|ate)\\s+(?:my\\s+)?(?:whole|entire|all (?:of )?my|all (?:of )?the)\\s+(?:prescription|bottle|script|pack|box|month)',
    notBefore: NEG_EN,
    unlessClause: [OD_NOT_NOW, OD_SOMEDAY, TOPIC_QUESTION_EN, HYPOTHETICAL_EN, '(?:dog|cat|pet)s? '].join('|'),
    examples: [
      "got out of detox yesterday, used tonight and i'm nodding out hard",
      'my toddler swallowed some of my pills',
      'i took my whole prescription at once',
    ],
    counterExamples: ['what should i do if my toddler ever swallowed pills'],
  },
];
