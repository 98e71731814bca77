// English: violence - a threat or an attack on the person, or on others by the person.
import type { CrisisRule } from '../types';
import { NEG_EN, PERSON, OTHER_PERSON_OBJ } from '../../../understand/vocabulary';
import { IDIOM_FINDS_OUT, IDIOM_IF_LATE, JOKING } from '../guards/idioms';
import { LONG_AGO } from '../guards/time';
import { LOSS_EN, TOPIC_QUESTION_EN, WORK_MENTION_EN } from '../guards/topic';

export const EN_VIOLENCE_RULES: readonly CrisisRule[] = [
  // ---- Violence (English) ----
  {
    id: 'en.violence.01',
    kind: 'violence',
    lang: 'en',
    pattern:
      PERSON +
      '\\s+(?:\\w+\\s+){0,3}?(?:going to|will|is going to|trying to|tried to|try to|wants to|want to|threatened to|threatening to|threatens to|said hed|said he would|said shed|said she would|says hell|says shell|hell|shell|theyll|about to|coming to|might|is gonna)\\s+(?:\\w+\\s+)?(?:kill|hurt|shoot|stab|beat|strangle|choke|murder|rape)\\s+(?:me|us|my (?:kids|children|baby|son|daughter))',
    notBefore: NEG_EN,
    unlessClause: IDIOM_FINDS_OUT + '|' + IDIOM_IF_LATE,
    examples: ['my husband is going to kill me', "he said he'd kill me if I leave", 'my husband will kill me if i leave'],
    counterExamples: [
      'my mom is going to kill me when she finds out I relapsed',
      "my wife will kill me if i'm late to the meeting",
      'my wife is going to kill me when she finds out i relapsed',
      'my wife will beat me when she finds out lol',
    ],
  },
  {
    id: 'en.violence.02',
    kind: 'violence',
    lang: 'en',
    pattern:
      '(?:hell|shell|theyll)\\s+(?:\\w+\\s+)?(?:kill|hurt|shoot|stab|beat|strangle|choke|murder)\\s+(?:me|us)|(?:hands?|arms?)\\s+around\\s+my\\s+(?:neck|throat)|hiding from (?:him|her|them|my (?:husband|wife|boyfriend|girlfriend|partner|dad|father|ex|stepdad))',
    notBefore: NEG_EN,
    unlessClause: IDIOM_FINDS_OUT + '|' + IDIOM_IF_LATE + '|' + LONG_AGO,
    examples: ["I'm afraid he'll kill me tonight"],
  },
  {
    id: 'en.violence.03',
    kind: 'violence',
    lang: 'en',
    pattern:
      PERSON +
      '\\s+(?:\\w+\\s+){0,2}?(?:hits|hit|hitting|beats|beat|beating|chokes|choked|choking|strangles|strangled|strangling|attacks|attacked|attacking|hurting|abuses|abused|abusing|rapes|raped|raping|punches|punched|punching|kicks|kicked|kicking|threatens|threatened|threatening|stabbed|shot at|slaps|slapped|slapping)\\s+(?:me|us|my\\s+(?:mom|mother|mum|sister|brother|kids?|children|baby|son|daughter|wife|girlfriend|husband|boyfriend|friend|dog))',
    notBefore: NEG_EN,
    notAfter:
      '(?:up|back|at|to it|to the)\\b|in (?:the |a )?(?:game|race|match)|with (?:a |the |some )?(?:hard truth|truth|questions?|idea|story|joke|facts?|reality|news|that|this)\\b',
    // Not IDIOM_FINDS_OUT: "he choked me last night and says he'll do it again when he gets home" is a threat.
    unlessClause:
      LONG_AGO +
      '|' +
      JOKING +
      '|(?:craving|cravings|urge|urges|it|this|that|reality|withdrawal|nostalgia)\\s+(?:just\\s+|really\\s+)?(?:hits|hit|hitting)',
    examples: [
      'my boyfriend is beating me',
      'someone is threatening me with a gun',
      'my dad is beating my mom right now',
      "he will kill me if i'm late, he hit me last time",
      "he choked me last night and says he'll do it again when he gets home",
    ],
    counterExamples: ['my brother beat me up in smash bros lol'],
  },
  {
    id: 'en.violence.04',
    kind: 'violence',
    lang: 'en',
    pattern:
      '(?:being|getting|got|been|was just|just got|keep getting)\\s+(?:beaten|beat up|attacked|assaulted|abused|raped|stabbed|shot|choked|strangled|threatened)',
    unlessClause: LONG_AGO,
    examples: ['i am being abused by my partner right now'],
  },
  {
    id: 'en.violence.05',
    kind: 'violence',
    lang: 'en',
    pattern:
      'threaten(?:ing|ed|s)?\\s+(?:me|us)\\s+with|threatening\\s+(?:me|us|to kill|to hurt|to shoot|to stab)|(?:gun|knife|pistol|weapon|rifle|firearm|machete)\\s+(?:at|to|against|on)\\s+(?:me|my|us)\\b|(?:pointing|pointed|aiming)\\s+(?:a|the|his|her|their)\\s+(?:gun|knife|pistol|weapon|rifle)',
    unlessClause: LONG_AGO,
    examples: ['he has a knife to my throat', "he's got a gun to my head"],
  },
  {
    id: 'en.violence.06',
    kind: 'violence',
    lang: 'en',
    pattern:
      '(?:afraid|scared|fear|fearing|terrified)\\s+for\\s+my\\s+(?:life|safety)|(?:afraid|scared|terrified)\\s+(?:that\\s+)?(?:hes|shes|he is|she is|theyre|they are|he will|she will|he|she|they|hell|shell)\\s+(?:going to|will|might|gonna)\\s+(?:kill|hurt)\\s+(?:me|us)|not safe (?:at home|here|with (?:him|her|them|my)|in my (?:home|house))|(?:dont|do not)\\s+feel\\s+safe\\s+(?:at home|here|with (?:him|her|them|my)|in my (?:home|house))|(?:im|i am|i feel)\\s+unsafe|im not safe(?=\\s*(?:$|[.,]))',
    examples: ["I'm scared for my life"],
  },
  {
    id: 'en.violence.07',
    kind: 'violence',
    lang: 'en',
    pattern:
      '(?:going to|want to|about to|will|ill|id|plan to|planning to|ready to|feel like|thinking about|thinking of)\\s+(?:\\w+\\s+)?(?:kill|killing|murder|murdering|shoot|shooting|stab|stabbing|strangle|strangling|choke|hurt|hurting|harm|harming|beat up|attack)\\s+' +
      OTHER_PERSON_OBJ,
    notBefore: NEG_EN,
    notAfter:
      '(?:with|by)\\s+(?:my\\s+)?(?:drinking|using|addiction|drugs|alcohol|words|lies|behaviou?r|choices|relapse)|emotionally|feelings|if (?:i|he|she) (?:relapse|drink|use)',
    unlessClause: IDIOM_FINDS_OUT,
    examples: [
      "I'm going to hurt someone",
      'i want to kill him',
      'im gonna stab my roommate',
      "i'm scared i'm going to hurt someone",
      'i want to hurt the people at my old job, they deserve it',
    ],
  },
  {
    id: 'en.violence.08',
    kind: 'violence',
    lang: 'en',
    pattern:
      '(?:someone|somebody|a man|a guy|a woman|people|he|she|they)\\s+(?:\\w+\\s+)?(?:broke|breaking|is breaking|trying to break|tried to break)\\s+in(?:to)?|intruder|(?:' +
      PERSON +
      '|person|dude|hes|shes|theyre)\\s+(?:\\w+\\s+){0,4}?(?:with|has|have|got|pulled|is holding|holding|is waving|waving)\\s+(?:a|an|the|his|her)\\s+(?:gun|knife|weapon|pistol|rifle|machete)|pulled\\s+(?:a|an|the|his|her)\\s+(?:gun|knife|weapon|pistol)\\s+on|(?:im|i am|we are|were|my (?:kids|children|family) (?:are|is))\\s+in danger|in danger right now',
    notAfter: '(?:license|licence|permit|collection|safe|show|range|class|store|shop)',
    unlessClause: LONG_AGO,
    examples: ['my ex is outside my house with a gun'],
  },
  {
    id: 'en.violence.09',
    kind: 'violence',
    lang: 'en',
    pattern: 'kill (?:him|her)',
    notBefore: NEG_EN + '|could|couldve|could have|almost|nearly|tried to|try to|didnt|did not',
    unlessClause: IDIOM_FINDS_OUT + '|for (?:being|eating|taking|forgetting|not|making|saying|that|this)',
    examples: ['i want to kill him'],
  },
  {
    id: 'en.violence.10',
    kind: 'violence',
    lang: 'en',
    pattern:
      'homicidal|shoot up (?:the|a|this|my)\\s+(?:school|place|meeting|office|church|work|building|mall|store|party)|(?:going|want) to kill (?:everyone|everybody|people)',
    examples: ["i'm feeling homicidal", 'i want to kill everyone at work'],
  },
  // "He beat me up last night" (the hitting rule leaves "hit me up" alone), "beat the crap out of me".
  {
    id: 'en.violence.11',
    kind: 'violence',
    lang: 'en',
    pattern:
      PERSON +
      '\\s+(?:\\w+\\s+){0,2}?(?:beat|beats|beating|roughed|roughs|roughing)\\s+(?:me|us|my\\s+(?:mom|mother|sister|brother|kids?|son|daughter))\\s+up' +
      '|(?:beat|beats|beating|kicked|kicks|kicking|knocked|knocks|choked|chokes)\\s+the\\s+(?:crap|shit|hell|life|snot|tar|living daylights)\\s+out\\s+of\\s+(?:me|us|my\\s+(?:mom|mother|sister|brother|kids?|son|daughter))',
    notBefore: NEG_EN,
    unlessClause:
      LONG_AGO +
      '|' +
      JOKING +
      '|(?:in|at)\\s+(?:the\\s+|a\\s+)?(?:game|games|match|fortnite|smash|video game|mario kart|chess|tennis|race|wrestling|ring)\\b|video\\s?games?\\b|sparring|boxing',
    examples: [
      'he beat me up last night',
      'my boyfriend beats me up when he drinks',
      'my dad roughed me up again',
      'my husband beat the crap out of me',
    ],
  },
  // Violence in a place now, told by staff or a witness: "a patient is choking the intake worker",
  // "there's a man with a gun in the parking lot", "he threw my baby across the bed".
  {
    id: 'en.violence.20',
    kind: 'violence',
    lang: 'en',
    pattern:
      '(?:is|are|hes|shes|theyre|just)\\s+(?:choking|strangling|stabbing|beating|attacking|hitting|punching|kicking)\\s+(?:the|a|an|our|my|his|her|their)\\s+(?:\\w+\\s+)?(?:worker|nurse|staff|counselor|counsellor|patient|client|guard|resident|kid|baby|child|man|woman|guy|girl|boy|doctor|teacher|coworker)' +
      '|(?:theres|there is|a|an)\\s+(?:\\w+\\s+)?(?:man|woman|guy|person|someone|somebody|patient|client)\\s+(?:with a (?:gun|knife|machete|weapon|broken bottle)|armed)\\s+(?:in|at|outside|inside|near|on)' +
      '|armed (?:man|woman|guy|person|intruder)\\s+(?:in|at|outside|inside)' +
      '|(?:threw|thrown|throwing|shook|shaking|slammed)\\s+(?:my|the|our|her|his)\\s+(?:baby|infant|newborn|toddler)' +
      '|threatened to (?:come back|return)\\s+(?:and|to)\\s+(?:shoot|kill|stab|hurt)',
    notBefore: NEG_EN,
    unlessClause: TOPIC_QUESTION_EN + '|' + WORK_MENTION_EN + '|' + LOSS_EN,
    examples: [
      'a patient is choking the intake worker, we need help',
      "there's a man with a gun in the parking lot",
      'he threw my baby across the bed',
      'a client threatened to come back and shoot the counselor',
    ],
  },
];
