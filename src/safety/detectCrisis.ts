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
//   would be wrong for grief. Suicide is different: "my brother died by suicide" DOES show the
//   988 reply, because people bereaved by suicide are at higher risk and 988 also helps them;
//   the reply's words fit either way.
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
// - Signs of an overdose ("what are the signs of an overdose?", "how to use Narcan") get the
//   overdose reply: the person may be looking at one. "Can you overdose on weed?" does not.
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

export type CrisisKind = 'overdose' | 'suicide' | 'self-harm' | 'violence';

export interface CrisisSignal {
  kind: CrisisKind;
  /** The language of the phrase that matched. */
  language: 'en' | 'es';
}

/** At most this many characters are analysed: the first HEAD_CHARS and the last TAIL_CHARS. */
export const MAX_ANALYSED_CHARS = 4000;
const HEAD_CHARS = 3000;
const TAIL_CHARS = MAX_ANALYSED_CHARS - HEAD_CHARS;

// ---------------------------------------------------------------------------------------------
// Normalization: lowercase, no accents, straight quotes, no apostrophes ("don't" -> "dont"),
// sentence punctuation kept as " . " and " , " tokens, every other symbol a space, repeated
// letters squeezed to one ("wanna" -> "wana", "kill" -> "kil", "diiie" -> "die"), common
// texting shorthand spelled out ("u" -> "you", "gonna" -> "going to"). Patterns below are
// written in plain spelling and squeezed the same way when they are compiled.
// ---------------------------------------------------------------------------------------------

/**
 * Squeezes runs of one letter to one letter; in a regex source, escapes are left alone.
 * Squeezing merges a few words ("feel"/"fell", "off"/"of", "too"/"to", "good"/"god"): a
 * pattern must not rely on telling those apart.
 */
function squeezeSource(source: string): string {
  return source.replace(/(\\.)|([a-z])\2+/g, (whole, escape: string | undefined, letter: string | undefined) => escape ?? letter ?? whole);
}

function squeezeText(text: string): string {
  return text.replace(/([a-z])\1+/g, '$1');
}

const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '*': 'i' };

/** Shorthand, in squeezed spelling, and what it stands for. */
const SHORTHAND: ReadonlyMap<string, string> = new Map(
  Object.entries({
    u: 'you',
    ur: 'your',
    urself: 'yourself',
    r: 'are',
    iam: 'i am',
    ima: 'im going to',
    imma: 'im going to',
    wanna: 'want to',
    wana: 'want to',
    wanan: 'want to',
    gonna: 'going to',
    gona: 'going to',
    gunna: 'going to',
    gna: 'going to',
    goin: 'going',
    finna: 'going to',
    tryna: 'trying to',
    gotta: 'got to',
    hafta: 'have to',
    cnt: 'cant',
    canot: 'cant',
    cannot: 'cant',
    dnt: 'dont',
    isn: 'isnt',
    rn: 'right now',
    ppl: 'people',
    sm1: 'someone',
    some1: 'someone',
    any1: 'anyone',
    every1: 'everyone',
    no1: 'no one',
    noone: 'no one',
    b4: 'before',
    w: 'with',
    alot: 'a lot',
    meself: 'myself',
    myslf: 'myself',
    mysef: 'myself',
    myslef: 'myself',
    mself: 'myself',
    mysel: 'myself',
    myelf: 'myself',
    kilmyself: 'kill myself',
    killmyself: 'kill myself',
    wantodie: 'want to die',
    wanttodie: 'want to die',
    endmylife: 'end my life',
    selfharm: 'self harm',
    '2': 'to',
    // Spanish texting
    q: 'que',
    xq: 'porque',
    pq: 'porque',
    pk: 'porque',
    kiero: 'quiero',
    qiero: 'quiero',
    qero: 'quiero',
    quero: 'quiero',
    kero: 'quiero',
  }).map(([k, v]) => [squeezeText(k), squeezeText(v)]),
);

/** The start and the end of a long message, cut between words where one is near. */
function headAndTail(input: string): string {
  let head = input.slice(0, HEAD_CHARS);
  const lastSpace = head.lastIndexOf(' ');
  if (lastSpace > HEAD_CHARS - 50) head = head.slice(0, lastSpace);
  let tail = input.slice(-TAIL_CHARS);
  const firstSpace = tail.indexOf(' ');
  if (firstSpace >= 0 && firstSpace < 50) tail = tail.slice(firstSpace + 1);
  return `${head} . ${tail}`;
}

/**
 * The text as the rules see it. Exported for tests and for debugging a missed phrase; not for
 * showing to anyone.
 */
