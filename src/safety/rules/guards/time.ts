// Guards about time: a past overdose, grief, a long-past wish or self-harm, a someday question;
// and the words that say it is back now.

/** A past overdose, grief, or the topic rather than an emergency. */
export const OD_NOT_NOW =
  '(?:(?:died|dead|passed away|passed|death|killed)\\s+(?:\\w+\\s+){0,2}?(?:of|from|after|due to|by|in|because of)\\s+(?:an?\\s+|his\\s+|her\\s+)?(?:\\w+\\s+)?overdose|(?:in|at) (?:the )?(?:hospital|er|icu|emergency room)|hospitalized|in rehab|in detox|recovering from|overdose (?:deaths?|prevention|awareness|statistics|stats|rates?|epidemic|crisis|training|reversal|education|day|survivors?|loss|losses|grief)|(?:loss|grief|grieving|bereaved|bereavement|lost (?:someone|a loved one|a child|a son|a daughter|a friend))\\s+(?:\\w+\\s+){0,3}?(?:to|after|from|of)\\s+(?:an?\\s+)?overdose|can (?:you|people|a person|someone) (?:\\w+\\s+)?overdose|(?:opioid|drug) (?:crisis|epidemic)|(?<!almost )lost\\s+(?:\\w+\\s+){0,3}to\\s+(?:an?\\s+)?(?:\\w+\\s+)?overdose|funeral|memorial|anniversary|years? ago|months ago|weeks ago|last (?:year|month|summer|spring|winter|fall|christmas)|in (?:19|20)\\d\\d|back in|used to\\b|in the past|survived|history of|when i was|since my|after my|my (?:first|last|previous|second|third) overdose|(?:\\d+|two|three|four|five|several|many|a few|multiple) times|times before|before i got|statistics|(?:prevent|preventing|avoid|avoiding) (?:an?\\s+)?overdose|what is an?|whats an?|define|definition|meaning of)';
export const OD_NOT_NOW_ES =
  '(?:murio|murieron|fallecio|fallecieron|muerte|muertes|funeral|perdi a|hace\\s+(?:\\w+\\s+)?(?:anos|meses|semanas)|el ano pasado|en (?:19|20)\\d\\d|antes de|prevencion|que es una|sobrevivi)';
/** A childhood or long-past experience, not danger now. */
export const LONG_AGO =
  '(?:when i was (?:a |little|young|\\d)|as a (?:kid|child|teen|little)|growing up|years ago|in (?:19|20)\\d\\d|used to|in the past|childhood)';
/** The person's own suicidal past, told as past... */
export const SUICIDE_PAST =
  '(?:used to (?:be|feel|think)|years ago|months ago|a long time ago|long ago|in the past|back in|back when|when i was (?:a |younger|little|drinking|using|in|\\d)|in (?:19|20)\\d\\d|as a (?:kid|teen|teenager)|no longer|not anymore|anymore but|in (?:my\\s+)?early (?:recovery|sobriety)|when i (?:first\\s+)?got sober)';
/** ...unless it is back now. */
export const STILL_NOW =
  '(?:again|back(?!\\s+(?:in|when|then)\\b)|coming back|returning|right now|tonight|today|lately|these days|this week|still(?!\\s+(?:grieving|miss|missing|mourning|healing|processing|sober|clean|in recovery|learning|going to meetings|remember))|now i (?:want|feel like|am thinking)|now im (?:feeling|thinking|having))';
/**
 * English: the wish to die told in the past tense, as past ("used to want to die every day when I
 * was drinking, 18 months sober now"). "I want to die, my wife left me years ago" is present.
 */
export const WISH_PAST_EN =
  '(?:used to|would often|would always)\\s+(?:want|wana|wish|think about)\\b|(?:wanted|wished)\\s+(?:to\\s+|that\\s+)?(?:i\\s+)?(?:just\\s+)?(?:die|be dead|was dead|were dead|could die|would die|would just die|was never born|were never born)\\s+(?:[\\w,]+\\s+){0,8}?' +
  SUICIDE_PAST +
  '|' +
  SUICIDE_PAST +
  '\\s+(?:[\\w,]+\\s+){0,8}?(?:wanted|wished)\\b';
