// English: suicide - the words, the wish to die, a plan, a farewell, someone else in danger.
import type { CrisisRule } from '../types';
import { SELF, CANT, NEG_EN, NEG_ES, DRUG, SUICIDE_WORD } from '../../../understand/vocabulary';
import { JOKING, ORDINARY_USE, ROPE_ORDINARY } from '../guards/idioms';
import { ASKED_AND_SAID_NO, DENIED_SI } from '../guards/negation';
import { SUICIDE_PAST, STILL_NOW, WISH_PAST_EN } from '../guards/time';
import {
  FOR_AN_AUDIENCE_EN,
  HAPPENING_NOW_EN,
  FOR_AN_AUDIENCE_ES,
  HAPPENING_NOW_ES,
  HYPOTHETICAL_EN,
  HYPOTHETICAL_ES,
  LOSS_EN,
  LOSS_ES,
  RESOLVED_EN,
  RESOLVED_ES,
  TOPIC_QUESTION_EN,
  TOPIC_QUESTION_ES,
  WORK_ABOUT_EN,
  WORK_ABOUT_ES,
  WORK_MENTION_EN,
  WORK_MENTION_ES,
} from '../guards/topic';

/** The Spanish suicide word as a topic, just before it: "prevención del suicidio", "señales de alerta del suicidio". */
const SUICIDE_TOPIC_BEFORE_ES =
  WORK_ABOUT_ES +
  '|(?:prevencion|prevenir|concientizacion|sensibilizacion)\\s+(?:de\\s+|del\\s+)?(?:el\\s+|la\\s+)?|(?:senales|signos|factores de riesgo)\\s+(?:de alerta\\s+)?(?:de|del)\\s+(?:el\\s+)?|hablar\\s+(?:del|de|sobre el)';
/** ...and in its sentence: a question, a piece of work, grief, a hypothetical, something over. */
const SUICIDE_TOPIC_ES = [TOPIC_QUESTION_ES, WORK_MENTION_ES, FOR_AN_AUDIENCE_ES, HYPOTHETICAL_ES, RESOLVED_ES, LOSS_ES].join('|');
/** ...unless it is happening now or is back. */
const SUICIDE_NOW_ES = HAPPENING_NOW_ES + '|otra vez|de nuevo|todavia (?:quiero|pienso|tengo)';