export function normalizeForCrisis(input: string): string {
  let text = input.length > MAX_ANALYSED_CHARS ? headAndTail(input) : input;
  text = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"');
  // "OD", "OD'd", "ODing", "o.d." -> overdose, before "od'd" loses its apostrophe and becomes "odd".
  text = text.replace(/(^|[^a-z0-9'])o\.?d\.?(?:'d|'?ed|'?ing|'?in|'?s|-ing|-ed)?(?![a-z0-9])/g, '$1 overdose ');
  // Letters written as digits or symbols inside a word: "k1ll", "su1c1de", "d!e", "k*ll".
  text = text.replace(/(?<=[a-z])[013457@$!*]+(?=[a-z])/g, (run) => [...run].map((c) => LEET[c] ?? c).join(''));
  text = text
    .replace(/'/g, '')
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' and ')
    .replace(/[.!?;:\n\r\u2026]+/g, ' . ')
    .replace(/,+/g, ' , ')
    .replace(/[^a-z0-9 .,]+/g, ' ');
  text = squeezeText(text);
  const words = text.split(/\s+/).filter(Boolean);
  return words.map((w) => SHORTHAND.get(w) ?? w).join(' ');
}

// ---------------------------------------------------------------------------------------------
// Rules. Order is priority: the first rule (in this order) with a match that passes its guards
// decides the kind. Overdose and other medical emergencies come first (911 now), then suicide,
// violence and self-harm. A person's own intent to overdose is suicide and comes before all.
// ---------------------------------------------------------------------------------------------

type Lang = 'en' | 'es';

interface RuleSpec {
  kind: CrisisKind;
  lang: Lang;
  /** Plain spelling; squeezed and wrapped in word boundaries when compiled. */
  pattern: string;
  /** The match is dropped when the text just before it ends with this. */
  notBefore?: string;
  /** The match is dropped when the text just after it starts with this. */
  notAfter?: string;
  /** The match is dropped when its sentence contains this anywhere... */
  unlessClause?: string;
  /** ...unless the sentence also contains this ("I used to be suicidal and it's back"). */
  unlessClauseExcept?: string;
}

interface Rule {
  kind: CrisisKind;
  lang: Lang;
  re: RegExp;
  notBefore?: RegExp;
  notAfter?: RegExp;
  unlessClause?: RegExp;
  unlessClauseExcept?: RegExp;
}

// Building blocks (plain spelling).
const SELF = '(?:myself|my self|my own self)';
const CANT = '(?:cant|can not|couldnt|could not)';
const NEG_EN =
  '(?:not|never|no longer|dont|do not|didnt|did not|doesnt|does not|wont|will not|wouldnt|would not|isnt|arent|aint|wasnt|no plans? to|no intention of|no desire to)' +
  '(?:\\s+(?:ever|really|actually|even|be|being|been|feel|feeling|going to|want to|try to|trying to|plan to|planning to|planning on|thinking about|thinking of|considering))*';
const NEG_ES = '(?:no|nunca|jamas|ya no|tampoco)(?:\\s+(?:me|lo|la|te|se|estoy|soy|estoy pensando en|pienso en|quiero|voy a|tengo|siento|siento que|he pensado en))*';
const PERSON =
  '(?:he|she|they|hes|shes|theyre|him|her|someone|somebody|some guy|husband|wife|boyfriend|girlfriend|bf|gf|partner|dad|father|stepdad|step dad|mom|mother|stepmom|brother|sister|son|daughter|ex|roommate|neighbor|neighbour|dealer|uncle|aunt|cousin|guy|man|family|friend|buddy)';
const OTHER_PERSON_OBJ =
  '(?:him|her|them|someone|somebody|anyone|anybody|people|everyone|everybody|my\\s+(?:husband|wife|boyfriend|girlfriend|bf|gf|partner|dad|father|mom|mother|stepdad|stepmom|brother|sister|son|daughter|kids?|children|family|boss|roommate|neighbor|neighbour|ex|sponsor|coworker|dealer|uncle|aunt|cousin)|that\\s+(?:guy|man|woman|person|dude|bitch)|this\\s+(?:guy|man|woman|person|dude))';
const DRUG =
  '(?:pills?|meds|medication|medications|medicine|medicines|xanax|xans?|bars|benzos?|klonopin|valium|ativan|percs?|percocets?|oxys?|oxycodone|oxycontin|hydrocodone|vicodin|norco|roxys?|fent|fentanyl|fetty|heroin|dope|opioids?|opiates?|morphine|methadone|suboxone|tramadol|codeine|lean|cough syrup|nyquil|dxm|tylenol|acetaminophen|paracetamol|advil|ibuprofen|aspirin|insulin|sleeping pills|sleep meds|ambien|seroquel|gabapentin|lyrica|adderall|coke|cocaine|crack|meth|molly|mdma|ecstasy|ket|ketamine|ghb|acid|lsd|edibles|tabs|capsules|tablets|antidepressants|painkillers|pain killers|pain pills|downers|uppers|blues|kratom|drugs)';
/** What people mix with alcohol or each other in an overdose; not "drugs" or "meds", which describe a habit as often as an event. */
const DRUG_MIX =
  '(?:pills?|xanax|xans?|bars|benzos?|klonopin|valium|ativan|percs?|percocets?|oxys?|oxycodone|oxycontin|hydrocodone|vicodin|norco|fent|fentanyl|heroin|opioids?|opiates?|morphine|methadone|tramadol|codeine|lean|sleeping pills|sleep meds|ambien|seroquel|gabapentin|lyrica|painkillers|pain pills|my meds|my medication|my pills|downers|ghb|ketamine)';
const DRUG_ES =
  '(?:pastillas|pastis|pildoras|medicinas|medicamentos|tabletas|capsulas|calmantes|somniferos|clonazepam|xanax|rivotril|tafil|tramadol|fentanilo|oxicodona|paracetamol|ibuprofeno|heroina|cocaina|drogas|benzos)';
const ALCOHOL = '(?:alcohol|booze|drinks?|drinking|beer|beers|wine|vodka|liquor|whiskey|tequila|rum|shots)';
/** Harmless things people say they "overdosed on". */
const HARMLESS =
  '(?:coffee|caffeine|sugar|candy|chocolate|netflix|tv|television|pizza|carbs|love|cake|cookies|memes|social media|work|news|exercise|sun|sunshine|cuteness|cute|nostalgia|drama|information|feelings|kindness|positivity|christmas|music|anime|games|gaming|videos|youtube|tiktok|junk food|food|sweets|ice cream|donuts|halloween|vitamin c|espresso|energy drinks|red bull|cheese|reality tv|podcasts|books)';
/** A past overdose, grief, or the topic rather than an emergency. */
const OD_NOT_NOW =
  '(?:(?:died|dead|passed away|passed|death|killed)\\s+(?:\\w+\\s+){0,2}?(?:of|from|after|due to|by|in|because of)\\s+(?:an?\\s+|his\\s+|her\\s+)?(?:\\w+\\s+)?overdose|(?:in|at) (?:the )?(?:hospital|er|icu|emergency room)|hospitalized|in rehab|in detox|recovering from|overdose (?:deaths?|prevention|awareness|statistics|stats|rates?|epidemic|crisis|training|reversal|education|day|survivors?|loss|losses|grief)|(?:loss|grief|grieving|bereaved|bereavement|lost (?:someone|a loved one|a child|a son|a daughter|a friend))\\s+(?:\\w+\\s+){0,3}?(?:to|after|from|of)\\s+(?:an?\\s+)?overdose|can (?:you|people|a person|someone) (?:\\w+\\s+)?overdose|(?:opioid|drug) (?:crisis|epidemic)|(?<!almost )lost\\s+(?:\\w+\\s+){0,3}to\\s+(?:an?\\s+)?(?:\\w+\\s+)?overdose|funeral|memorial|anniversary|years? ago|months ago|weeks ago|last (?:year|month|summer|spring|winter|fall|christmas)|in (?:19|20)\\d\\d|back in|used to|in the past|survived|history of|when i was|since my|after my|my (?:first|last|previous|second|third) overdose|(?:\\d+|two|three|four|five|several|many|a few|multiple) times|times before|before i got|statistics|(?:prevent|preventing|avoid|avoiding) (?:an?\\s+)?overdose|what is an?|whats an?|define|definition|meaning of)';
const OD_NOT_NOW_ES =
  '(?:murio|murieron|fallecio|fallecieron|muerte|muertes|funeral|perdi a|hace\\s+(?:\\w+\\s+)?(?:anos|meses|semanas)|el ano pasado|en (?:19|20)\\d\\d|antes de|prevencion|que es una|sobrevivi)';
/** A childhood or long-past experience, not danger now. */
const LONG_AGO = '(?:when i was (?:a |little|young|\\d)|as a (?:kid|child|teen|little)|growing up|years ago|in (?:19|20)\\d\\d|used to|in the past|childhood)';
/** The person's own suicidal past, told as past... */
const SUICIDE_PAST =
  '(?:used to (?:be|feel|think)|years ago|months ago|a long time ago|long ago|in the past|back in|back when|when i was (?:a |younger|little|drinking|using|in|\\d)|in (?:19|20)\\d\\d|as a (?:kid|teen|teenager)|no longer|not anymore|anymore but)';
/** ...unless it is back now. */
const STILL_NOW = '(?:again|back(?!\\s+(?:in|when|then)\\b)|coming back|returning|right now|tonight|today|lately|these days|this week|still|now i (?:want|feel like|am thinking)|now im (?:feeling|thinking|having))';
// "She'll kill me if I'm late / if I forget / if I miss the meeting" is the idiom; "if I leave",
// "if I tell anyone" and "if I call the police" are threats and are deliberately not listed.
const IDIOM_FINDS_OUT = '(?:finds? out|found out|find about|when (?:i|she|he|they) (?:gets?|sees?|hears?)|if (?:i|she|he|they) (?:sees?|knew|knows|hears?)|lol|lmao|haha|jk|just kidding)';
/** Only for "X will kill me if...": the hitting rules keep "he hits me if I'm late" a crisis. */
const IDIOM_IF_LATE =
  '(?:if (?:im|i am|i get|i come|i show up|i turn up|i get home|i come home|were|we are|we get)\\s+(?:\\w+\\s+)?late|if i (?:\\w+\\s+)?(?:forget|miss|skip|spend|eat|break|lose|mess up)\\b)';
/**
 * English: the wish to die told in the past tense, as past ("used to want to die every day when I
 * was drinking, 18 months sober now"). "I want to die, my wife left me years ago" is present.
 */
const WISH_PAST_EN =
  '(?:used to|would often|would always)\\s+(?:want|wana|wish|think about)\\b|(?:wanted|wished)\\s+(?:to\\s+|that\\s+)?(?:i\\s+)?(?:just\\s+)?(?:die|be dead|was dead|were dead|could die|would die|would just die|was never born|were never born)\\s+(?:[\\w,]+\\s+){0,8}?' +
  SUICIDE_PAST + '|' + SUICIDE_PAST + '\\s+(?:[\\w,]+\\s+){0,8}?(?:wanted|wished)\\b';
/** Spanish: one's own wish to die told as past ("antes quería morirme"): a past-tense verb with a past marker. */
const WISH_PAST_ES =
  '(?:(?:antes(?!\\s+(?:de|que)\\b)|de (?:joven|adolescente|nin[oa]|chic[oa])|cuando (?:tomaba|bebia|consumia|usaba|me drogaba|era|estaba|tenia)|en el pasado|hace (?:\\w+\\s+)?(?:anos|meses))\\s+(?:[\\w,]+\\s+){0,3}?(?:queria|me queria|tenia ganas de|deseaba|pensaba en)|' +
  '(?:queria|me queria|tenia ganas de|deseaba)\\s+(?:[\\w,]+\\s+){0,8}?(?:antes(?!\\s+(?:de|que)\\b)|cuando (?:tomaba|bebia|consumia|usaba|me drogaba|era|estaba|tenia)|en el pasado|de (?:joven|adolescente)))';
/** ...unless it is back: "otra vez", "de nuevo", "ahora" (but not "ahora estoy bien"), "todavía", "volví". */
const STILL_NOW_ES =
  '(?:otra vez|de nuevo|(?:ahora|hoy)(?!\\s+(?:estoy|me siento|soy|llevo|tengo|vivo|cumplo)\\s+(?:\\w+\\s+)?(?:bien|mejor|sobri[oa]|limpi[oa]|feliz|tranquil[oa]|\\d+|un|una|dos|tres))|esta noche|todavia|aun|volvi|vuelvo|volvio|volvieron|regreso|regresaron|ultimamente|sigo|sigue)';
/** The suicide word in any spelling the word rules accept. */
const SUICIDE_WORD = 's(?:ui|iu|u)(?:c|s)(?:i)?(?:c|s)?(?:i)?d\\w*';
/**
 * Someone asked and the person said no, in the same sentence: "my therapist asked if I'm
 * suicidal and I'm not, I just want a group", "me preguntó si quería suicidarme y no". The
 * answer must be a plain no followed by the end of the phrase or "just/solo..." ("...and I'm not
 * sure" is not a no), and nothing like "but / lately / pero / a veces" may follow.
 */
const ASKED_AND_SAID_NO =
  '(?:(?:asked|asks|ask|asking|wondered|checked|checking|screened|screening|wanted to know|wants to know)\\s+(?:me\\s+|him\\s+|her\\s+|us\\s+)?(?:if|whether)\\s+(?:i|im|i am|i was|i felt|i feel|ive|i have|id|i had|i were)\\s+(?:\\w+\\s+){0,3}?' +
  SUICIDE_WORD +
  '\\s+(?:\\w+\\s+)?(?:,\\s+)?(?:and|but|,)\\s+(?:(?:i said|i told (?:him|her|them)|i answered|i replied)\\s+)?(?:im not|i am not|i wasnt|i was not|i dont|i do not|i havent|i have not|no|nope|not|never)(?:\\s+(?:at all|really|anymore|suicidal))?' +
  '(?=\\s*(?:$|[.,]|i just|just|i only|i really|so|and i|i want|i need|im just|i am just))(?![^.]{0,300}\\b(?:but|though|although|lately|sometimes|some days|still|again)\\b)|' +
  '(?:me|le|nos|te)\\s+(?:\\w+\\s+)?pregunt\\w*\\s+(?:\\w+\\s+){0,2}?si\\s+(?:\\w+\\s+){0,3}?' +
  SUICIDE_WORD +
  '\\s+(?:,\\s+)?(?:y|pero|,)\\s+(?:(?:le dije que|le conteste que|le respondi que|dije que)\\s+)?(?:no|nada que ver|para nada|claro que no)(?=\\s*(?:$|[.,]|solo|nomas|nada mas|quiero|necesito|estoy bien))(?!\\s*,?\\s*no (?:se|estoy segur))(?![^.]{0,300}\\b(?:pero|aunque|a veces|ultimamente|todavia|otra vez)\\b))';
/** Self-harm told as long past ("I used to cut myself as a teen, that's behind me")... */
const SELF_HARM_PAST =
  '(?:used to|as a (?:kid|child|teen|teenager)|when i was (?:a |younger|little|in (?:high school|middle school|school|college)|\\d)|in (?:high school|middle school|college)|(?:years|months) ago|a long time ago|long ago|in the past|back (?:in|when|then)|in (?:19|20)\\d\\d|behind me|havent (?:\\w+\\s+)?(?:in|for) (?:years|months|\\d+))';
/** ...with no sign in the sentence that it is back (looked for on both sides of the past marker). */
const SELF_HARM_NOW = '(?:again|coming back|(?:its|it is|urges? (?:is|are)|theyre|they are) back|returning|right now|tonight|today|lately|these days|this week|still|now i (?:want|feel like|am thinking|keep|do it)|now im (?:feeling|thinking|having|doing it)|started)';
const SELF_HARM_PAST_ONLY = `(?<!\\b${SELF_HARM_NOW}\\b[^.]{0,300})${SELF_HARM_PAST}(?![^.]{0,300}\\b${SELF_HARM_NOW}\\b)`;
/** A question about withdrawal or a symptom, not a person who has it now ("what are the signs of the DTs?"). */
const SYMPTOM_QUESTION =
  '(?:what (?:are|is|happens|causes)|whats|signs? of|symptoms? of|is it normal|can you (?:get|die)|how (?:do|would|can) (?:i|you) (?:know|tell)|how long (?:do|does|is|can)|how do you treat|treatment for)';
/** ...but one describing what is happening now is not a question about it. */
const SYMPTOM_NOW =
  '(?:(?:im|i am|hes|shes|he is|she is|theyre|they are|keeps?|kept|been|started|now)\\s+(?:\\w+\\s+)?(?:seeing|hearing|hallucinating|shaking)|i (?:see|hear|keep seeing)|(?:he|she|they) (?:sees|hears|keeps seeing)|(?:has|having|got)\\s+(?:the\\s+)?(?:dts|horrors)|(?:my|his|her)\\s+chest\\s+(?:hurts|is|feels))';
const SYMPTOM_QUESTION_ES = '(?:que (?:es|son|pasa)|sintomas|senales|es normal|se puede|como (?:se\\s+)?(?:sabe|saber|reconocer)|como se (?:si|que)|cuanto dura)';
const SYMPTOM_NOW_ES = '(?:(?:esta|estoy|anda|ando|sigue|sigo|empezo a|empece a)\\s+(?:\\w+\\s+)?(?:viendo|alucinando|delirando|oyendo|escuchando|temblando)|me duele|le duele)';
/** Taking, present or planned, not a report of how one takes a prescription. */
const AS_PRESCRIBED = '(?:as prescribed|like (?:i|im) (?:should|supposed)|on time|on schedule|correctly|with (?:food|water|breakfast|lunch|dinner))\\b';
/** A gun or a rope got ready for something ordinary: "got my gun ready for deer season". */
const ORDINARY_USE = '(?:for|at)\\s+(?:the\\s+|a\\s+|my\\s+|our\\s+)?(?:hunting|hunt|range|deer|duck|target|protection|self defense|camping|camp|trip|climbing|climb|hike|hiking|boat|boating|swing|move|moving|season|work|job|class|gym)\\b';
/**
 * A clinician's or screener's negative finding, just before the suicide word: "pt denies suicidal
 * ideation", "denies thoughts of suicide", "negative for SI or suicidal ideation", "paciente niega
 * ideación suicida", "sin ideas suicidas".
 */
const DENIED_SI =
  '(?:denies|denied|denying|deny|negative for|niega|niegan|nego|no presenta|no refiere|sin)\\s+(?:any\\s+|active\\s+|current\\s+|recent\\s+|cualquier\\s+)?' +
  '(?:(?:si|hi)\\s+(?:or|and|o|y|,)\\s+(?:hi\\s+(?:or|and|o|y|,)\\s+)?)?(?:(?:ideacion|ideas|pensamientos|conducta|riesgo|thoughts?|ideation|intent|plans?|history)\\s+(?:of\\s+|de\\s+)?)?';
/** The joke markers of "she'll kill me lol"; the hitting rule keeps "he choked me ... when he gets home" a crisis. */
const JOKING = '(?:lol|lmao|haha|jk|just kidding)';
/** Rope or cord for something ordinary: "bought rope for the boat", "hung a rope from the tree for a swing". */
const ROPE_ORDINARY =
  '(?:camping|camp|trip|tent|tarp|hammock|swing|climbing|climb|boat|boating|sailing|kayak|canoe|clothesline|laundry|moving|truck|trailer|tie down|tow|towing|dog|horse|leash|knots?|craft|crafts|macrame|gym|workout|garden|yard|tree house|treehouse|costume|halloween|decoration|project|class|jump rope|tug of war)';
/** A someday question, not an emergency: "what do I do if someone overdoses someday, I want to be prepared". */
const OD_SOMEDAY = '(?:someday|some day|in the future|be prepared|be ready|just in case|in case (?:someone|somebody|anyone|it)|(?:if|when) (?:\\w+\\s+)?ever)';
const OD_SOMEDAY_ES = '(?:algun dia|alguna vez|en el futuro|estar preparad[oa]|prepararme|por si acaso|por si (?:algun|alguna)|en caso de que (?:algun|alguna))';

const SPECS: RuleSpec[] = [
  // ---- The person's own plan to overdose, or the means in hand: suicide, before the overdose rules ----
  {
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:(?:i|im|i am|ive)\\s+(?:\\w+\\s+){0,2}?)?(?:going to|want to|about to|ready to|planning to|planning on|plan to|thinking about|thinking of|considering|will|gonna|should|need to)\\s+(?:just\\s+)?(?:overdose|overdosing|(?:take|swallow|down|pop) all (?:of )?(?:my|the|these|those|this)\\s+(?:\\w+\\s+)?' + DRUG + '|(?:take|swallow|down|pop)\\s+(?:a bunch of|a lot of|a handful of|handfuls of|too many|enough|a ton of|the rest of)\\s+(?:\\w+\\s+)?' + DRUG + '|take (?:a|the) whole bottle)' +
      // A plan in steps: "I'm about to drink this whole bottle and take all my xanax".
      '|(?:going to|about to|ready to|planning to|plan to|gonna|want to)\\s+(?:[\\w,]+\\s+){1,8}?(?:and|then|plus|with|,)\\s+(?:then\\s+|just\\s+)?(?:(?:take|swallow|down|pop|eat|shoot up|snort)\\s+)?(?:all|every one|the rest|a bunch|a handful|handfuls|a ton)\\s+(?:of\\s+)?(?:(?:my|the|these|those|his|her)\\s+)?(?:\\w+\\s+)?' + DRUG +
      // Doing it now: "taking all my pills tonight", "shooting up all my dope tonight".
      '|(?:taking|swallowing|downing|popping|shooting up|shooting|snorting|doing)\\s+all (?:of )?(?:my|the|these|those|this|that)\\s+(?:\\w+\\s+)?' + DRUG + '\\s+(?:tonight|right now|at once|all at once|in one go|in one shot)' +
      // The means in hand: "I have a gun in my lap right now", "got the rope ready", "holding a knife to my throat".
      '|(?:(?:i|im|i am|ive|i have|i got|i just)\\s+)?(?:have|got|holding|hold|sitting with|sitting here with|have got)\\s+(?:a|the|my|this|dads|my dads|a loaded|my loaded)\\s+(?:gun|pistol|revolver|handgun|rifle|shotgun|firearm|rope|noose)\\s+(?:right\\s+)?(?:in my (?:lap|hand|hands|mouth)|on my lap|to my (?:head|temple|chin|chest|throat)|against my (?:head|temple|chin|chest|throat)|(?:and\\s+)?(?:its\\s+|it is\\s+|is\\s+)?(?:loaded|ready|cocked)|next to me|beside me|right here|right now|here with me|around my neck|tied (?:up|to))' +
      '|(?:hold|holding|have|got|put|putting|pressing)\\s+(?:a|the|my|this)\\s+(?:knife|blade|razor|razor blade)\\s+(?:to|against|on)\\s+my\\s+(?:wrists?|throat|neck)' +
      '|(?:have|got|holding|with)\\s+(?:a|the|my|dads|my dads)\\s+loaded\\s+(?:gun|pistol|revolver|handgun|shotgun|rifle)',
    // Without "I", the match must not follow someone else: "my son is going to overdose" is a worry,
    // "he's got a gun to my head" is violence.
    notBefore: NEG_EN + '|' + PERSON + '(?:\\s+(?:is|are|was|s|might be|may be))?(?:\\s+\\w+)?|(?:son|daughter|kid|child|kids|children|brother|sister|husband|wife|boyfriend|girlfriend|partner|mom|dad|friend|people|someone)\\s+(?:\\w+\\s+){0,2}',
    notAfter: AS_PRESCRIBED + '|' + ORDINARY_USE,
  },
  { kind: 'suicide', lang: 'en', pattern: 'overdose on purpose|overdosed on purpose|enough\\s+(?:\\w+\\s+)?' + DRUG + '\\s+to\\s+(?:die|not wake up|never wake up|end it|kill myself|be done)|(?:got|have|lined up|counted out|counted)\\s+(?:the\\s+|my\\s+|all my\\s+)?(?:pills|rope|noose|gun)\\s+(?:ready|lined up|in front of me|counted out)|(?:saving|saved|stockpiling|hoarding)\\s+(?:up\\s+)?(?:my\\s+)?(?:pills|meds)', notAfter: ORDINARY_USE },
  // "Voy a tomarme todas mis pastillas", "me voy a tomar todo el frasco", and a plan in steps:
  // "voy a tomarme toda la botella con todas mis pastillas".
  {
    kind: 'suicide',
    lang: 'es',
    pattern:
      '(?:quiero|voy a|pienso|pensando en|quisiera|me quiero|me voy a|estoy por|a punto de)\\s+(?:en\\s+)?(?:tomar(?:me)?|tragar(?:me)?|beber(?:me)?)\\s+' +
      '(?:(?:[\\w,]+\\s+){1,6}?(?:con|y|mas|,)\\s+(?:(?:luego|despues)\\s+)?(?:(?:me\\s+)?(?:tomo|trago)\\s+)?)?' +
      '(?:(?:tod[oa]s\\s+(?:las|los|mis)|un\\s+(?:frasco|bote|monton|punado)\\s+de|una\\s+caja\\s+de|muchas|demasiadas)\\s+(?:\\w+\\s+)?' + DRUG_ES + '|todo el (?:frasco|bote|blister|paquete)|toda la caja de)',
    notBefore: NEG_ES,
    // Taking a prescription as told: "voy a tomar todas mis medicinas como me dijo el doctor".
    notAfter: 'como (?:me\\s+)?(?:dijo|dijeron|indico|indicaron|receto|recetaron|mando|mandaron)|a (?:su|sus|mi|mis) horas?|con (?:la comida|agua|el desayuno|la cena)',
  },
  { kind: 'suicide', lang: 'es', pattern: '(?:quiero|voy a|pienso|pensando en|quisiera|me quiero|me voy a)\\s+(?:en\\s+)?(?:darme|meterme|provocarme)\\s+una\\s+sobre\\s?dosis|sobre\\s?dosis a proposito' },

  // ---- Overdose and other medical emergencies (English) ----
  {
    kind: 'overdose',
    lang: 'en',
    pattern: 'ov(?:e|a)?r\\s?d(?:o|oo)?(?:s|z|c)(?:e|es|ed|ing|in|d)?',
    notBefore:
      // "does naltrexone stop you from overdosing", "can narcan reverse an overdose".
      '(?:(?:stop|stops|keep|keeps|protect|protects|prevent|prevents)\\s+(?:you|people|someone|somebody|me|him|her|them|a person)\\s+(?:from|against)|reverse|reverses|reversing|block|blocks|going to|want to|about to|afraid of|scared of|worried about|fear of|risks? of|dangers? of|chances? of|odds of|cause|causes|lead to|leads to|result in|prevent|preventing|avoid|might|could|will|would|may|hell|shell|theyll|ill|youll|caffeine|sugar|coffee|candy|chocolate|cuteness|information|vitamin|love|drama|netflix|cute)(?:\\s+(?:an?|the|another))?' +
      // The topic as something to talk or learn about: "how do I talk to my son about overdose risk".
      '|(?:talk|talking|talked|speak|speaking|teach|teaching|taught|educate|educating|warn|warning|learn|learning|learned|learnt|read|reading|watched|watching|heard|documentary|movie|film|video|podcast|lecture|seminar|training|questions?|conversations?|info|facts|article|class|workshop|presentation)\\s+(?:\\w+\\s+){0,4}?(?:about|on|regarding)\\s+(?:the\\s+)?(?:risks?\\s+of\\s+|dangers?\\s+of\\s+)?(?:an?\\s+)?',
    notAfter: 'on\\s+' + HARMLESS + '\\b|(?:risks?|dangers?|risk factors)\\b',
    unlessClause: OD_NOT_NOW + '|' + OD_SOMEDAY,
  },
  {
    kind: 'overdose',
    lang: 'en',
    pattern: '(?:not|isnt|is not|aint|wasnt|arent|stopped|stop|barely|hardly|cant|can not|couldnt|trouble|struggling to|struggle to|difficulty|hard to|no longer)\\s+(?:\\w+\\s+)?(?:breathing|breathe|breath)',
    notBefore: '(?:remember|forget|dont forget|try|trying|tell myself)',
    notAfter: 'a word|through (?:my|the) nose|exercises?',
    unlessClause: OD_NOT_NOW,
  },
  { kind: 'overdose', lang: 'en', pattern: '(?:breathing|breaths?)\\s+(?:is\\s+|are\\s+|seems\\s+|got\\s+|has\\s+|looks\\s+)?(?:very\\s+|really\\s+|so\\s+|super\\s+)?(?:slow|shallow|weird|strange|funny|labored|laboured|raspy|gurgling|stopped|irregular)|gasping for (?:air|breath)|gurgling|snoring (?:weird|strange|loud and|and (?:wont|cant|not))' },
  {
    kind: 'overdose',
    lang: 'en',
    pattern: CANT + '\\s+(?:get\\s+)?(?:wake|rouse)\\s+(?:him|her|them|my\\s+\\w+|\\w+\\s+up)|unable to (?:wake|rouse)\\s+(?:him|her|them|my\\s+\\w+)',
  },
  {
    kind: 'overdose',
    lang: 'en',
    pattern: '(?<!\\bi\\s)(?<!\\bim\\s)(?<!\\bam\\s)(?:wont|will not|isnt|is not|not|aint|wasnt|arent|wouldnt|would not)\\s+(?:\\w+\\s+)?(?:wake|waking)(?:\\s+up)?',
    notBefore: '(?:i|im|i am|you|we|alarm|phone)(?:\\s+\\w+)?',
    notAfter: '(?:early|on time|in time|for (?:work|school|the|meetings?|class)|at \\d|till|until|before)',
  },
  {
    kind: 'overdose',
    lang: 'en',
    pattern:
      DRUG_MIX + '\\s+(?:\\w+\\s+){0,4}?(?:passed out|nodded out and|is out cold|out cold)|(?:passed out|out cold)\\s+(?:after|from|on)\\s+(?:\\w+\\s+){0,2}?(?:' + DRUG_MIX + '|using|shooting up|taking|doing)|(?:cant|wont)\\s+stop\\s+(?:throwing up|vomiting|puking)|(?:throwing up|vomiting|puking)\\s+blood',
    unlessClause: OD_NOT_NOW,
  },
  { kind: 'overdose', lang: 'en', pattern: 'unconscious|unresponsive|passed out and (?:wont|cant|isnt|is not|not|doesnt|couldnt|can not|hes not|shes not)|lost consciousness', notAfter: '(?:bias|mind|thoughts?|level|self)\\b' },
  { kind: 'overdose', lang: 'en', pattern: PERSON + '\\s+(?:\\w+\\s+){0,4}?(?:wont|is not|isnt|not|stopped|aint|wasnt|doesnt)\\s+(?:responding|respond|moving|move)|' + PERSON + '\\s+(?:\\w+\\s+){0,3}?(?:just\\s+|suddenly\\s+)?collapsed(?!\\s+(?:in|into|on (?:the|my) (?:couch|bed|sofa)))' },
  { kind: 'overdose', lang: 'en', pattern: '(?:lips|face|skin|fingertips|fingernails|nails)\\s+(?:are|is|look|looks|turned|turning|went|going|getting|r)\\s+(?:\\w+\\s+)?(?:blue|purple|gray|grey|ashen)|(?:blue|purple|grey|gray)\\s+lips|(?:hes|shes|theyre|he is|she is|they are|he looks|she looks|they look)\\s+(?:\\w+\\s+)?(?:blue|purple|gray|grey)|turn(?:ing|ed|s)\\s+(?:blue|purple)' },
  {
    kind: 'overdose',
    lang: 'en',
    pattern: '(?:having|had|has|is having|started having)\\s+(?:a\\s+|another\\s+)?(?:seizure|seizures|fit)|seizing|convulsing|convulsions|foam(?:ing)?\\s+at\\s+the\\s+mouth|no pulse|' + CANT + '\\s+find\\s+(?:a|his|her|their)\\s+pulse|pinpoint pupils|chest pains?|(?:having|had) a heart attack|alcohol poisoning|(?:choking|choked|chokes|gagging|aspirating)\\s+on\\s+(?:(?:his|her|their|my|the|its|your)\\s+)?(?:own\\s+)?(?:vomit|puke|throw up|sick)|(?:throwing up|threw up|vomiting|vomited|puking|puked)\\s+(?:\\w+\\s+){0,2}?(?:while|and|when)\\s+(?:\\w+\\s+){0,2}?(?:passed out|unconscious|out cold|not waking up|wont wake up)|(?:throwing up|threw up|vomiting|vomited|puking|puked)\\s+(?:[\\w,]+\\s+){0,8}?(?:choking|choked|gagging|cant breathe)',
    notAfter: 'the (?:day|moment|opportunity|chance)',
    unlessClause: OD_NOT_NOW,
  },
  // The body in danger now: chest pain or tightness, a racing heart after stimulants, and
  // withdrawal delirium (the DTs: bugs on the walls, hallucinating days after the last drink).
  // Questions about them ("what are the signs of the DTs?") are answered by the stopping-safely
  // topic; shaking on its own is withdrawal the topic covers, not an emergency.
  {
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
  },
  {
    kind: 'overdose',
    lang: 'en',
    pattern: '(?:took|taken|swallowed|popped|downed|injected|snorted|shot up|just took)\\s+(?:way\\s+|far\\s+|a lot\\s+|a little\\s+)?(?:too|to)\\s+(?:many|much)',
    notAfter: '(?:time|space|on|responsibility|credit|of (?:your|his|her|their|my) time|personally|seriously|advice|shots|days|classes|risks|chances|breaks|steps|selfies|photos|pictures|notes|courses|hits|drinks|beers)\\b',
    unlessClause: OD_NOT_NOW,
  },
  {
    kind: 'overdose',
    lang: 'en',
    pattern: '(?:did|done|used|had|drank|smoked|ate|mixed|took)\\s+(?:way\\s+|far\\s+)?(?:too|to)\\s+(?:many|much)\\s+(?:of\\s+)?(?:my\\s+|the\\s+|his\\s+|her\\s+|their\\s+)?' + DRUG,
    notBefore: '(?:i|we|you|he|she|they)\\s+(?:usually|always|often|sometimes|used to)',
    unlessClause: OD_NOT_NOW,
  },
  {
    kind: 'overdose',
    lang: 'en',
    pattern: '(?:took|taken|swallowed|popped|downed|ate|drank|finished)\\s+(?:a|an|the|my|his|her|their)\\s+(?:whole|entire|full)\\s+(?:bottle|box|pack|packet|strip|sheet|container|jar|bag|script|prescription|supply)',
    notAfter: 'of\\s+(?:' + ALCOHOL + '|water|soda|juice|coke|pop|milk|pizza|chips|cereal|cookies)\\b',
    unlessClause: OD_NOT_NOW,
  },
  {
    kind: 'overdose',
    lang: 'en',
    pattern: '(?:took|taken|swallowed|popped|downed|ate|just took)\\s+(?:all|all of|every|everyone of|the rest of|everything in)\\s+(?:my|his|her|their|the|these|those|mine)?\\s*(?:\\w+\\s+)?(?:' + DRUG + '|bottle|prescription|script)',
    notAfter: '(?:today|this morning|tonight as|as prescribed|on time|like (?:i|im) (?:should|supposed)|for the day|correctly|this week)\\b',
    unlessClause: OD_NOT_NOW,
  },
  {
    kind: 'overdose',
    lang: 'en',
    pattern: '(?:took|taken|swallowed|popped|downed|ate|just took)\\s+(?:like\\s+|about\\s+|around\\s+|over\\s+|maybe\\s+|at least\\s+)?(?:[1-9]\\d+|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|hundred|a dozen|dozens|a bunch|a handful|handfuls|a ton|a lot|lots|a few extra|extra)\\s+(?:of\\s+)?(?:\\w+\\s+){0,2}?' + DRUG,
    unlessClause: OD_NOT_NOW,
  },
  {
    kind: 'overdose',
    lang: 'en',
    pattern: '(?:mixed|mixing|combined|combining|took|just took|popped)\\s+(?:\\w+\\s+)?' + DRUG_MIX + '\\s+(?:and|with|on top of|plus|n)\\s+(?:\\w+\\s+)?(?:' + ALCOHOL + '|' + DRUG_MIX + ')|(?:drunk|drinking|been drinking|wasted)\\s+(?:and|then|after|on)\\s+(?:i\\s+|he\\s+|she\\s+|they\\s+)?(?:took|popped|swallowed|taking|just took|on)\\s+(?:\\w+\\s+)?' + DRUG + '|(?:drunk|drinking|been drinking)\\s+(?:while|on)\\s+(?:\\w+\\s+)?' + DRUG_MIX,
    // A question about mixing ("can mixing xanax and alcohol kill you?", "is it bad mixing...").
    // The modal must open the question: "he is mixing xanax and alcohol" is not one.
    notBefore: '(?<![a-z0-9]\\s)(?:can|could|does|do|did|will|would|is|isnt|are|is it\\s+\\w+)|how (?:bad|dangerous|risky|safe) is|why (?:is|does)',
    // Only questions about mixing in general: "I mixed xanax and alcohol, is it bad? can you help?" is flagged.
    unlessClause:
      OD_NOT_NOW +
      '|(?:is it|isnt it) (?:\\w+\\s+)?(?:to|if (?:you|i|people|someone))\\b|(?<![a-z0-9]\\s)is mixing|safe to|okay to|ok to|what (?:happens|would happen) (?:if|when)|(?:can|could|should|may) (?:i|you|we|people|someone|a person) (?:\\w+\\s+){0,2}?(?:mix|combine|take|drink|drinking|use|still)\\b|can (?:you|people|someone|a person) (?:die|overdose)|(?:kill|hurt|harm) (?:you|a person|someone|somebody|people)\\b',
  },
  {
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:drank|been drinking|drinking|drunk|had)\\s+(?:\\w+\\s+){0,5}?(?:and|then)\\s+(?:i\\s+|he\\s+|she\\s+|they\\s+)?(?:took|popped|swallowed|just took)\\s+(?:\\w+\\s+)?' + DRUG_MIX +
      '|(?:took|popped|swallowed)\\s+(?:\\w+\\s+)?' + DRUG_MIX + '\\s+(?:\\w+\\s+){0,3}?(?:and|then)\\s+(?:i\\s+|he\\s+|she\\s+)?(?:drank|been drinking|had (?:a few )?drinks)',
    unlessClause: OD_NOT_NOW,
  },
  { kind: 'overdose', lang: 'en', pattern: '(?:laced|cut)\\s+with\\s+(?:fent|fentanyl|xylazine|tranq)', unlessClause: OD_NOT_NOW },
  {
    kind: 'overdose',
    lang: 'en',
    pattern: '(?:gave|give|giving|given|used|using|use|need|needs|needed|administer|administered|spray|sprayed)\\s+(?:him|her|them|my\\s+\\w+|\\w+)?\\s*(?:some\\s+|the\\s+|a\\s+|another\\s+|second\\s+|more\\s+)?(?:dose\\s+of\\s+)?(?:narcan|narcain|narcon|naloxone|nalaxone|naloxon)|(?:narcan|naloxone)\\s+(?:isnt|is not|not|didnt|did not|wasnt)\\s+(?:working|work|helping)',
    unlessClause: '(?:where (?:can|do|to|is)|buy|prescription|carry|pharmacy|cost|price|training|class|kit)',
  },
  {
    kind: 'overdose',
    lang: 'en',
    pattern: '(?:call|calling|called|dial|dialed|dialing)\\s+(?:911|nine one one|an ambulance|ambulance|the ambulance|paramedics|emts?|poison control|poison help)|(?:need|send|get|calling)\\s+(?:an\\s+)?ambulance|(?:its|this is|having)\\s+an?\\s+(?:medical\\s+)?emergency|medical emergency|(?:^|help\\s+|call\\s+)911(?=\\s*(?:$|[.,]|please|pls|now|help))',
    notAfter: '(?:meeting|contact|room|number|fund|kit|plan|exit|brake|services|department|dept|visit)',
  },
  {
    kind: 'overdose',
    lang: 'en',
    pattern: '(?:' + PERSON + '\\s+(?:\\w+\\s+)?(?:is|s|are)|hes|shes|theyre)\\s+dying(?=\\s*(?:$|[.,]|right now|help|please|pls|what do|i think|and))|(?:not|isnt|is not|non)\\s?responsive',
  },
  {
    kind: 'overdose',
    lang: 'en',
    pattern: '(?:feel|feels|feeling|think|thinking|scared|afraid)\\s+(?:like\\s+)?(?:im|i am|hes|shes|he is|she is|theyre|they are)\\s+(?:dying|going to die|about to die|dead)|(?:is|are)\\s+(?:he|she|they)\\s+dead|(?:i think|i thought)\\s+(?:hes|shes|he is|she is|theyre)\\s+dead',
    notAfter: '(?:of|from)\\s+(?:laughter|laughing|embarrassment|boredom|cringe|hunger|thirst)|laughing|inside|to me',
  },
  {
    kind: 'overdose',
    lang: 'en',
    pattern: '(?:swallowed|drank|drink|ate|took)\\s+(?:some\\s+)?(?:bleach|antifreeze|poison|rat poison|drain cleaner|lighter fluid|pesticide)|(?:been|was|got|think i was|think im)\\s+poisoned',
  },

  // Found after using: "passed out with a needle still in his arm", "slumped over with a syringe next to her".
  {
    kind: 'overdose',
    lang: 'en',
    pattern:
      '(?:needle|syringe|rig)\\s+(?:still\\s+)?(?:in|stuck in|sticking out of|hanging out of|hanging from)\\s+(?:his|her|their|my|the)\\s+(?:arm|arms|leg|neck|hand|foot|vein|groin)' +
      '|(?:passed out|slumped|slumped over|collapsed|unconscious|nodding out|nodded out|nodding off|out cold|on the floor|blue)\\s+(?:[\\w,]+\\s+){0,4}?(?:with|next to|beside|holding)\\s+(?:a|the|his|her|their)\\s+(?:needle|syringe|rig|spoon|pipe|foil)',
    unlessClause: OD_NOT_NOW + '|blood (?:work|test|draw)|nurse|doctor|vaccine|flu shot|tattoo|acupuncture|lab\\b',
  },

  // ---- Overdose and medical emergencies (Spanish) ----
  {
    kind: 'overdose',
    lang: 'es',
    pattern: 'sobre\\s?dosis',
    notBefore:
      '(?:miedo|evitar|prevenir|riesgo|preocupa|preocupad[oa])(?:\\s+\\w+){0,6}' +
      // The topic of a documentary, a talk or a class: "vimos un documental sobre sobredosis".
      '|(?:documental|documentales|pelicula|charla|platica|taller|clase|curso|articulo|libro|video|informacion|hablar|hablamos|hablaron|aprender|aprendimos|leer|lei|ensenar|ensenaron|explicaron|explico)\\s+(?:\\w+\\s+){0,3}?(?:sobre|acerca de|del tema de|de)(?:\\s+(?:la|las|una|el|los))?',
    unlessClause: OD_NOT_NOW_ES + '|' + OD_SOMEDAY_ES,
  },
  { kind: 'overdose', lang: 'es', pattern: '(?:no|ya no|casi no|apenas)\\s+(?:esta\\s+)?respira(?:ndo)?|dejo de respirar|no puede respirar|no puedo respirar|le cuesta respirar|respira\\s+(?:muy\\s+)?(?:poco|lento|despacio|raro|mal)' },
  {
    kind: 'overdose',
    lang: 'es',
    pattern: '(?:no|ya no)\\s+(?:se\\s+)?(?:despierta|reacciona|responde|se mueve)|no\\s+(?:lo|la|los|las)\\s+(?:puedo|podemos)\\s+despertar|no\\s+(?:puedo|podemos)\\s+despertarl[oa]s?',
    notAfter: '(?:temprano|a tiempo|los mensajes|mis mensajes|el telefono|al telefono)',
  },
  // The body in danger now (Spanish): chest pain, a racing heart after stimulants, withdrawal
  // delirium ("está viendo bichos y temblando, lleva 3 días sin tomar"). Questions are for the topic.
  {
    kind: 'overdose',
    lang: 'es',
    pattern:
      '(?:me|le)\\s+duele\\s+(?:mucho\\s+|muchisimo\\s+|bien\\s+|fuerte\\s+)?el\\s+pecho|(?:dolor|presion|opresion|ardor)\\s+(?:muy\\s+)?(?:fuerte\\s+)?(?:en el|de|del)\\s+pecho|el pecho me (?:duele|aprieta|arde|quema)|me aprieta el pecho' +
      '|corazon\\s+(?:me\\s+|le\\s+)?(?:late|va|esta latiendo|palpita|esta)\\s+(?:muy\\s+|super\\s+|bien\\s+|demasiado\\s+)?(?:rapido|fuerte|acelerado|a mil)\\s+(?:[\\w,]+\\s+){0,4}?(?:despues de|por|desde que)\\s+(?:\\w+\\s+){0,2}?(?:coca|cocaina|crack|cristal|meth|metanfetamina|perico|piedra|tachas|speed|anfetaminas|drogas|pastillas)' +
      '|(?:viendo|veo|ve|ven|mira|miro|oye|oigo|oyendo|escucha|escucho|escuchando|siente|siento|sintiendo)\\s+(?:\\w+\\s+){0,2}?(?:bichos|insectos|aranas|aranitas|culebras|serpientes|viboras|ratas|ratones|hormigas|gusanos|cucarachas|animales|(?:cosas|gente|personas|voces)\\s+que no (?:hay|esta|estan|existe|existen|son reales))' +
      '|(?:bichos|insectos|aranas|hormigas|gusanos)\\s+(?:caminando|subiendo|corriendo|por todo|en (?:la|las|su|mi)\\s+(?:pared|paredes|piel|cuerpo|cama|techo))' +
      '|(?:tiene|tengo|le dio|le esta dando|me esta dando|con|esta en|entro en|entrando en)\\s+(?:un\\s+|el\\s+)?(?:delirium(?:\\s+tremens)?|dt)\\b' +
      '|(?:alucinando|alucina|delirando|delira|desorientad[oa]|no sabe donde esta|no me reconoce|viendo cosas|oyendo cosas|escuchando voces|oye voces)\\s+(?:[\\w,]+\\s+){0,10}?(?:sin (?:tomar|beber|alcohol)|dej(?:o|e|amos) de (?:tomar|beber)|desde que dej(?:o|e))' +
      '|(?:sin (?:tomar|beber|alcohol)|dej(?:o|e) de (?:tomar|beber)|desde que dej(?:o|e) (?:de\\s+)?(?:tomar|beber|el alcohol|la bebida))\\s+(?:[\\w,]+\\s+){0,10}?(?:alucinando|alucina|delirando|delira|desorientad[oa]|no sabe donde esta|no me reconoce|viendo cosas|oyendo cosas|escuchando voces|oye voces)' +
      '|(?:temblando|tiembla|temblores|sudando)\\s+(?:[\\w,]+\\s+){0,4}?(?:alucinando|viendo cosas|delirando)|(?:alucinando|viendo cosas|delirando)\\s+(?:[\\w,]+\\s+){0,4}?(?:temblando|tiembla|temblores|sudando)',
    notAfter:
      'de\\s+(?:tanto\\s+)?(?:toser|llorar|reir|tristeza|pena|la tos|ansiedad|nervios)|por\\s+(?:la tos|el gimnasio|el ejercicio|toser|llorar|la ansiedad|los nervios)|cuando (?:toso|me rio|pienso)|en (?:la|el|mi)\\s+(?:cocina|jardin|patio|calle|tele|television|pelicula)',
    unlessClause: OD_NOT_NOW_ES + '|' + SYMPTOM_QUESTION_ES,
    unlessClauseExcept: SYMPTOM_NOW_ES,
  },
  { kind: 'overdose', lang: 'es', pattern: 'inconsciente|perdio el conocimiento|perdio la conciencia|(?:esta|se)\\s+desmay(?:o|ado|ada)\\s+y\\s+no' },
  { kind: 'overdose', lang: 'es', pattern: 'labios\\s+(?:\\w+\\s+)?(?:morados|azules|grises)|se\\s+(?:esta\\s+)?(?:puso|poniendo|pone)\\s+(?:morad[oa]|azul)' },
  { kind: 'overdose', lang: 'es', pattern: 'convulsion(?:es|ando|a)?|convulsiona|esta convulsionando|espuma\\s+(?:por|en)\\s+la\\s+boca|no tiene pulso|paro (?:cardiaco|respiratorio)|le dio un paro(?=\\s*(?:$|[.,]|al corazon))|(?:se desmayo|esta desmayad[oa])\\s+(?:despues de|por|con)\\s+(?:\\w+\\s+)?(?:tomar|usar|inyectarse|meterse|las pastillas|la droga|' + DRUG_ES + ')|intoxicacion (?:por alcohol|alcoholica|etilica)' },
  {
    kind: 'overdose',
    lang: 'es',
    pattern:
      '(?:me tome|tome|trague|me trague|se tomo|se trago|he tomado|ha tomado|me he tomado|se ha tomado|acabo de tomar(?:me)?|me acabo de tomar|se acaba de tomar)\\s+(?:tod[oa]s\\s+(?:las|mis|sus|los)|todo el|demasiad[oa]s|much[oa]s|un\\s+(?:frasco|bote|monton|punado|chingo)|una\\s+(?:caja|botella|tira)|como\\s+(?:\\d+|diez|veinte|treinta)|mas de|(?:[1-9]\\d+|diez|quince|veinte|treinta|cuarenta|cincuenta|cien))\\s+(?:\\w+\\s+){0,2}?' +
      DRUG_ES,
    unlessClause: OD_NOT_NOW_ES,
  },
  {
    kind: 'overdose',
    lang: 'es',
    // "tomo" is both "I take" and "he took" once accents are gone: only amounts no one takes daily.
    pattern: 'tomo\\s+(?:demasiad[oa]s|un\\s+(?:frasco|bote|monton|punado)|una\\s+(?:caja|botella)|todas\\s+sus|(?:[1-9]\\d+|veinte|treinta|cuarenta|cincuenta|cien))\\s+(?:\\w+\\s+){0,2}?' + DRUG_ES,
    unlessClause: OD_NOT_NOW_ES,
  },
  { kind: 'overdose', lang: 'es', pattern: '(?:mezcle|mezclo|mezclando|tome|tomo|con)\\s+(?:\\w+\\s+)?' + DRUG_ES + '\\s+(?:con|y)\\s+(?:\\w+\\s+)?(?:alcohol|cerveza|vino|tequila|licor|tragos?|vodka|ron|mezcal)', unlessClause: OD_NOT_NOW_ES + '|(?:es seguro|se puede|puedo|que pasa si)' },
  { kind: 'overdose', lang: 'es', pattern: '(?:me meti|se metio|consumi|consumio|use|uso|tome|se tomo|me tome|se inyecto|me inyecte|fume)\\s+(?:demasiad[oa]|mucho|mucha)\\s+(?:\\w+\\s+)?(?:fentanilo|heroina|cocaina|coca|cristal|metanfetamina|droga|drogas|' + DRUG_ES + ')' },
  { kind: 'overdose', lang: 'es', pattern: '(?:llama|llamen|llamar|llame|llamo)\\s+(?:al|a una|a la|a)\\s+(?:911|ambulancia|emergencias|paramedicos)|necesito una ambulancia|es una emergencia|emergencia medica' },
  { kind: 'overdose', lang: 'es', pattern: '(?:le di|le puse|le pusimos|le dimos|darle|ponerle|necesito|necesitamos|use)\\s+(?:\\w+\\s+)?(?:naloxona|narcan)' },
  { kind: 'overdose', lang: 'es', pattern: 'me estoy muriendo|creo que me muero|se esta muriendo|creo que se murio|creo que esta muert[oa]', notAfter: 'de\\s+(?:la\\s+)?(?:risa|hambre|calor|frio|sueno|verguenza|ganas|aburrimiento|amor|nervios|emocion)' },
  { kind: 'overdose', lang: 'es', pattern: '(?:tome|trague|se tomo|se trago|bebi|bebio)\\s+(?:\\w+\\s+)?(?:cloro|veneno|lejia|raticida|anticongelante)|(?:me|lo|la)\\s+envenen(?:e|o|aron)|estoy envenenad[oa]' },

  // "Se metió un montón de fenta y está morado": a big amount used, or the body turning blue or purple.
  {
    kind: 'overdose',
    lang: 'es',
    pattern:
      '(?:me meti|se metio|nos metimos|se metieron|consumi|consumio|use|uso|se inyecto|me inyecte|fume|se fumo|se tomo|me tome|inhalo|se esnifo)\\s+(?:un monton|un chingo|un buen|una bestialidad|un chorro|una barbaridad|un putero|una madrina|bastante|un montonal|una cantidad)\\s+de\\s+(?:\\w+\\s+)?(?:fenta|fentanilo|heroina|chiva|cocaina|coca|perico|cristal|meth|metanfetamina|droga|drogas|pastillas|piedra|tachas|' + DRUG_ES + ')' +
      '|(?:esta|se ve|se quedo|quedo|se puso|se esta poniendo|se pone|se volvio|esta poniendose)\\s+(?:todo\\s+|toda\\s+|bien\\s+|muy\\s+|medio\\s+)?(?:morad[oa]|azul|gris)(?![a-z])',
    notAfter: 'de (?:frio|risa|coraje|verguenza|rabia)',
    // A bruise, a black eye, the sky, clothes or a colour are not a body turning blue.
    unlessClause: '(?:brazo|pierna|ojo|rodilla|dedo|unas|moreton|golpe|cielo|mar|agua|pared|vestido|camisa|ropa|pantalon|zapatos?|pelo|cabello|carro|coche|casa|cuarto|flor|uva|pintad[oa]|equipo|letra)',
  },

  // ---- Suicide (English) ----
  {
    kind: 'suicide',
    lang: 'en',
    pattern: '(?:kill|kil|kll|killing|kiling|killed|kills|murder|murdering|off|offing|top|topping|end|ending|unalive|unaliving|delete|deleting|hang|hanging|drown|drowning|poison|poisoning|suffocate|suffocating|shoot|shooting|electrocute)\\s+' + SELF,
    notBefore: NEG_EN,
    notAfter: 'in (?:the foot|work|my work)|with (?:work|worry)|laughing|over (?:this|that|it)',
    unlessClause: SUICIDE_PAST,
    unlessClauseExcept: STILL_NOW,
  },
  // Someone else in danger, told by a friend or relative.
  {
    kind: 'suicide',
    lang: 'en',
    pattern: '(?:kill|killing|killed|kills|off|offing|end|ending|unalive|unaliving|hang|hanging|shoot|shooting)\\s+(?:himself|herself|themselves|themself)',
    notBefore: NEG_EN,
    // "My husband is killing himself with alcohol": a family member's worry, not an emergency.
    notAfter:
      '(?:slowly|(?:slowly\\s+)?(?:with|by)\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?(?:drinking|alcohol|booze|drugs|pills|heroin|meth|coke|cocaine|using|beer|vodka|addiction)|if (?:he|she|they) (?:keeps?|continues?|doesnt|does not|dont|do not))',
  },
  {
    kind: 'self-harm',
    lang: 'en',
    pattern: '(?:hurt|hurting|harm|harming|harmed|cut|cutting|burn|burning|burned|burnt)\\s+(?:himself|herself|themselves|themself)',
    notBefore: NEG_EN,
    unlessClause: '(?:fell (?:off|over|from|of|down|and|on)|falling|a fall|slipped|gym|working out|workout|lifting|playing|accident|accidentally|by accident|shaving|cooking|chopping|kitchen|tripped|running|skating|hiking|sports?)',
  },
  { kind: 'suicide', lang: 'en', pattern: 'kms', notBefore: '(?:\\d+|few|many|several|couple|some|the|\\d+\\s+or\\s+\\d+)' },
  { kind: 'suicide', lang: 'en', pattern: 'kys', notBefore: '(?:you|yall|go|pls|please|plz)(?:\\s+\\w+)?' },
  // Any form of the word, misspelt or not: suicide, sucide, suicde, suiside, suicidal, sucidal...
  {
    kind: 'suicide',
    lang: 'es',
    pattern: 's(?:ui|iu|u)(?:c|s)(?:i)?(?:c|s)?(?:i)?d(?:io|ios|o|a|as|an|aron|ar|arme|arse|arte|arnos|ado|ada|ando|andome|aria|are)',
    notBefore: NEG_ES + '|' + NEG_EN + '|' + DENIED_SI,
    unlessClause: ASKED_AND_SAID_NO,
  },
  {
    kind: 'suicide',
    lang: 'en',
    pattern: SUICIDE_WORD + '|sewer\\s?slide|self\\s?delet(?:e|ing)',
    notBefore: NEG_EN + '|' + DENIED_SI,
    unlessClause: SUICIDE_PAST + '|' + ASKED_AND_SAID_NO,
    unlessClauseExcept: STILL_NOW,
  },
  {
    kind: 'suicide',
    lang: 'en',
    pattern: '(?:want|wants|wanted|wanting|wish|wishing|ready|need|needs|deserve|deserves|would like|id like|id rather|would rather|rather|going to just|gonna just|i should just|should just|might as well|may as well|i just want to)\\s+(?:to\\s+)?(?:just\\s+)?die',
    notBefore: NEG_EN + '|nobody|no one|heart and',
    notAfter: '(?:of|from|with)\\s+(?:laughter|laughing|embarrassment|boredom|cuteness|happiness|joy|old age|cringe)|laughing|sober|clean|old|happy|for (?:my|a|the|our|his|her|what|something|someone|love|jesus|god|country)|someday|one day|at home|in peace someday|than|then',
    // The wish told in the past tense, as past: "used to want to die every day when I was
    // drinking, 18 months sober now". "I want to die, my wife left me years ago" is present.
    unlessClause: WISH_PAST_EN,
    unlessClauseExcept: STILL_NOW,
  },
  {
    kind: 'suicide',
    lang: 'en',
    pattern: '(?:feel|feeling|felt)\\s+like\\s+dying',
    // Withdrawal and hangovers make people feel that way in the body; 911-worthy signs are caught by the overdose rules.
    unlessClause: '(?:withdrawal|withdrawals|withdrawing|detox|detoxing|hangover|hungover|the flu)',
  },
  { kind: 'suicide', lang: 'en', pattern: 'hope\\s+(?:that\\s+)?i\\s+(?:die|dont wake up|never wake up|get hit by|crash)|(?:thinking|thought|think)\\s+(?:about|of)\\s+(?:dying|death a lot|ending it|ending my life|not being (?:here|alive|around)|not existing|not waking up)' },
  {
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:want|wanna|wish|rather|id rather|should|deserve)\\s+(?:to\\s+)?(?:just\\s+)?be\\s+dead|better off dead|wish\\s+(?:that\\s+)?i\\s+(?:was|were|could be|would be|could just be|was just)\\s+dead|wish\\s+(?:that\\s+)?i\\s+(?:was|were)\\s+never\\s+born|wish\\s+(?:that\\s+)?i\\s+(?:wasnt|werent|was not)\\s+(?:alive|here|born|around)|wish\\s+(?:that\\s+)?i\\s+(?:didnt|did not|could stop)\\s+exist|wish\\s+(?:that\\s+)?i\\s+(?:could|would)\\s+(?:just\\s+)?(?:disappear|vanish|sleep forever|not wake up|never wake up|die|stop existing)|(?:should|shouldve|should have)\\s+died|shouldnt be alive|(?:dont|do not)\\s+deserve to (?:live|be alive|exist)',
    notAfter: 'than|then',
    unlessClause: WISH_PAST_EN,
    unlessClauseExcept: STILL_NOW,
  },
  {
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:dont|do not|no longer|dont really|never)\\s+(?:want|wanna|wish)\\s+to\\s+(?:be\\s+)?(?:alive|exist|live)|(?:dont|do not)\\s+want\\s+to\\s+(?:be here|be around)\\s+(?:anymore|any more|no more|much longer)|(?:dont|do not)\\s+want\\s+to\\s+wake\\s+up(?=\\s*(?:$|[.,]|again|anymore|any more|ever|tomorrow))|(?:want|wanna)\\s+to\\s+(?:stop existing|not exist|not be alive|not be here|sleep forever|go to sleep forever|sleep and never wake up|disappear forever|disappear for good|vanish forever)|sleep forever|never wake up again|(?:go to sleep|fall asleep) and (?:never|not) wake up',
    notAfter: '(?:with|in|near|at|there|here|alone|together|by|on|close|next|far|under)\\b',
  },
  {
    kind: 'suicide',
    lang: 'en',
    pattern:
      'no reason (?:for me\\s+)?to (?:live|go on|keep going|be alive|stay alive|keep living)|nothing (?:left )?to live for|no point (?:in |of )?(?:living|life|going on|carrying on|being alive|staying alive|existing|anything anymore)|(?:dont|cant|do not)\\s+see\\s+(?:the\\s+|any\\s+)?point\\s+(?:in|of)\\s+(?:living|life|going on|being alive|carrying on|staying alive|existing|anything|it all|trying anymore|waking up)|(?:dont|cant|do not)\\s+see\\s+(?:the\\s+|any\\s+)?point\\s+(?:anymore|any more)|whats the point (?:of|in) (?:living|life|going on|being alive|anything|it all|trying)|whats (?:even\\s+)?the point(?=\\s*(?:$|[.,]|anymore|any more|of anything|of it all))|(?:life|living)\\s+(?:is not|isnt|aint|is no longer|not)\\s+worth\\s+(?:living|it)|not worth living|why (?:should i|do i even|even|would i|bother to)\\s+(?:live|keep living|bother living|stay alive|go on)|(?:tired|sick|exhausted)\\s+of\\s+(?:living|being alive|life|existing|being here)|done with (?:life|living|everything|it all)|(?:give|giving) up on (?:life|living|everything)|gave up on (?:life|living)',
  },
  {
    kind: 'suicide',
    lang: 'en',
    pattern:
      CANT + '\\s+(?:go on|keep going|carry on)(?=\\s*(?:$|[.,]|anymore|any more|no more|like this|living|with (?:life|this|it)))|' +
      CANT + '\\s+take\\s+(?:it|this|life|living|the pain|this pain)(?=\\s*(?:$|[.,]|anymore|any more|no more|much longer))|' +
      CANT + '\\s+(?:handle|bear|stand|do)\\s+(?:it|this|life|living|the pain|this pain)\\s+(?:anymore|any more|no more|much longer)|' +
      CANT + '\\s+live\\s+(?:like this|with this|anymore|any more)',
  },
  {
    kind: 'suicide',
    lang: 'en',
    pattern:
      'end it all|ending it all|(?:end|ending) (?:my|this|my own|this miserable|my miserable)\\s+(?:life|existence|suffering)|(?:want|going|ready|plan|planning|thinking about|thinking of|decided|about|time|need|like)\\s+(?:to\\s+)?(?:end|ending)\\s+(?:it|things|everything)(?!\\s+with)|end it (?:tonight|today|now|soon)|take my (?:own\\s+)?life|taking my (?:own\\s+)?life|(?:want|ready|going)\\s+(?:to\\s+)?(?:it all|everything|the pain|this pain|my life)\\s+to\\s+(?:end|stop|be over)|want (?:it all|everything|the pain|this pain|my life) to (?:end|stop|be over)',
    notBefore: NEG_EN,
    notAfter: 'back|in (?:a|another|the)|to (?:a|the|another)|seriously|one day|day by day|with (?:him|her|them|my)|relationship|friendship|marriage',
  },
  // Wanting life over, using until death, taking something so as not to wake up:
  // "I hate my life and want it to be over", "I'm going to drink until I die",
  // "shooting up all my dope tonight so I don't wake up".
  {
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:want|wish|need|ready for|waiting for|praying for)\\s+(?:my life|it all|all of it|everything|this life|my existence)\\s+to\\s+(?:be over|end|stop|be done|finish)' +
      '|(?:want|wish|need)\\s+(?:it|this|the pain|this pain)\\s+(?:all\\s+)?to\\s+(?:be over|end|stop)\\s+(?:forever|for good|permanently)' +
      '|(?:hate|hating|sick of|tired of|done with|cant stand|cant take)\\s+(?:my life|living|myself|being alive|everything|life|this life|it all)\\s+(?:,\\s+)?(?:\\w+\\s+){0,3}?(?:want|wish|need)\\s+(?:it|this|everything|it all)\\s+(?:all\\s+)?to\\s+(?:be over|end|stop|be done)' +
      '|wish\\s+(?:my life|it all|everything|life)\\s+(?:was|were|would be|could be)\\s+(?:all\\s+)?over' +
      // (not after "at night / before bed": "I take my meds before bed so I don't wake up" is a sleep habit)
      '|(?:' + DRUG + '|all|enough|everything|bottle|tonight|it all|too much|too many|dose|shot)\\s+(?:\\w+\\s+){0,3}?(?<!\\b(?:night|bed|bedtime|nap)\\s)so (?:that\\s+)?i (?:dont|do not|wont|will not|never|wouldnt|would not|cant|can not) (?:ever\\s+)?wake (?:up|back up)(?=\\s*(?:$|[.,]|again|ever|anymore|any more|tomorrow|this time|forever|for good))' +
      '|so (?:that\\s+)?i (?:never|will never|wont ever|dont ever) wake up(?=\\s*(?:$|[.,]|again|ever|anymore|any more|forever|for good))' +
      '|(?:drink|drinking|use|using|shoot|shooting|shoot up|shooting up|snort|snorting|smoke|smoking|party|partying|take|taking|pop|popping)\\s+(?:\\w+\\s+){0,3}?(?:until|till|til)\\s+(?:i\\s+(?:die|am dead|drop dead|stop breathing|dont wake up|never wake up)|im dead)' +
      '|(?:drink|drinking|use|using)\\s+(?:myself\\s+)?into\\s+(?:an early|the|my)\\s+grave',
    notBefore: NEG_EN,
  },
  {
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:be\\s+)?(?:better|happier|easier)\\s+(?:off\\s+)?without\\s+me|(?:easier|better|happier)\\s+(?:for (?:everyone|everybody|them|my family|my kids)\\s+)?if i (?:was|were|wasnt|werent|died|was gone|were gone|wasnt here|wasnt around|disappeared|was dead|were dead|didnt exist)|better off if i (?:was|were|wasnt|werent|died|was gone|were gone|was dead|were dead|wasnt here|wasnt around|wasnt alive)|(?:no one|nobody)\\s+(?:would|will|is going to|going to)\\s+(?:even\\s+)?(?:miss me|care if i (?:died|die|was gone|were gone|disappeared|disappear|killed myself|was dead)|notice if i (?:died|was gone|were gone|disappeared|was dead))|(?:im|i am|i feel like|feel like)\\s+(?:such\\s+|just\\s+|only\\s+|nothing but\\s+)?a\\s+burden|(?:im|i am)\\s+(?:such\\s+|just\\s+)?a\\s+waste of (?:space|air|life)',
  },
  {
    kind: 'suicide',
    lang: 'en',
    pattern:
      'goodbye forever|goodbye (?:cruel )?world|this is (?:my\\s+)?goodbye|(?:final|last) goodbye|my goodbyes|(?:suicide|goodbye) (?:note|letter)|by the time you (?:read|see|get) this|(?:wont|will not|not going to|not gonna)\\s+be\\s+(?:here|around|alive)\\s+(?:tomorrow|much longer|for much longer|for long|anymore|any more|by tomorrow|by morning|next week)|saying goodbye to (?:everyone|everybody|you all|the world|my (?:family|kids))',
    notAfter: 'to (?:alcohol|drinking|drugs|booze|using|my old|the old|weed|pills)',
  },
  {
    kind: 'suicide',
    lang: 'en',
    pattern:
      'un\\s?aliv(?:e|ing|ed)|(?:tied|tie|tying|made|make|making|hung|hang|hanging|bought|built|rigged)\\s+(?:up\\s+)?(?:a|the|my)\\s+noose|noose\\s+(?:around|round)\\s+(?:my|his|her|their)\\s+neck|noose\\s+(?:is\\s+)?(?:ready|tied|up)(?=\\s*(?:$|[.,]|and|in|for))|(?:have|got)\\s+(?:a|the|my)\\s+noose(?=\\s*(?:$|[.,]|ready|tied|up|hanging|in my|around))|(?:use|using|turn|turning)\\s+(?:it|the gun|a gun|my gun|the knife|a knife)\\s+on\\s+myself|dark thoughts|no way out|(?:no one|nobody) cares if i (?:live|die|lived|died)|(?:want to|wish i could)\\s+(?:just\\s+)?disappear(?=\\s*(?:$|[.,]|forever|for good|and never))|(?:edge|ledge) of (?:a|the) (?:bridge|roof|building|cliff)|goodbye (?:letters?|notes?)(?!\\s+(?:to|for)\\s+(?:alcohol|drinking|drugs|booze|using|my old|the old|weed|pills|the bottle|my addiction))|(?:letters?|notes?)\\s+(?:\\w+\\s+){0,4}?saying goodbye|(?:giving|gave|give) away (?:all )?my (?:stuff|things|belongings|possessions)|(?:dont|cant|do not)\\s+see\\s+(?:any|a|the)\\s+reason to (?:live|keep going|go on|keep living|be alive|stay alive)|' + CANT + '\\s+live with myself|standing on (?:a|the) (?:bridge|ledge|roof|edge)|(?:not going to|wont|will not)\\s+make it (?:through the night|through tonight|til tomorrow|until tomorrow|to tomorrow|to morning)|(?:want to|going to|about to|ready to|gonna)\\s+jump(?=\\s*(?:$|[.,]|off|from|in front))|(?:drive|driving|crash|crashing|wreck|wrecking)\\s+(?:my car\\s+)?(?:off (?:a|the) (?:cliff|bridge|road)|into (?:a|the) (?:wall|tree|truck|river)|on purpose)|crash my car|jump(?:ing)?\\s+off\\s+(?:a|the|this|that)\\s+(?:bridge|building|roof|cliff|balcony|overpass|parking garage)|(?:jump|step|walk)(?:ing)?\\s+in front of\\s+(?:a|the)\\s+(?:train|car|bus|truck)|slit\\s+my\\s+(?:wrists?|throat)|cut\\s+my\\s+wrists?|(?:i|im|to|going to|want to|gonna)\\s+(?:put|hold|put|putting|holding)\\s+(?:a|the|my)\\s+(?:gun|pistol|knife)\\s+(?:to|against)\\s+my\\s+(?:head|throat|chest|temple)|blow my brains out|drink(?:ing)? myself to death|(?:use|using) myself to death|(?:buy|bought|got|get)\\s+a\\s+(?:gun|rope)\\s+to\\s+(?:end|kill)',
  },

  // A goodbye message and then no answer: "my son texted me goodbye and i love you and now he won't pick up".
  {
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:(?:texted|sent|messaged|wrote|left|posted|called|emailed|dmd|snapped)\\s+(?:me\\s+|us\\s+|everyone\\s+|his\\s+\\w+\\s+|her\\s+\\w+\\s+)?(?:to say\\s+)?(?:a\\s+|this\\s+|some\\s+)?(?:weird\\s+|strange\\s+)?good\\s?bye|(?:got|received|get|found)\\s+(?:a|this|his|her|their)\\s+(?:weird\\s+|strange\\s+)?(?:good\\s?bye|farewell)\\s+(?:text|message|note|letter|post|voicemail|call|email))' +
      '(?=[^.]{0,150}\\b(?:(?:wont|isnt|is not|not|doesnt|does not|stopped|cant|can not|no longer)\\s+(?:\\w+\\s+)?(?:answer|answering|pick|picking|respond|responding|reply|replying|reachable|texting back|calling back|reach|get)|no answer|no response|phone (?:is\\s+)?(?:off|dead)|voicemail|love you|forever|for good|sorry for everything|take care of))' +
      // ...or the silence told first: "he won't answer his phone and he texted me goodbye".
      '|(?:wont|isnt|is not|not|doesnt|stopped|cant)\\s+(?:\\w+\\s+)?(?:answer|answering|pick up|picking up|respond|responding|reply|replying)\\s+(?:[\\w,]+\\s+){0,10}?(?:texted|sent|messaged|wrote|left|posted|said)\\s+(?:me\\s+|us\\s+)?(?:a\\s+)?good\\s?bye',
    notBefore: NEG_EN,
    notAfter: '(?:\\w+\\s+)?to (?:alcohol|drinking|drugs|booze|using|my old|the old|weed|pills|the bottle)',
  },
  // Shut in with the means: "my girlfriend locked herself in the bathroom with a razor blade".
  {
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:locked|barricaded|shut)\\s+(?:himself|herself|themselves|themself|myself)\\s+in\\s+(?:\\w+\\s+){0,3}?(?:with|and (?:has|took|grabbed|got|is holding))\\s+(?:a\\s+|the\\s+|his\\s+|her\\s+|my\\s+|their\\s+|some\\s+)?(?:\\w+\\s+){0,3}?(?:razor|razors|blade|blades|knife|knives|gun|pistol|rifle|shotgun|rope|cord|belt|pills|meds|xanax|bottle of \\w+|(?:car|engine) running)',
  },
  // Clinical shorthand (Teams): "my patient just disclosed active SI with a plan", "pt endorses
  // passive SI", "positive for SI". Not "denies SI", "no active SI", "negative for SI".
  {
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:(?:active|passive|current|acute|ongoing|recent|worsening|new|chronic|endorses|endorsed|endorsing|endorse|reports|reported|reporting|disclosed|discloses|disclosing|expressed|expresses|expressing|admits|admitted|admitting|positive for|presenting with|presents with|with|has|having|c o)\\s+(?:passive\\s+|active\\s+|current\\s+|ongoing\\s+|recent\\s+|some\\s+|acute\\s+|chronic\\s+)?(?:and\\s+(?:passive|active)\\s+)?si(?:\\s+(?:and|or|,)\\s+hi)?(?![a-z])|si\\s+(?:with|w)\\s+(?:a\\s+|specific\\s+|a specific\\s+)?(?:plan|intent|means))(?!\\s+joint)',
    notBefore: '(?:denies|denied|denying|deny|no|not|without|negative for|ruled out|rule out|r o|screen for|screening for|assess for|assessing for|asked about)(?:\\s+\\w+)?|si\\s+(?:or|and|,)',
  },
  // The means bought or rigged: "i bought the rope today", "tied a belt to the closet rod".
  {
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:bought|buy|buying|got|have|found|tied|made|picked up|ordered)\\s+(?:the|a|my|some|enough)\\s+(?:rope|cord)(?=\\s*(?:$|[.,]|today|tonight|yesterday|ready|already|and|for me|its ready))' +
      '|(?:tied|tying|tie|hung|hanging|hang|rigged|looped)\\s+(?:a|the|my|his|her)\\s+(?:rope|belt|cord|sheet|extension cord|dog leash)\\s+(?:to|from|around|over)\\s+(?:the|a|my|his|her)\\s+(?:beam|rafter|rafters|ceiling|ceiling fan|fan|closet rod|closet|door|doorknob|banister|railing|pipe|hook|stairs)',
    notBefore: NEG_EN,
    notAfter: ORDINARY_USE,
    unlessClause: ROPE_ORDINARY,
  },
  // Asking for the easiest way: "what's the most painless way to die", "quickest way to end it".
  {
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:painless|painlessly|least painful|less painful|easiest|easy|easier|quickest|quick|quicker|fastest|fast|faster|surest|quietest|peaceful|peacefully|gentlest|cleanest|simplest|best|most effective|most reliable)\\s+(?:way|ways|method|methods|means|option|options)\\s+(?:to\\s+|of\\s+)?(?:die|dying|kill myself|killing myself|end it|end it all|end my life|ending my life|commit suicide|not wake up|never wake up|overdose|hang myself|go to sleep forever)' +
      '|(?:how|way|ways)\\s+(?:\\w+\\s+){0,3}?(?:die|kill myself|end my life|end it|overdose)\\s+(?:painlessly|peacefully|quickly|without (?:pain|it hurting|feeling it))',
  },
  // Driving to die: "been drinking since 8am and i want to drive off the overpass", "drive into oncoming traffic".
  {
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:drive|driving|crash|crashing|wreck|wrecking|steer|steering|swerve|swerving|ram|ramming|floor it|speed|speeding)\\s+(?:my car\\s+|the car\\s+|my truck\\s+|it\\s+)?(?:right\\s+|straight\\s+)?(?:off|of)\\s+(?:a|the|an|this|that)\\s+(?:overpass|pier|dock|highway|freeway|parking garage|parking structure|ledge|embankment|overlook|cliff|bridge|mountain|quarry)' +
      '|(?:drive|driving|crash|crashing|wreck|wrecking|steer|steering|swerve|swerving|ram|ramming|plow|plowing|speed|speeding)\\s+(?:my car\\s+|the car\\s+|my truck\\s+|it\\s+)?(?:right\\s+|straight\\s+|head on\\s+)?into\\s+(?:a|the|an|some)?\\s*(?:pole|telephone pole|light pole|lamp post|semi|semi truck|eighteen wheeler|lake|ocean|river|oncoming traffic|pillar|bridge|overpass|guardrail|concrete|wall|tree|truck|train)',
    notBefore: NEG_EN,
    notAfter: '(?:at|onto|on to|exit|ramp|to get|to go|for (?:gas|food|coffee|a|the)|and (?:take|get|go|park|head)|stop|stops|lot|wash|yard|depot|station|dealership|district|town|city)\\b',
  },

  // ---- Suicide (Spanish) ----
  {
    kind: 'suicide',
    lang: 'es',
    pattern: '(?:me\\s+)?(?:quiero|quisiera|deseo|queria|ganas de)\\s+(?:morir(?:me)?|estar muert[oa]|dejar de existir|dejar de vivir|desaparecer para siempre|irme de este mundo|dormir para siempre)|me quiero ir de este mundo|ojala\\s+(?:estuviera muert[oa]|me muriera|me muera|no despertara|no existiera|nunca hubiera nacido|no hubiera nacido)',
    notBefore: NEG_ES,
    notAfter: 'de\\s+(?:la\\s+)?(?:risa|verguenza|pena|hambre|sueno|calor|frio|amor|ganas|aburrimiento|envidia|celos|nervios|la emocion)',
    // "Antes quería morirme todos los días, llevo un año sobrio" is past; "...y ahora otra vez" is not.
    unlessClause: WISH_PAST_ES,
    unlessClauseExcept: STILL_NOW_ES,
  },
  {
    kind: 'suicide',
    lang: 'es',
    pattern:
      '(?:quiero|voy a|pienso|pensando en|quisiera|ganas de|deseo|necesito|deberia|intente|intento|he pensado en|pense en|tratar de)\\s+(?:en\\s+)?(?:matarme|quitarme la vida|ahorcarme|colgarme|tirarme|aventarme|pegarme un tiro|dispararme|cortarme las venas|envenenarme|morirme)|me\\s+(?:quiero|voy a|pienso|quisiera)\\s+(?:matar|quitar la vida|ahorcar|colgar|pegar un tiro|disparar|cortar las venas|envenenar)',
    notBefore: NEG_ES,
    notAfter: 'a la (?:piscina|alberca)|al agua|en la cama|la bronca|a dormir|a descansar|un rato|en el sillon',
  },
  {
    kind: 'suicide',
    lang: 'es',
    pattern:
      '(?:quitarme|quitar)\\s+la\\s+vida|(?:acabar|terminar)\\s+con\\s+(?:mi vida|todo|mi existencia)|poner fin a mi vida|(?:no|ya no)\\s+quiero\\s+(?:seguir\\s+)?(?:vivir|viviendo|existir|estar viv[oa]|seguir aqui|despertar(?:\\s+(?:nunca|mas|manana))?(?=\\s*(?:$|[.,])))|no vale la pena (?:vivir|seguir)|la vida no vale la pena|no tengo\\s+(?:razones|razon|motivos|motivo|nada)\\s+(?:para|por (?:lo )?(?:que|cual))\\s+vivir|nada por (?:lo )?(?:que|cual) vivir|(?:estarian|estaria|estarias|estan|estaran|viven)\\s+mejor\\s+sin\\s+mi|mejor (?:estar )?muert[oa]|(?:ya\\s+)?no\\s+aguanto(?:\\s+mas)?(?=\\s*(?:$|[.,]|mas|esta vida|vivir|la vida|nada))|no aguanto mas|ya no puedo mas|no puedo mas(?=\\s*(?:$|[.,]))|no puedo seguir(?:\\s+(?:asi|viviendo|adelante|con esta vida))?(?=\\s*(?:$|[.,]))|(?:cansad[oa]|hart[oa])\\s+de\\s+(?:vivir|la vida|existir)|adios para siempre|esta es mi despedida|mi (?:ultima|ultimo) (?:despedida|adios)|nadie me (?:extranaria|va a extranar|extranara)|soy una carga|no (?:veo|tengo|encuentro)\\s+(?:ninguna\\s+)?razon(?:es)?\\s+para\\s+(?:seguir viviendo|vivir|seguir)|(?:plan|forma|manera)\\s+(?:para|de)\\s+(?:matarme|suicidarme|quitarme la vida)|(?:me\\s+)?(?:corte|cortaba|corto|cortare|cortarme|cortando)\\s+las\\s+(?:munecas|venas)|(?:no|ya no) tengo ganas de vivir|(?:no|ya no) le encuentro sentido a (?:la vida|vivir|nada)|pienso (?:mucho\\s+)?en (?:la muerte|morir|morirme)|mejor si me (?:muero|muriera)|cans[eo] de vivir|(?:ya\\s+)?no quiero seguir(?:\\s+(?:asi|viviendo|aqui|mas))?(?=\\s*(?:$|[.,]))|aventar(?:me)?\\s+(?:de|del|desde|por|al)\\s+(?:un|una|el|la)?\\s*(?:puente|edificio|ventana|balcon|techo|azotea|tren|metro|carro|camion|vacio)|dormir para siempre y no despertar|no le veo sentido a (?:la vida|vivir|nada|seguir)|(?:para que|por que) seguir viviendo|no tiene sentido (?:vivir|seguir viviendo)|tirar(?:me)?\\s+(?:de|del|desde|por|bajo|al)\\s+(?:un|una|el|la)?\\s*(?:puente|edificio|ventana|balcon|techo|azotea|tren|metro|carro|auto|coche|camion|piso|vacio)',
    notAfter: 'con (?:el|la|mi|mis|esto de|esta adiccion|el alcohol|las drogas|el vicio|la bebida)|en (?:esta|este|esa|ese|la|el|mi|casa)|aqui|alli|ahi|cerca|lejos|junt[oa]s?',
  },

  // Preparations and other ways of saying it: stockpiled pills, farewell letters, a rope or a gun
  // ready, "esta noche me mato", "quiero que todo se acabe", "me siento una carga", "para qué vivir",
  // "voy a tomar hasta morirme".
  {
    kind: 'suicide',
    lang: 'es',
    pattern:
      // (not hiding a relative's pills: "estoy guardando las pastillas de mi hijo bajo llave")
      '(?:guardando|juntando|acumulando|ahorrando|almacenando)\\s+(?:\\w+\\s+){0,2}?' + DRUG_ES + '(?!\\s+(?:(?:de|a)\\s+(?:mi|su|mis|sus)\\s+(?:hij[oa]s?|espos[oa]|pareja|papa|mama|herman[oa]|abuel[oa]|padres)|bajo llave|en un lugar seguro|en el botiquin|para que no (?:las|los)))' +
      '|(?:guarde|junte|acumule|he guardado|he juntado|he acumulado|tengo (?:guardadas|juntadas|acumuladas|ahorradas|escondidas))\\s+(?:\\w+\\s+){0,2}?' + DRUG_ES + '\\s+(?:para\\s+(?:cuando|el dia|matarme|morir|no despertar|acabar|terminar)|suficientes)' +
      '|suficientes\\s+' + DRUG_ES + '\\s+para\\s+(?:morir(?:me)?|matarme|no despertar|acabar con)|cuant[oa]s\\s+' + DRUG_ES + '\\s+(?:\\w+\\s+){0,4}?(?:para|hasta)\\s+(?:morir(?:me)?|matarme|no despertar)' +
      '|(?:tengo|ya tengo)\\s+(?:las|mis)\\s+' + DRUG_ES + '\\s+(?:listas|preparadas|contadas)' +
      '|(?:cartas?|notas?|mensajes?|videos?)\\s+de\\s+despedida|(?:carta|nota)\\s+suicida|me\\s+(?:estoy\\s+)?despid(?:o|iendo)\\s+de\\s+(?:la vida|este mundo)|me despido para siempre' +
      '|(?:tengo|ya tengo|compre|consegui|prepare|amarre|colgue|hice)\\s+(?:la|una|mi)\\s+(?:soga|horca)|soga\\s+(?:ya\\s+)?(?:lista|preparada|colgada|amarrada)|(?:soga|cuerda)\\s+(?:alrededor del|al|en el|en mi)\\s+cuello|nudo corredizo' +
      '|(?:tengo|ya tengo)\\s+(?:una|la|mi|el|un)\\s+(?:pistola|arma|escopeta|revolver)\\s+(?:ya\\s+)?(?:cargad[oa]|lista|en la mano|en la boca|en la cabeza|en la sien|aqui conmigo|en las piernas)' +
      '|(?:pienso|pensando en|pense en|quiero|voy a|estoy por|ganas de|tentad[oa] (?:a|de)|me dan ganas de|podria|deberia)\\s+(?:\\w+\\s+)?usar(?:la|lo)\\s+contra\\s+mi|usar(?:la|lo)?\\s+(?:\\w+\\s+){0,2}?contra\\s+mi\\s+mism[oa]|(?:ponerme|me puse|me pongo)\\s+(?:la|una|el)\\s+(?:pistola|arma|cuchillo)\\s+en\\s+(?:la\\s+)?(?:cabeza|sien|boca|cuello)' +
      '|(?:hoy|esta noche|manana|ahorita|ahora mismo|esta vez)\\s+(?:si\\s+)?me\\s+(?:mato|suicido|quito la vida|ahorco|cuelgo)|me\\s+(?:mato|suicido|quito la vida|ahorco)\\s+(?:hoy|esta noche|manana|ahorita)' +
      '|(?:quiero|quisiera|ojala|deseo|necesito|solo quiero)\\s+que\\s+(?:todo|todo esto|mi vida|la vida|el dolor|este dolor|este sufrimiento|mi sufrimiento|esta pesadilla)\\s+(?:se\\s+)?(?:acabe|termine|acabara|terminara)|(?:quiero|quisiera|ojala)\\s+que\\s+esto\\s+(?:se\\s+)?(?:acabe|termine)\\s+(?:para siempre|de una vez por todas)' +
      '|(?:me siento|siento que soy|me he vuelto|me converti en|solo soy|no soy mas que)\\s+(?:como\\s+)?(?:una|un)\\s+(?:carga|estorbo)|(?:una carga|un estorbo)\\s+para\\s+(?:todos|todo el mundo|mi familia|los demas|mis hijos|mis papas|mis padres)' +
      '|(?:para que|pa que|por que|de que sirve|que sentido tiene)\\s+(?:seguir\\s+)?(?:vivir|viviendo|existir|estar viv[oa])|(?:para que|pa que|de que sirve)\\s+seguir(?=\\s*(?:$|[.,]|si|asi|con vida))' +
      '|(?:tomar|beber|tomando|bebiendo|consumir|consumiendo|drogarme|meterme)\\s+(?:\\w+\\s+){0,2}?hasta\\s+(?:morir(?:me)?|matarme|que me muera|caer muert[oa]|no despertar)',
    notBefore: NEG_ES,
    notAfter:
      // A goodbye letter to alcohol, "hoy me mato en el gym".
      '(?:a|al|para)\\s+(?:la\\s+|el\\s+|mi\\s+|las\\s+|los\\s+)?(?:alcohol|bebida|droga|drogas|adiccion|vicio|botella|cerveza|cocaina|coca|pasado|consumo|cigarro|tabaco)' +
      '|(?:trabajando|estudiando|haciendo|entrenando|corriendo|de (?:risa|hambre|trabajo|energia))\\b|en (?:el|la) (?:gym|gimnasio|trabajo|oficina|examen|cancha)',
  },

  // ---- Violence (English) ----
  {
    kind: 'violence',
    lang: 'en',
    pattern:
      PERSON +
      '\\s+(?:\\w+\\s+){0,3}?(?:going to|will|is going to|trying to|tried to|try to|wants to|want to|threatened to|threatening to|threatens to|said hed|said he would|said shed|said she would|says hell|says shell|hell|shell|theyll|about to|coming to|might|is gonna)\\s+(?:\\w+\\s+)?(?:kill|hurt|shoot|stab|beat|strangle|choke|murder|rape)\\s+(?:me|us|my (?:kids|children|baby|son|daughter))',
    notBefore: NEG_EN,
    unlessClause: IDIOM_FINDS_OUT + '|' + IDIOM_IF_LATE,
  },
  {
    kind: 'violence',
    lang: 'en',
    pattern: '(?:hell|shell|theyll)\\s+(?:\\w+\\s+)?(?:kill|hurt|shoot|stab|beat|strangle|choke|murder)\\s+(?:me|us)|(?:hands?|arms?)\\s+around\\s+my\\s+(?:neck|throat)|hiding from (?:him|her|them|my (?:husband|wife|boyfriend|girlfriend|partner|dad|father|ex|stepdad))',
    notBefore: NEG_EN,
    unlessClause: IDIOM_FINDS_OUT + '|' + IDIOM_IF_LATE + '|' + LONG_AGO,
  },
  {
    kind: 'violence',
    lang: 'en',
    pattern: PERSON + '\\s+(?:\\w+\\s+){0,2}?(?:hits|hit|hitting|beats|beat|beating|chokes|choked|choking|strangles|strangled|strangling|attacks|attacked|attacking|hurting|abuses|abused|abusing|rapes|raped|raping|punches|punched|punching|kicks|kicked|kicking|threatens|threatened|threatening|stabbed|shot at|slaps|slapped|slapping)\\s+(?:me|us|my\\s+(?:mom|mother|mum|sister|brother|kids?|children|baby|son|daughter|wife|girlfriend|husband|boyfriend|friend|dog))',
    notBefore: NEG_EN,
    notAfter:
      '(?:up|back|at|to it|to the)\\b|in (?:the |a )?(?:game|race|match)|with (?:a |the |some )?(?:hard truth|truth|questions?|idea|story|joke|facts?|reality|news|that|this)\\b',
    // Not IDIOM_FINDS_OUT: "he choked me last night and says he'll do it again when he gets home" is a threat.
    unlessClause: LONG_AGO + '|' + JOKING + '|(?:craving|cravings|urge|urges|it|this|that|reality|withdrawal|nostalgia)\\s+(?:just\\s+|really\\s+)?(?:hits|hit|hitting)',
  },
  {
    kind: 'violence',
    lang: 'en',
    pattern: '(?:being|getting|got|been|was just|just got|keep getting)\\s+(?:beaten|beat up|attacked|assaulted|abused|raped|stabbed|shot|choked|strangled|threatened)',
    unlessClause: LONG_AGO,
  },
  {
    kind: 'violence',
    lang: 'en',
    pattern: 'threaten(?:ing|ed|s)?\\s+(?:me|us)\\s+with|threatening\\s+(?:me|us|to kill|to hurt|to shoot|to stab)|(?:gun|knife|pistol|weapon|rifle|firearm|machete)\\s+(?:at|to|against|on)\\s+(?:me|my|us)\\b|(?:pointing|pointed|aiming)\\s+(?:a|the|his|her|their)\\s+(?:gun|knife|pistol|weapon|rifle)',
    unlessClause: LONG_AGO,
  },
  {
    kind: 'violence',
    lang: 'en',
    pattern:
      '(?:afraid|scared|fear|fearing|terrified)\\s+for\\s+my\\s+(?:life|safety)|(?:afraid|scared|terrified)\\s+(?:that\\s+)?(?:hes|shes|he is|she is|theyre|they are|he will|she will|he|she|they|hell|shell)\\s+(?:going to|will|might|gonna)\\s+(?:kill|hurt)\\s+(?:me|us)|not safe (?:at home|here|with (?:him|her|them|my)|in my (?:home|house))|(?:dont|do not)\\s+feel\\s+safe\\s+(?:at home|here|with (?:him|her|them|my)|in my (?:home|house))|(?:im|i am|i feel)\\s+unsafe|im not safe(?=\\s*(?:$|[.,]))',
  },
  {
    kind: 'violence',
    lang: 'en',
    pattern: '(?:going to|want to|about to|will|ill|id|plan to|planning to|ready to|feel like|thinking about|thinking of)\\s+(?:\\w+\\s+)?(?:kill|killing|murder|murdering|shoot|shooting|stab|stabbing|strangle|strangling|choke|hurt|hurting|harm|harming|beat up|attack)\\s+' + OTHER_PERSON_OBJ,
    notBefore: NEG_EN,
    notAfter: '(?:with|by)\\s+(?:my\\s+)?(?:drinking|using|addiction|drugs|alcohol|words|lies|behaviou?r|choices|relapse)|emotionally|feelings|if (?:i|he|she) (?:relapse|drink|use)',
    unlessClause: IDIOM_FINDS_OUT,
  },
  {
    kind: 'violence',
    lang: 'en',
    pattern:
      '(?:someone|somebody|a man|a guy|a woman|people|he|she|they)\\s+(?:\\w+\\s+)?(?:broke|breaking|is breaking|trying to break|tried to break)\\s+in(?:to)?|intruder|(?:' + PERSON + '|person|dude|hes|shes|theyre)\\s+(?:\\w+\\s+){0,4}?(?:with|has|have|got|pulled|is holding|holding|is waving|waving)\\s+(?:a|an|the|his|her)\\s+(?:gun|knife|weapon|pistol|rifle|machete)|pulled\\s+(?:a|an|the|his|her)\\s+(?:gun|knife|weapon|pistol)\\s+on|(?:im|i am|we are|were|my (?:kids|children|family) (?:are|is))\\s+in danger|in danger right now',
    notAfter: '(?:license|licence|permit|collection|safe|show|range|class|store|shop)',
    unlessClause: LONG_AGO,
  },
  {
    kind: 'violence',
    lang: 'en',
    pattern: 'kill (?:him|her)',
    notBefore: NEG_EN + '|could|couldve|could have|almost|nearly|tried to|try to|didnt|did not',
    unlessClause: IDIOM_FINDS_OUT + '|for (?:being|eating|taking|forgetting|not|making|saying|that|this)',
  },
  { kind: 'violence', lang: 'en', pattern: 'homicidal|shoot up (?:the|a|this|my)\\s+(?:school|place|meeting|office|church|work|building|mall|store|party)|(?:going|want) to kill (?:everyone|everybody|people)' },

  // "He beat me up last night" (the hitting rule leaves "hit me up" alone), "beat the crap out of me".
  {
    kind: 'violence',
    lang: 'en',
    pattern:
      PERSON + '\\s+(?:\\w+\\s+){0,2}?(?:beat|beats|beating|roughed|roughs|roughing)\\s+(?:me|us|my\\s+(?:mom|mother|sister|brother|kids?|son|daughter))\\s+up' +
      '|(?:beat|beats|beating|kicked|kicks|kicking|knocked|knocks|choked|chokes)\\s+the\\s+(?:crap|shit|hell|life|snot|tar|living daylights)\\s+out\\s+of\\s+(?:me|us|my\\s+(?:mom|mother|sister|brother|kids?|son|daughter))',
    notBefore: NEG_EN,
    unlessClause: LONG_AGO + '|' + JOKING + '|(?:in|at)\\s+(?:the\\s+|a\\s+)?(?:game|games|match|fortnite|smash|video game|mario kart|chess|tennis|race|wrestling|ring)\\b|video\\s?games?\\b|sparring|boxing',
  },

  // ---- Violence (Spanish) ----
  {
    kind: 'violence',
    lang: 'es',
    pattern:
      '(?:me|nos)\\s+(?:va|van|quiere|quieren|intenta|intento|trata|trato|amenaza|amenazo|amenazan)\\s+(?:a\\s+|de\\s+|con\\s+)?(?:matar|golpear|pegar|lastimar|hacer dano|apunalar|disparar|violar|ahorcar|estrangular)|(?:va|van|quiere|quieren|intenta|intento|trata|trato)\\s+(?:a\\s+|de\\s+)?(?:matarme|golpearme|pegarme|lastimarme|hacerme dano|apunalarme|dispararme|violarme|ahorcarme|estrangularme|matarnos)|amenaza(?:ndo|do)?\\s+con\\s+matarme',
    unlessClause: '(?:si se entera|cuando se entere|si me ve|si llego tarde|si sabe|jaja|jeje|broma)',
  },
  {
    kind: 'violence',
    lang: 'es',
    pattern:
      '(?:me|nos)\\s+(?:esta|estan)\\s+(?:pegando|golpeando|ahorcando|estrangulando|amenazando|lastimando|atacando|violando)|(?:mi\\s+\\w+|el|ella)\\s+me\\s+(?:pega|golpea|golpeo|pego|amenaza|amenazo|ahorca|estrangula|maltrata|ataca|ataco|violo)\\b' +
      // "Me acaba de pegar", "me volvió a golpear", "me ha pegado".
      '|(?:me|nos)\\s+(?:acaba|acaban|volvio|volvieron|ha vuelto|han vuelto)\\s+(?:de|a)\\s+(?:pegar|golpear|ahorcar|estrangular|amenazar|lastimar|patear|violar|empujar|atacar|apunalar|quemar)|(?:me|nos)\\s+(?:ha|han)\\s+(?:pegado|golpeado|ahorcado|estrangulado|pateado|violado|atacado|apunalado)',
    // "Me pegó la gripe", "me acaba de pegar un susto".
    notAfter: '(?:un|una|la|el|los|las)\\s+(?:susto|sustote|grito|gripe|gripa|covid|virus|resfriado|resfrio|catarro|chicle|piojos|costumbre|mania|cancion|tos)',
    unlessClause: '(?:cuando era nin[oa]|de nin[oa]|hace (?:\\w+\\s+)?anos|de pequen[oa]|jaja|broma)',
  },
  {
    kind: 'violence',
    lang: 'es',
    pattern:
      'me\\s+apunt(?:a|o)\\s+con|apuntandome|amenaz\\w*\\s+con\\s+(?:un|una|el|la|su)\\s+(?:pistola|arma|cuchillo|navaja|machete)|(?:va|van|quiere|quieren|amenaza con|amenazo con|dice que (?:la|lo) va a|dijo que (?:la|lo) iba a|iba a)\\s+usar(?:la|lo)?\\s+contra\\s+(?:mi|nosotros)',
  },
  {
    kind: 'violence',
    lang: 'es',
    pattern: '(?:voy a|quiero|tengo ganas de|voy a ir a)\\s+(?:matar(?:lo|la|los|las|le)|golpear(?:lo|la)|hacerle dano|lastimar(?:lo|la))|(?:lo|la|los|las)\\s+voy\\s+a\\s+matar|(?:voy a|quiero)\\s+(?:matar|lastimar|golpear|herir|apunalar|dispararle)\\s+a\\s+(?:alguien|mi|ese|esa|todos|el|ella)',
    notBefore: NEG_ES,
  },
  { kind: 'violence', lang: 'es', pattern: 'tengo miedo (?:de que me (?:mate|pegue|golpee|haga dano)|por mi vida)|no estoy a salvo|no me siento (?:a salvo|segur[oa]) (?:en casa|aqui|con el|con ella)' },

  // A denial someone does not believe: "she denied suicidal thoughts but I think she's lying",
  // "he says he isn't suicidal but I don't believe him". The denial guard above drops the
  // suicide word; the doubt after it makes it a worry about someone's safety now.
  {
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:denies|denied|deny|says|said|claims|claimed|insists|told (?:me|us))\\s+(?:\\w+\\s+){0,4}?(?:' + SUICIDE_WORD + '|si|self harm|hurting (?:him|her|them)sel(?:f|ves)|killing (?:him|her|them)sel(?:f|ves))(?:\\s+\\w+){0,4}?\\s*,?\\s+but\\s+(?:i\\s+)?(?:(?:really\\s+|honestly\\s+)?(?:think|believe|feel like|know)\\s+(?:(?:s?he|they)\\s+(?:is|are|might be|may be)|shes|hes|theyre)\\s+(?:lying|not telling|hiding)|(?:dont|do not|cant|cannot|dont really)\\s+(?:believe|buy|trust)|(?:im|i am|am)\\s+(?:still\\s+|really\\s+|so\\s+)?(?:worried|scared|afraid|not sure)|(?:still\\s+)?worry)',
  },
  // ---- Self-harm (English) ----
  {
    kind: 'self-harm',
    lang: 'en',
    pattern: '(?:hurt|hurting|harm|harming|harmed|cut|cutting|burn|burning|burned|burnt|hit|hitting|punch|punching|punched|scratch|scratching|scratched|injure|injuring|injured|mutilate|mutilating|stab|stabbing|stabbed|starve|starving|bruise|bruised)\\s+' + SELF,
    notBefore: NEG_EN,
    notAfter:
      '(?:and (?:others|other people|my family|everyone|the people|those)|with (?:my\\s+)?(?:drinking|using|addiction|drugs|alcohol|behaviou?r|choices|words|actions|lies)|by (?:drinking|using)|(?:on|with) (?:a|the|my) (?:knife|glass|paper|can)|(?:shaving|cooking|chopping))',
    // Accidents, and self-harm told as long past with no sign it is back ("I used to cut myself
    // as a teen but that's behind me"; "...and lately I started again" is flagged).
    unlessClause:
      '(?:fell (?:off|over|from|of|down|and|on)|falling|a fall|slipped|gym|working out|workout|lifting|playing|accident|accidentally|by accident|shaving|cooking|chopping|kitchen|tripped|running|skating|hiking|sports?|football|soccer|basketball)|' +
      SELF_HARM_PAST_ONLY,
  },
  {
    kind: 'self-harm',
    lang: 'en',
    pattern: 'self\\s?(?:harm|harming|harmed|injury|injuries|injure|injuring|mutilation|mutilate|mutilating)',
    notBefore: NEG_EN,
    unlessClause: SELF_HARM_PAST,
    unlessClauseExcept: SELF_HARM_NOW,
  },
  {
    kind: 'self-harm',
    lang: 'en',
    pattern: '(?:urges? to|want to|need to|going to|started|start|been|keep|kept|relapsed on|relapsed and|back to)\\s+(?:cutting|cut|burning|burn)(?:\\s+again|\\s+my\\s+(?:arms?|wrists?|legs?|thighs?|skin|stomach|body|hips?))?(?=\\s*(?:$|[.,]))|(?:cut|cutting|cuts on|scars on|burns on|burning)\\s+my\\s+(?:arms?|legs?|thighs?|skin|stomach|body|hips?)|(?:im|i am|ive been|i have been|been|started)\\s+cutting\\s+again|bleeding (?:a lot|so much|badly|heavily|everywhere|wont stop|and it wont stop|really bad)|(?:so much|lots of|a lot of) blood|(?:cant|wont) stop (?:the )?bleeding',
    notBefore: NEG_EN,
  },

  // ---- Self-harm (Spanish) ----
  {
    kind: 'self-harm',
    lang: 'es',
    pattern: 'estoy sangrando mucho|no (?:para|deja) de sangrar|mucha sangre|hacerme\\s+(?:dano|mal)|me\\s+(?:quiero|voy a)\\s+(?:hacer dano|lastimar|cortar|herir|quemar)|lastimarme|herirme|autolesion\\w*|auto\\s+lesion\\w*|me\\s+(?:estoy|sigo)\\s+cortando|me\\s+(?:quemo|rasguno|golpeo)\\s+(?:a mi mism[oa]|con (?:cigarros|cigarrillos|un encendedor|una navaja))|me hago dano|me lastimo a mi|cortarme|me corto',
    notBefore: NEG_ES,
    notAfter: '(?:el|los|la|las|mi|mis)\\s+(?:pelo|cabello|unas|barba|fleco|flequillo|puntas|bigote|cabeza|dedo)|con (?:el|la) (?:cuchillo|papel)',
    unlessClause: '(?:sin querer|por accidente|cocinando|afeitando|me cai)',
  },
  // "Me volví a cortar los brazos", "me corté las piernas", "empecé a lastimarme otra vez";
  // not "me volví a cortar el pelo", and not long past ("antes me cortaba pero ya no").
  {
    kind: 'self-harm',
    lang: 'es',
    pattern:
      'me\\s+(?:volvi|he vuelto|vuelvo|empece|he empezado|puse|pongo)\\s+a\\s+(?:cortar|lastimar|quemar|golpear|rasgunar|herir|hacer dano)|(?:volvi|he vuelto|vuelvo|empece|he empezado)\\s+a\\s+(?:cortarme|lastimarme|quemarme|golpearme|hacerme dano)' +
      '|(?:me\\s+)?(?:corte|cortaba|cortando|he cortado|cortandome)\\s+(?:\\w+\\s+)?(?:los|las|mis)\\s+(?:brazos?|piernas?|munecas?|muslos?|venas|piel)|cortes? en (?:los|las|mis)\\s+(?:brazos|piernas|munecas|muslos)|me cortaba',
    notBefore: NEG_ES,
    notAfter: '(?:el|los|la|las|mi|mis)\\s+(?:pelo|cabello|unas|barba|fleco|flequillo|puntas|bigote|patillas|cabeza|dedo)|con (?:el|la) (?:cuchillo|papel)',
    unlessClause: '(?:sin querer|por accidente|cocinando|afeitando|me cai|antes(?!\\s+(?:de|que)\\b)|de (?:adolescente|joven|nin[oa]|chic[oa])|cuando (?:era|tenia|estaba en)|hace (?:\\w+\\s+)?anos|en el pasado)',
    unlessClauseExcept: STILL_NOW_ES + '|anoche|ayer',
  },

  // ---- Spanish counterparts of English phrases flagged above (checked for the Spanish issue) ----
  // "I wish I wouldn't wake up", "I want to disappear", "I want to shoot myself", "I don't want to
  // be here anymore", "I can't do this anymore with my life"; "I'd rather die than drink again"
  // stays an idiom ("prefiero morir que volver a tomar").
  {
    kind: 'suicide',
    lang: 'es',
    pattern:
      '(?:quisiera|quiero|ojala|deseo|me gustaria)\\s+(?:\\w+\\s+){0,3}?no\\s+(?:volver a\\s+)?despertar(?:me)?|(?:quiero|quisiera|ganas de)\\s+desaparecer|(?:darme|pegarme|meterme)\\s+un\\s+(?:tiro|balazo)|me\\s+(?:quiero|voy a)\\s+(?:dar|pegar|meter)\\s+un\\s+(?:tiro|balazo)|(?:ya\\s+)?no\\s+quiero\\s+estar\\s+(?:aqui|en este mundo)(?:\\s+(?:nunca\\s+)?mas)?(?=\\s*(?:$|[.,]))|no puedo mas con (?:mi vida|la vida|esta vida)',
    notBefore: NEG_ES,
    notAfter: 'un rato|unos dias|de (?:aqui|esta ciudad|este lugar|la fiesta|la reunion)',
  },
  { kind: 'suicide', lang: 'es', pattern: 'mejor me (?:muero|mato)|prefiero (?:morir(?:me)?|estar muert[oa])', notAfter: '(?:,\\s*)?(?:que|antes que|antes de|a)\\s' },
  // "I think I took too much", someone choking on vomit.
  {
    kind: 'overdose',
    lang: 'es',
    pattern:
      '(?:me pase|se paso|nos pasamos|me excedi|se excedio)\\s+(?:con|de)\\s+(?:la|las|el|los)\\s+(?:dosis|pastillas|droga|drogas|heroina|fentanilo|coca|cocaina|cristal)|creo que\\s+(?:me\\s+)?(?:tome|use|consumi|me meti|se tomo|se metio)\\s+(?:demasiado|de mas)|(?:se esta|esta|se|me estoy|me)\\s+(?:ahogando|ahoga|ahogo|atragantando|atraganta|atraganto)\\s+(?:en|con)\\s+(?:su|el|mi)\\s+(?:propio\\s+)?vomito',
  },
  // "I hurt myself on purpose".
  { kind: 'self-harm', lang: 'es', pattern: 'me\\s+(?:lastimo|hago dano|corto|quemo|pego|golpeo)\\s+a\\s+proposito', notBefore: NEG_ES },
  // "I'm going to hurt someone".
  {
    kind: 'violence',
    lang: 'es',
    pattern: '(?:voy a|quiero|tengo ganas de|me dan ganas de)\\s+hacer(?:le|les)?\\s+dano\\s+a\\s+(?:alguien|otra persona|mi\\s+\\w+|todos|la gente|el|ella)',
    notBefore: NEG_ES,
  },
  // A farewell, a stockpile of pills, or asking how much it takes to die.
  {
    kind: 'suicide',
    lang: 'en',
    pattern:
      'goodbye (?:everyone|everybody|all|you all|yall)(?=\\s*(?:$|[.,!]|this|i love))|this is the end(?=\\s*(?:$|[.,!]|for me|goodbye|bye))|(?:pills|meds|medication|medications)\\s+(?:saved|stashed|stockpiled|hidden)(?:\\s+up)?|(?:saving|stockpiling|hoarding|stashing|collecting)\\s+(?:up\\s+)?(?:my\\s+)?(?:pills|meds|medication)|how (?:many|much)\\s+(?:\\w+\\s+){0,3}?(?:would it take|does it take|do i need|to take)\\s+(?:to\\s+)?(?:die|kill myself|not wake up|end it)',
    notBefore: NEG_EN,
  },
  // "cutting again" on its own.
  { kind: 'self-harm', lang: 'en', pattern: '(?:^|i\\s+|im\\s+|and\\s+)cutting again(?=\\s*(?:$|[.,!]))', notBefore: NEG_EN },
];