/** Spanish: one's own wish to die told as past ("antes quería morirme"): a past-tense verb with a past marker. */
export const WISH_PAST_ES =
  '(?:(?:antes(?!\\s+(?:de|que)\\b)|de (?:joven|adolescente|nin[oa]|chic[oa])|cuando (?:tomaba|bebia|consumia|usaba|me drogaba|era|estaba|tenia)|en el pasado|hace (?:\\w+\\s+)?(?:anos|meses))\\s+(?:[\\w,]+\\s+){0,3}?(?:queria|me queria|tenia ganas de|deseaba|pensaba en)|' +
  '(?:queria|me queria|tenia ganas de|deseaba)\\s+(?:[\\w,]+\\s+){0,8}?(?:antes(?!\\s+(?:de|que)\\b)|cuando (?:tomaba|bebia|consumia|usaba|me drogaba|era|estaba|tenia)|en el pasado|de (?:joven|adolescente)))';
/** Spanish: one's own attempt or wish told as past ("intenté quitarme la vida hace años, ahora llevo 5 años sobrio"). */
export const SUICIDE_PAST_ES =
  '(?:hace (?:\\w+\\s+)?(?:anos|meses)|en (?:19|20)\\d\\d|cuando (?:tomaba|bebia|consumia|usaba|me drogaba|toque fondo)|ya no,|sobrevivi|gracias a dios)';
/** ...unless it is back: "otra vez", "de nuevo", "ahora" (but not "ahora estoy bien"), "todavía", "volví". */
export const STILL_NOW_ES =
  '(?:otra vez|de nuevo|(?:ahora|hoy)(?!\\s+(?:estoy|me siento|soy|llevo|tengo|vivo|cumplo)\\s+(?:\\w+\\s+)?(?:bien|mejor|sobri[oa]|limpi[oa]|feliz|tranquil[oa]|\\d+|un|una|dos|tres))|esta noche|todavia|aun|volvi|vuelvo|volvio|volvieron|regreso|regresaron|ultimamente|sigo|sigue)';
/** Self-harm told as long past ("I used to cut myself as a teen, that's behind me")... */
export const SELF_HARM_PAST =
  '(?:used to|as a (?:kid|child|teen|teenager)|when i was (?:a |younger|little|in (?:high school|middle school|school|college)|\\d)|in (?:high school|middle school|college)|(?:years|months) ago|a long time ago|long ago|in the past|back (?:in|when|then)|in (?:19|20)\\d\\d|behind me|havent (?:\\w+\\s+)?(?:in|for) (?:years|months|\\d+))';
/** ...with no sign in the sentence that it is back (looked for on both sides of the past marker). */
export const SELF_HARM_NOW =
  '(?:again|coming back|(?:its|it is|urges? (?:is|are)|theyre|they are) back|returning|right now|tonight|today|lately|these days|this week|still|now i (?:want|feel like|am thinking|keep|do it)|now im (?:feeling|thinking|having|doing it)|started)';
export const SELF_HARM_PAST_ONLY = `(?<!\\b${SELF_HARM_NOW}\\b[^.]{0,300})${SELF_HARM_PAST}(?![^.]{0,300}\\b${SELF_HARM_NOW}\\b)`;
/** A someday question, not an emergency: "what do I do if someone overdoses someday, I want to be prepared". */
export const OD_SOMEDAY =
  '(?:someday|some day|in the future|be prepared|be ready|just in case|in case (?:someone|somebody|anyone|it|of)|(?:if|when) (?:\\w+\\s+){0,2}?ever)';
export const OD_SOMEDAY_ES =
  '(?:algun dia|alguna vez|en el futuro|estar preparad[oa]|prepararme|por si acaso|por si (?:algun|alguna)|en caso de que (?:algun|alguna))';