export const EN_SUICIDE_RULES: readonly CrisisRule[] = [
  // ---- Suicide (English) ----
  {
    id: 'en.suicide.01',
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:kill|kil|kll|killing|kiling|killed|kills|murder|murdering|off|offing|top|topping|end|ending|unalive|unaliving|delete|deleting|hang|hanging|drown|drowning|poison|poisoning|suffocate|suffocating|shoot|shooting|electrocute)\\s+' +
      SELF,
    notBefore: NEG_EN,
    notAfter: 'in (?:the foot|work|my work)|at (?:work|the gym|my job)|with (?:work|worry)|laughing|over (?:this|that|it)',
    unlessClause: SUICIDE_PAST,
    unlessClauseExcept: STILL_NOW,
    examples: [
      'I want to kill myself',
      "I'm going to unalive myself",
      'I might k1ll mys3lf',
      "i'm thinking of killing myself",
      'easiest way to kill myself',
    ],
    counterExamples: ['I tried to kill myself years ago, now I chair a meeting'],
  },
  // Someone else in danger, told by a friend or relative.
  {
    id: 'en.suicide.02',
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:kill|killing|killed|kills|off|offing|end|ending|unalive|unaliving|hang|hanging|shoot|shooting)\\s+(?:himself|herself|themselves|themself)',
    notBefore: NEG_EN,
    // "My husband is killing himself with alcohol": a family member's worry, not an emergency.
    notAfter:
      '(?:slowly|(?:slowly\\s+)?(?:with|by)\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?(?:drinking|alcohol|booze|drugs|pills|heroin|meth|coke|cocaine|using|beer|vodka|addiction)|if (?:he|she|they) (?:keeps?|continues?|doesnt|does not|dont|do not))',
    // "My brother killed himself last year": grief, told as a loss.
    unlessClause: LOSS_EN + '|' + SUICIDE_PAST,
    unlessMessageSays: HAPPENING_NOW_EN,
    examples: ['my son threatened to kill himself'],
    counterExamples: [
      'my husband is killing himself with alcohol, what group is for me?',
      'my brother killed himself last year and i keep going back to drinking, is there a group for that',
    ],
  },
  {
    id: 'en.suicide.03',
    kind: 'suicide',
    lang: 'en',
    pattern: 'kms',
    notBefore: '(?:\\d+|few|many|several|couple|some|the|\\d+\\s+or\\s+\\d+)',
    // "What does kms mean", "what's our protocol when someone says kms jokingly", "kms this app lol".
    unlessClause:
      TOPIC_QUESTION_EN +
      '|' +
      HYPOTHETICAL_EN +
      '|jokingly|protocol|(?:when|if) (?:someone|somebody|a client|people|kids) (?:says?|texts?)|' +
      JOKING,
    // ...unless the person says it is no joke: "i want to kms lol but not lol".
    unlessMessageSays: '(?:but )?not lol|not (?:a |even )?jok\\w*|(?:im|i am) serious|for real|fr',
    examples: ["I'm going to kms tonight", 'wanna kms fr', 'i want to kms lol but not lol'],
    counterExamples: [
      'is there a meeting within 10 kms of downtown',
      'kms this app keeps logging me out lol',
      'what does kms mean in texting',
    ],
  },
  {
    id: 'en.suicide.04',
    kind: 'suicide',
    lang: 'en',
    pattern: 'kys',
    notBefore: '(?:you|yall|go|pls|please|plz)(?:\\s+\\w+)?',
    examples: ['i wanna kys', 'gonna kys tonight'],
  },
  // Any form of the word, misspelt or not: suicide, sucide, suicde, suiside, suicidal, sucidal...
  // Spanish forms of the word (suicidio, suicidarme), here before the English catch-all for any
  // spelling of "suicide", which would otherwise report them as English.
  {
    id: 'es.suicide.word',
    kind: 'suicide',
    lang: 'es',
    pattern: 's(?:ui|iu|u)(?:c|s)(?:i)?(?:c|s)?(?:i)?d(?:io|ios|o|a|as|an|aron|ar|arme|arse|arte|arnos|ado|ada|ando|andome|aria|are)',
    // The word as a topic: "prevención del suicidio", "señales de alerta del suicidio", "una película sobre el suicidio".
    notBefore: NEG_ES + '|' + NEG_EN + '|' + DENIED_SI + '|' + WORK_ABOUT_ES + '|' + SUICIDE_TOPIC_BEFORE_ES,
    unlessClause: ASKED_AND_SAID_NO + '|' + SUICIDE_TOPIC_ES,
    unlessMessageSays: SUICIDE_NOW_ES,
    examples: [
      'me voy a suicidar',
      'pienso en suicidarme todos los días',
      'estoy pensando en el suicidio',
      'estoy escribiendo mi carta suicida',
      'hoy sí me suicido',
      'mi terapeuta me preguntó si quería suicidarme y le dije que sí',
    ],
    counterExamples: [
      'mi terapeuta me preguntó si quería suicidarme y no, solo quiero un grupo',
      'el doctor me preguntó si pensaba en el suicidio y le dije que no',
      'el doctor me preguntó si tenía pensamientos suicidas y no',
      'paciente niega ideación suicida, solicita referencia a AA',
      'paciente sin ideas suicidas, busca grupo',
      '¿tienen capacitación de prevención del suicidio para el personal?',
      '¿cuáles son las señales de alerta del suicidio en adolescentes?',
      'mi esposo se suicidó hace dos años y sigo en duelo',
      'vi una película sobre el suicidio y me hizo pensar, en fin, ¿dónde es la junta?',
    ],
  },
  {
    id: 'en.suicide.05',
    kind: 'suicide',
    lang: 'en',
    pattern: SUICIDE_WORD + '|sewer\\s?slide|self\\s?delet(?:e|ing)',
    // The word as a topic: "warning signs of suicide", "a paper on suicide", "is 988 only for suicide".
    notBefore:
      NEG_EN +
      '|' +
      DENIED_SI +
      '|' +
      WORK_ABOUT_EN +
      '|(?:warning\\s+)?signs? of|survivors? of|(?:only|just|also) for|' +
      SUICIDE_TOPIC_BEFORE_ES,
    notAfter:
      '(?:prevention|awareness|loss|losses|survivors?|walk|training|rates?|statistics|stats|research|screening|risk assessment|protocol|policy|bereavement|grief)\\b',
    unlessClause: [
      SUICIDE_PAST,
      ASKED_AND_SAID_NO,
      TOPIC_QUESTION_EN,
      WORK_MENTION_EN,
      FOR_AN_AUDIENCE_EN,
      HYPOTHETICAL_EN,
      RESOLVED_EN,
      LOSS_EN,
      SUICIDE_TOPIC_ES,
    ].join('|'),
    unlessClauseExcept: STILL_NOW,
    unlessMessageSays: HAPPENING_NOW_EN + '|' + SUICIDE_NOW_ES,
    examples: [
      'my daughter told me she is not having thoughts of suicide but i dont buy it',
      "i'm suicidal",
      'feeling sucidal again',
      'having suicdal thoughts every night',
      "I've been thinking about suicide a lot",
      "I'm writing my suicide note",
    ],
    counterExamples: [
      "I'm not suicidal, just looking for a meeting",
      "I used to be suicidal but I've been sober for 3 years",
      'back in 2015 i was suicidal, now im 5 years sober',
      "my therapist asked if i'm suicidal and i'm not, i just want a group",
      'my doctor asked whether i was suicidal and i said no',
      'suicide prevention walk this saturday, is the meeting cancelled',
      'what are warning signs of suicide in teens',
      'any group for people who lost someone to suicide',
      "i'm writing a paper on suicide prevention in rural areas",
      'what do i say if my client mentions suicide',
      'my husband died by suicide two years ago and i am still grieving',
      'is 988 only for suicide or also for addiction',
    ],
  },
  {
    id: 'en.suicide.06',
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:want|wants|wanted|wanting|wish|wishing|ready|need|needs|deserve|deserves|would like|id like|id rather|would rather|rather|going to just|gonna just|i should just|should just|might as well|may as well|i just want to)\\s+(?:to\\s+)?(?:just\\s+)?die',
    notBefore: NEG_EN + '|nobody|no one|heart and',
    notAfter:
      '(?:of|from|with)\\s+(?:laughter|laughing|embarrassment|boredom|cuteness|happiness|joy|old age|cringe)|laughing|sober|clean|old|happy|for (?:my|a|the|our|his|her|what|something|someone|love|jesus|god|country)|someday|one day|at home|in peace someday|than|then',
    // The wish told in the past tense, as past: "used to want to die every day when I was
    // drinking, 18 months sober now". "I want to die, my wife left me years ago" is present.
    unlessClause: WISH_PAST_EN,
    unlessClauseExcept: STILL_NOW,
    examples: [
      'lowkey wanna die',
      'i wanna dieee',
      'i want 2 die',
      'i should just die',
      "I'm not okay I want to die",
      'used to want to die every day when i was drinking and i still do',
    ],
    counterExamples: [
      "I don't want to die from drinking like my uncle did",
      "I'd rather die than drink again",
      'used to want to die every day when i was drinking, 18 months sober now',
      "years ago i wanted to die but i've been sober since 2019",
    ],
  },
  {
    id: 'en.suicide.07',
    kind: 'suicide',
    lang: 'en',
    pattern: '(?:feel|feeling|felt)\\s+like\\s+dying',
    // Withdrawal and hangovers make people feel that way in the body; 911-worthy signs are caught by the overdose rules.
    unlessClause: '(?:withdrawal|withdrawals|withdrawing|detox|detoxing|hangover|hungover|the flu)',
    examples: ['i feel like dying'],
    counterExamples: ['is it normal to feel like dying during withdrawal?'],
  },
  {
    id: 'en.suicide.08',
    kind: 'suicide',
    lang: 'en',
    pattern:
      'hope\\s+(?:that\\s+)?i\\s+(?:die|dont wake up|never wake up|get hit by|crash)|(?:thinking|thought|think)\\s+(?:about|of)\\s+(?:dying|death a lot|ending it|ending my life|not being (?:here|alive|around)|not existing|not waking up)',
    examples: ['been thinking of ending my life', "I hope I don't wake up tomorrow"],
  },
  {
    id: 'en.suicide.09',
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:want|wanna|wish|rather|id rather|should|deserve)\\s+(?:to\\s+)?(?:just\\s+)?be\\s+dead|better off dead|wish\\s+(?:that\\s+)?i\\s+(?:was|were|could be|would be|could just be|was just)\\s+dead|wish\\s+(?:that\\s+)?i\\s+(?:was|were)\\s+never\\s+born|wish\\s+(?:that\\s+)?i\\s+(?:wasnt|werent|was not)\\s+(?:alive|here|born|around)|wish\\s+(?:that\\s+)?i\\s+(?:didnt|did not|could stop)\\s+exist|wish\\s+(?:that\\s+)?i\\s+(?:could|would)\\s+(?:just\\s+)?(?:disappear|vanish|sleep forever|not wake up|never wake up|die|stop existing)|(?:should|shouldve|should have)\\s+died|shouldnt be alive|(?:dont|do not)\\s+deserve to (?:live|be alive|exist)',
    notAfter: 'than|then',
    unlessClause: WISH_PAST_EN,
    unlessClauseExcept: STILL_NOW,
    examples: ['I wish I was dead', "I'd rather be dead"],
    counterExamples: ["i used to wish i would just die back when i was using, now i'm 2 years clean"],
  },
  {
    id: 'en.suicide.10',
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:dont|do not|no longer|dont really|never)\\s+(?:want|wanna|wish)\\s+to\\s+(?:be\\s+)?(?:alive|exist|live)|(?:dont|do not)\\s+want\\s+to\\s+(?:be here|be around)\\s+(?:anymore|any more|no more|much longer)|(?:dont|do not)\\s+want\\s+to\\s+wake\\s+up(?=\\s*(?:$|[.,]|again|anymore|any more|ever|tomorrow))|(?:want|wanna)\\s+to\\s+(?:stop existing|not exist|not be alive|not be here|sleep forever|go to sleep forever|sleep and never wake up|disappear forever|disappear for good|vanish forever)|sleep forever|never wake up again|(?:go to sleep|fall asleep) and (?:never|not) wake up',
    notAfter: '(?:with|in|near|at|there|here|alone|together|by|on|close|next|far|under)\\b',
    examples: [
      "I don't want to be alive anymore",
      'i dont wanna be here anymore',
      "I don't want to live like this anymore",
      'taking every pill i have so i never wake up again',
    ],
    counterExamples: ["I don't want to live with my parents anymore"],
  },
  {
    id: 'en.suicide.11',
    kind: 'suicide',
    lang: 'en',
    pattern:
      'no reason (?:for me\\s+)?to (?:live|go on|keep going|be alive|stay alive|keep living)|nothing (?:left )?to live for|no point (?:in |of )?(?:living|life|going on|carrying on|being alive|staying alive|existing|anything anymore)|(?:dont|cant|do not)\\s+see\\s+(?:the\\s+|any\\s+)?point\\s+(?:in|of)\\s+(?:living|life|going on|being alive|carrying on|staying alive|existing|anything|it all|trying anymore|waking up)|(?:dont|cant|do not)\\s+see\\s+(?:the\\s+|any\\s+)?point\\s+(?:anymore|any more)|whats the point (?:of|in) (?:living|life|going on|being alive|anything|it all|trying)|whats (?:even\\s+)?the point(?=\\s*(?:$|[.,]|anymore|any more|of anything|of it all))|(?:life|living)\\s+(?:is not|isnt|aint|is no longer|not)\\s+worth\\s+(?:living|it)|not worth living|why (?:should i|do i even|even|would i|bother to)\\s+(?:live|keep living|bother living|stay alive|go on)|(?:tired|sick|exhausted)\\s+of\\s+(?:living|being alive|life|existing|being here)|done with (?:life|living|everything|it all)|(?:give|giving) up on (?:life|living|everything)|gave up on (?:life|living)',
    examples: [
      "there's no reason for me to live",
      'I have nothing left to live for',
      "i'm so tired of living",
      "what's the point of living anymore",
      "i'm done with life",
      "life isn't worth living",
    ],
  },
  {
    id: 'en.suicide.12',
    kind: 'suicide',
    lang: 'en',
    pattern:
      CANT +
      '\\s+(?:go on|keep going|carry on)(?=\\s*(?:$|[.,]|anymore|any more|no more|like this|living|with (?:life|this|it)))|' +
      CANT +
      '\\s+take\\s+(?:it|this|life|living|the pain|this pain)(?=\\s*(?:$|[.,]|anymore|any more|no more|much longer))|' +
      CANT +
      '\\s+(?:handle|bear|stand|do)\\s+(?:it|this|life|living|the pain|this pain)\\s+(?:anymore|any more|no more|much longer)|' +
      CANT +
      '\\s+live\\s+(?:like this|with this|anymore|any more)',
    examples: ["I can't go on anymore", 'I cant take it anymore'],
  },
  {
    id: 'en.suicide.13',
    kind: 'suicide',
    lang: 'en',
    pattern:
      'end it all|ending it all|(?:end|ending) (?:my|this|my own|this miserable|my miserable)\\s+(?:life|existence|suffering)|(?:want|going|ready|plan|planning|thinking about|thinking of|decided|about|time|need|like)\\s+(?:to\\s+)?(?:end|ending)\\s+(?:it|things|everything)(?!\\s+with)|end it (?:tonight|today|now|soon)|take my (?:own\\s+)?life|taking my (?:own\\s+)?life|(?:want|ready|going)\\s+(?:to\\s+)?(?:it all|everything|the pain|this pain|my life)\\s+to\\s+(?:end|stop|be over)|want (?:it all|everything|the pain|this pain|my life) to (?:end|stop|be over)',
    notBefore: NEG_EN,
    notAfter:
      'back|in (?:a|another|the)|to (?:a|the|another)|seriously|one day|day by day|with (?:him|her|them|my)|relationship|friendship|marriage',
    examples: ['I just want to end it all', 'I want to take my own life', 'i hate living and i just want it all to end'],
    counterExamples: ['taking my life back one day at a time'],
  },
  // Wanting life over, using until death, taking something so as not to wake up:
  // "I hate my life and want it to be over", "I'm going to drink until I die",
  // "shooting up all my dope tonight so I don't wake up".
  {
    id: 'en.suicide.14',
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:want|wish|need|ready for|waiting for|praying for)\\s+(?:my life|it all|all of it|everything|this life|my existence)\\s+to\\s+(?:be over|end|stop|be done|finish)' +
      '|(?:want|wish|need)\\s+(?:it|this|the pain|this pain)\\s+(?:all\\s+)?to\\s+(?:be over|end|stop)\\s+(?:forever|for good|permanently)' +
      '|(?:hate|hating|sick of|tired of|done with|cant stand|cant take)\\s+(?:my life|living|myself|being alive|everything|life|this life|it all)\\s+(?:,\\s+)?(?:\\w+\\s+){0,3}?(?:want|wish|need)\\s+(?:it|this|everything|it all)\\s+(?:all\\s+)?to\\s+(?:be over|end|stop|be done)' +
      '|wish\\s+(?:my life|it all|everything|life)\\s+(?:was|were|would be|could be)\\s+(?:all\\s+)?over' +
      // (not after "at night / before bed": "I take my meds before bed so I don't wake up" is a sleep habit)
      '|(?:' +
      DRUG +
      '|all|enough|everything|bottle|tonight|it all|too much|too many|dose|shot)\\s+(?:\\w+\\s+){0,3}?(?<!\\b(?:night|bed|bedtime|nap)\\s)so (?:that\\s+)?i (?:dont|do not|wont|will not|never|wouldnt|would not|cant|can not) (?:ever\\s+)?wake (?:up|back up)(?=\\s*(?:$|[.,]|again|ever|anymore|any more|tomorrow|this time|forever|for good))' +
      '|so (?:that\\s+)?i (?:never|will never|wont ever|dont ever) wake up(?=\\s*(?:$|[.,]|again|ever|anymore|any more|forever|for good))' +
      '|(?:drink|drinking|use|using|shoot|shooting|shoot up|shooting up|snort|snorting|smoke|smoking|party|partying|take|taking|pop|popping)\\s+(?:\\w+\\s+){0,3}?(?:until|till|til)\\s+(?:i\\s+(?:die|am dead|drop dead|stop breathing|dont wake up|never wake up)|im dead)' +
      '|(?:drink|drinking|use|using)\\s+(?:myself\\s+)?into\\s+(?:an early|the|my)\\s+grave',
    notBefore: NEG_EN,
    examples: [
      'i hate my life and want it to be over',
      'i wish my life was over',
      "i'm ready for it all to end",
      'gonna drink enough tonight so i dont wake up',
      "i'm going to drink until i die",
      'gonna keep using till i drop dead',
    ],
    counterExamples: ['im not going to drink until i die'],
  },
  {
    id: 'en.suicide.15',
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:be\\s+)?(?:better|happier|easier)\\s+(?:off\\s+)?without\\s+me|(?:easier|better|happier)\\s+(?:for (?:everyone|everybody|them|my family|my kids)\\s+)?if i (?:was|were|wasnt|werent|died|was gone|were gone|wasnt here|wasnt around|disappeared|was dead|were dead|didnt exist)|better off if i (?:was|were|wasnt|werent|died|was gone|were gone|was dead|were dead|wasnt here|wasnt around|wasnt alive)|(?:no one|nobody)\\s+(?:would|will|is going to|going to)\\s+(?:even\\s+)?(?:miss me|care if i (?:died|die|was gone|were gone|disappeared|disappear|killed myself|was dead)|notice if i (?:died|was gone|were gone|disappeared|was dead))|(?:im|i am|i feel like|feel like)\\s+(?:such\\s+|just\\s+|only\\s+|nothing but\\s+)?a\\s+burden|(?:im|i am)\\s+(?:such\\s+|just\\s+)?a\\s+waste of (?:space|air|life)',
    examples: [
      'everyone would be better off without me',
      'my kids would be better off if I was dead',
      'nobody would even miss me',
      "I'm such a burden to everyone",
      'everything would be easier for everyone if I was gone',
    ],
  },
  {
    id: 'en.suicide.16',
    kind: 'suicide',
    lang: 'en',
    pattern:
      'goodbye forever|goodbye (?:cruel )?world|this is (?:my\\s+)?goodbye|(?:final|last) goodbye|my goodbyes|(?:suicide|goodbye) (?:note|letter)|by the time you (?:read|see|get) this|(?:wont|will not|not going to|not gonna)\\s+be\\s+(?:here|around|alive)\\s+(?:tomorrow|much longer|for much longer|for long|anymore|any more|by tomorrow|by morning|next week)|saying goodbye to (?:everyone|everybody|you all|the world|my (?:family|kids))',
    notAfter: 'to (?:alcohol|drinking|drugs|booze|using|my old|the old|weed|pills)',
    examples: ['goodbye forever everyone'],
    counterExamples: ['i wrote a goodbye letter to alcohol and my sponsor loved it', 'my goodbye note to drinking'],
  },
  {
    id: 'en.suicide.17',
    kind: 'suicide',
    lang: 'en',
    pattern:
      'un\\s?aliv(?:e|ing|ed)|(?:tied|tie|tying|made|make|making|hung|hang|hanging|bought|built|rigged)\\s+(?:up\\s+)?(?:a|the|my)\\s+noose|noose\\s+(?:around|round)\\s+(?:my|his|her|their)\\s+neck|noose\\s+(?:is\\s+)?(?:ready|tied|up)(?=\\s*(?:$|[.,]|and|in|for))|(?:have|got)\\s+(?:a|the|my)\\s+noose(?=\\s*(?:$|[.,]|ready|tied|up|hanging|in my|around))|(?:use|using|turn|turning)\\s+(?:it|the gun|a gun|my gun|the knife|a knife)\\s+on\\s+myself|dark thoughts|no way out|(?:no one|nobody) cares if i (?:live|die|lived|died)|(?:want to|wish i could)\\s+(?:just\\s+)?disappear(?=\\s*(?:$|[.,]|forever|for good|and never))|(?:edge|ledge) of (?:a|the) (?:bridge|roof|building|cliff)|goodbye (?:letters?|notes?)(?!\\s+(?:to|for)\\s+(?:alcohol|drinking|drugs|booze|using|my old|the old|weed|pills|the bottle|my addiction))|(?:letters?|notes?)\\s+(?:\\w+\\s+){0,4}?saying goodbye|(?:giving|gave|give) away (?:all )?my (?:stuff|things|belongings|possessions)|(?:dont|cant|do not)\\s+see\\s+(?:any|a|the)\\s+reason to (?:live|keep going|go on|keep living|be alive|stay alive)|' +
      CANT +
      '\\s+live with myself|standing on (?:a|the) (?:bridge|ledge|roof|edge)|(?:not going to|wont|will not)\\s+make it (?:through the night|through tonight|til tomorrow|until tomorrow|to tomorrow|to morning)|(?:want to|going to|about to|ready to|gonna)\\s+jump(?=\\s*(?:$|[.,]|off|from|in front))|(?:drive|driving|crash|crashing|wreck|wrecking)\\s+(?:my car\\s+)?(?:off (?:a|the) (?:cliff|bridge|road)|into (?:a|the) (?:wall|tree|truck|river)|on purpose)|crash my car|jump(?:ing)?\\s+off\\s+(?:a|the|this|that)\\s+(?:bridge|building|roof|cliff|balcony|overpass|parking garage)|(?:jump|step|walk)(?:ing)?\\s+in front of\\s+(?:a|the)\\s+(?:train|car|bus|truck)|slit\\s+my\\s+(?:wrists?|throat)|cut\\s+my\\s+wrists?|(?:i|im|to|going to|want to|gonna)\\s+(?:put|hold|put|putting|holding)\\s+(?:a|the|my)\\s+(?:gun|pistol|knife)\\s+(?:to|against)\\s+my\\s+(?:head|throat|chest|temple)|blow my brains out|drink(?:ing)? myself to death|(?:use|using) myself to death|(?:buy|bought|got|get)\\s+a\\s+(?:gun|rope)\\s+to\\s+(?:end|kill)',
    // "What does unalive mean", "why do people on tiktok say unalive", dark thoughts that got better.
    unlessClause: TOPIC_QUESTION_EN + '|(?:got|gets|getting) better|' + SUICIDE_PAST,
    unlessClauseExcept: STILL_NOW,
    unlessMessageSays: HAPPENING_NOW_EN,
    examples: [
      "I'm planning to jump off a bridge",
      "I'm not going to make it through the night",
      "I'm drinking myself to death",
      'i tied a noose in my closet',
    ],
  },
  // A goodbye message and then no answer: "my son texted me goodbye and i love you and now he won't pick up".
  {
    id: 'en.suicide.18',
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:(?:texted|sent|messaged|wrote|left|posted|called|emailed|dmd|snapped)\\s+(?:me\\s+|us\\s+|everyone\\s+|his\\s+\\w+\\s+|her\\s+\\w+\\s+)?(?:to say\\s+)?(?:a\\s+|this\\s+|some\\s+)?(?:weird\\s+|strange\\s+)?good\\s?bye|(?:got|received|get|found)\\s+(?:a|this|his|her|their)\\s+(?:weird\\s+|strange\\s+)?(?:good\\s?bye|farewell)\\s+(?:text|message|note|letter|post|voicemail|call|email))' +
      '(?=[^.]{0,150}\\b(?:(?:wont|isnt|is not|not|doesnt|does not|stopped|cant|can not|no longer)\\s+(?:\\w+\\s+)?(?:answer|answering|pick|picking|respond|responding|reply|replying|reachable|texting back|calling back|reach|get)|no answer|no response|phone (?:is\\s+)?(?:off|dead)|voicemail|love you|forever|for good|sorry for everything|take care of))' +
      // ...or the silence told first: "he won't answer his phone and he texted me goodbye".
      '|(?:wont|isnt|is not|not|doesnt|stopped|cant)\\s+(?:\\w+\\s+)?(?:answer|answering|pick up|picking up|respond|responding|reply|replying)\\s+(?:[\\w,]+\\s+){0,10}?(?:texted|sent|messaged|wrote|left|posted|said)\\s+(?:me\\s+|us\\s+)?(?:a\\s+)?good\\s?bye',
    notBefore: NEG_EN,
    notAfter: '(?:\\w+\\s+)?to (?:alcohol|drinking|drugs|booze|using|my old|the old|weed|pills|the bottle)',
    examples: [
      'my son texted me goodbye and i love you and now he wont pick up his phone',
      "my daughter sent a goodbye text an hour ago and now she isn't answering",
      'got a weird goodbye message from my brother and his phone is off',
      "he won't answer his phone and he texted me goodbye earlier",
    ],
  },
  // Shut in with the means: "my girlfriend locked herself in the bathroom with a razor blade".
  {
    id: 'en.suicide.19',
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:locked|barricaded|shut)\\s+(?:himself|herself|themselves|themself|myself)\\s+in\\s+(?:\\w+\\s+){0,3}?(?:with|and (?:has|took|grabbed|got|is holding))\\s+(?:a\\s+|the\\s+|his\\s+|her\\s+|my\\s+|their\\s+|some\\s+)?(?:\\w+\\s+){0,3}?(?:razor|razors|blade|blades|knife|knives|gun|pistol|rifle|shotgun|rope|cord|belt|pills|meds|xanax|bottle of \\w+|(?:car|engine) running)',
    examples: [
      'my girlfriend locked herself in the bathroom with a razor blade',
      'my son barricaded himself in his room with a gun',
      'she locked herself in the bathroom and has a knife',
      'he locked himself in the garage with the car running',
    ],
  },
  // Clinical shorthand (Teams): "my patient just disclosed active SI with a plan", "pt endorses
  // passive SI", "positive for SI". Not "denies SI", "no active SI", "negative for SI".
  {
    id: 'en.suicide.20',
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:(?:active|passive|current|acute|ongoing|recent|worsening|new|chronic|endorses|endorsed|endorsing|endorse|reports|reported|reporting|disclosed|discloses|disclosing|expressed|expresses|expressing|admits|admitted|admitting|positive for|presenting with|presents with|with|has|having|c o)\\s+(?:passive\\s+|active\\s+|current\\s+|ongoing\\s+|recent\\s+|some\\s+|acute\\s+|chronic\\s+)?(?:and\\s+(?:passive|active)\\s+)?si(?:\\s+(?:and|or|,)\\s+hi)?(?![a-z])|si\\s+(?:with|w)\\s+(?:a\\s+|specific\\s+|a specific\\s+)?(?:plan|intent|means))(?!\\s+joint)',
    notBefore:
      '(?:denies|denied|denying|deny|no|not|without|negative for|ruled out|rule out|r o|screen for|screening for|assess for|assessing for|asked about)(?:\\s+\\w+)?|si\\s+(?:or|and|,)',
    examples: [
      'my patient just disclosed active SI with a plan',
      'pt endorses passive SI, requesting group referral',
      'client reports current SI and HI',
      'clinic note: positive for SI, needs follow up',
      'SI with intent, what groups can she attend',
    ],
    counterExamples: ['patient denies active SI or HI', 'no active SI, just wants a meeting list'],
  },
  // The means bought or rigged: "i bought the rope today", "tied a belt to the closet rod".
  {
    id: 'en.suicide.21',
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:bought|buy|buying|got|have|found|tied|made|picked up|ordered)\\s+(?:the|a|my|some|enough)\\s+(?:rope|cord)(?=\\s*(?:$|[.,]|today|tonight|yesterday|ready|already|and|for me|its ready))' +
      '|(?:tied|tying|tie|hung|hanging|hang|rigged|looped)\\s+(?:a|the|my|his|her)\\s+(?:rope|belt|cord|sheet|extension cord|dog leash)\\s+(?:to|from|around|over)\\s+(?:the|a|my|his|her)\\s+(?:beam|rafter|rafters|ceiling|ceiling fan|fan|closet rod|closet|door|doorknob|banister|railing|pipe|hook|stairs)',
    notBefore: NEG_EN,
    notAfter: ORDINARY_USE,
    unlessClause: ROPE_ORDINARY,
    examples: ['i bought the rope today', "i got the rope. tonight's the night", 'i tied a belt to the closet rod'],
    counterExamples: ['i bought a rope today for the tire swing'],
  },
  // Asking for the easiest way: "what's the most painless way to die", "quickest way to end it".
  {
    id: 'en.suicide.22',
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:painless|painlessly|least painful|less painful|easiest|easy|easier|quickest|quick|quicker|fastest|fast|faster|surest|quietest|peaceful|peacefully|gentlest|cleanest|simplest|best|most effective|most reliable)\\s+(?:way|ways|method|methods|means|option|options)\\s+(?:to\\s+|of\\s+)?(?:die|dying|kill myself|killing myself|end it|end it all|end my life|ending my life|commit suicide|not wake up|never wake up|overdose|hang myself|go to sleep forever)' +
      '|(?:how|way|ways)\\s+(?:\\w+\\s+){0,3}?(?:die|kill myself|end my life|end it|overdose)\\s+(?:painlessly|peacefully|quickly|without (?:pain|it hurting|feeling it))',
    examples: ["what's the most painless way to die", "what's the quickest way to end it", 'how can i die painlessly'],
  },
  // Driving to die: "been drinking since 8am and i want to drive off the overpass", "drive into oncoming traffic".
  {
    id: 'en.suicide.23',
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:drive|driving|crash|crashing|wreck|wrecking|steer|steering|swerve|swerving|ram|ramming|floor it|speed|speeding)\\s+(?:my car\\s+|the car\\s+|my truck\\s+|it\\s+)?(?:right\\s+|straight\\s+)?(?:off|of)\\s+(?:a|the|an|this|that)\\s+(?:overpass|pier|dock|highway|freeway|parking garage|parking structure|ledge|embankment|overlook|cliff|bridge|mountain|quarry)' +
      '|(?:drive|driving|crash|crashing|wreck|wrecking|steer|steering|swerve|swerving|ram|ramming|plow|plowing|speed|speeding)\\s+(?:my car\\s+|the car\\s+|my truck\\s+|it\\s+)?(?:right\\s+|straight\\s+|head on\\s+)?into\\s+(?:a|the|an|some)?\\s*(?:pole|telephone pole|light pole|lamp post|semi|semi truck|eighteen wheeler|lake|ocean|river|oncoming traffic|pillar|bridge|overpass|guardrail|concrete|wall|tree|truck|train)',
    notBefore: NEG_EN,
    notAfter:
      '(?:at|onto|on to|exit|ramp|to get|to go|for (?:gas|food|coffee|a|the)|and (?:take|get|go|park|head)|stop|stops|lot|wash|yard|depot|station|dealership|district|town|city)\\b',
    examples: [
      'been drinking since 8am and i want to drive off the overpass',
      'i want to drive my car into oncoming traffic',
      'thinking about driving off the pier tonight',
      'gonna swerve into a semi',
    ],
    counterExamples: ['i drive off the highway at exit 12 to get to the meeting'],
  },
  // A denial someone does not believe: "she denied suicidal thoughts but I think she's lying",
  // "he says he isn't suicidal but I don't believe him". The denial guard above drops the
  // suicide word; the doubt after it makes it a worry about someone's safety now.
  {
    id: 'en.suicide.24',
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:denies|denied|deny|says|said|claims|claimed|insists|told (?:me|us))\\s+(?:\\w+\\s+){0,4}?(?:' +
      SUICIDE_WORD +
      '|si|self harm|hurting (?:him|her|them)sel(?:f|ves)|killing (?:him|her|them)sel(?:f|ves))(?:\\s+\\w+){0,4}?\\s*,?\\s+but\\s+(?:i\\s+)?(?:(?:really\\s+|honestly\\s+)?(?:think|believe|feel like|know)\\s+(?:(?:s?he|they)\\s+(?:is|are|might be|may be)|shes|hes|theyre)\\s+(?:lying|not telling|hiding)|(?:dont|do not|cant|cannot|dont really)\\s+(?:believe|buy|trust)|(?:im|i am|am)\\s+(?:still\\s+|really\\s+|so\\s+)?(?:worried|scared|afraid|not sure)|(?:still\\s+)?worry)',
    examples: [
      "She denied suicidal thoughts but I think she's lying",
      "she says she isn't suicidal but i don't believe her",
      "my son denies SI but i'm worried",
    ],
  },
  // A farewell, a stockpile of pills, or asking how much it takes to die.
  {
    id: 'en.suicide.25',
    kind: 'suicide',
    lang: 'en',
    pattern:
      'goodbye (?:everyone|everybody|all|you all|yall)(?=\\s*(?:$|[.,!]|this|i love))|this is the end(?=\\s*(?:$|[.,!]|for me|goodbye|bye))|(?:pills|meds|medication|medications)\\s+(?:saved|stashed|stockpiled|hidden)(?:\\s+up)?|(?:saving|stockpiling|hoarding|stashing|collecting)\\s+(?:up\\s+)?(?:my\\s+)?(?:pills|meds|medication)|how (?:many|much)\\s+(?:\\w+\\s+){0,3}?(?:would it take|does it take|do i need|to take)\\s+(?:to\\s+)?(?:die|kill myself|not wake up|end it)',
    notBefore: NEG_EN,
    examples: ['bye everyone. goodbye all', 'how many of my pills would it take to die'],
  },
];