function compile(spec: RuleSpec): Rule {
  const rule: Rule = { kind: spec.kind, lang: spec.lang, re: new RegExp(`\\b(?:${squeezeSource(spec.pattern)})\\b`, 'g') };
  if (spec.notBefore) rule.notBefore = new RegExp(`\\b(?:${squeezeSource(spec.notBefore)})\\s*$`);
  if (spec.notAfter) rule.notAfter = new RegExp(`^\\s*(?:${squeezeSource(spec.notAfter)})`);
  if (spec.unlessClause) rule.unlessClause = new RegExp(`\\b(?:${squeezeSource(spec.unlessClause)})`);
  if (spec.unlessClauseExcept) rule.unlessClauseExcept = new RegExp(`\\b(?:${squeezeSource(spec.unlessClauseExcept)})`);
  return rule;
}

const RULES: readonly Rule[] = SPECS.map(compile);

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

function passesGuards(rule: Rule, text: string, start: number, end: number): boolean {
  if (rule.notBefore && rule.notBefore.test(text.slice(Math.max(0, start - GUARD_WINDOW), start))) return false;
  if (rule.notAfter && rule.notAfter.test(text.slice(end, end + GUARD_WINDOW))) return false;
  if (rule.unlessClause) {
    const clause = clauseAround(text, start, end);
    if (rule.unlessClause.test(clause) && !(rule.unlessClauseExcept && rule.unlessClauseExcept.test(clause))) return false;
  }
  return true;
}

/** The first rule, in priority order, with a match that passes its guards. */
function firstMatch(text: string): Rule | undefined {
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(text)) !== null) {
      if (m[0].length === 0) {
        rule.re.lastIndex += 1;
        continue;
      }
      if (passesGuards(rule, text, m.index, m.index + m[0].length)) return rule;
    }
  }
  return undefined;
}

/**
 * Whether a message says someone may be in danger now, and of what. Null for everything else,
 * including an empty or non-string input. Never throws.
 */
export function detectCrisis(text: string): CrisisSignal | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const normalized = normalizeForCrisis(text);
  if (!normalized) return null;
  const rule = firstMatch(normalized);
  return rule ? { kind: rule.kind, language: rule.lang } : null;
}
