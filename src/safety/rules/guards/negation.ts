// Guards: a denial or a plain "no" that drops a suicide word ("pt denies SI", "my therapist
// asked if I'm suicidal and I'm not").
import { SUICIDE_WORD } from '../../../understand/vocabulary';

/**
 * A clinician's or screener's negative finding, just before the suicide word: "pt denies suicidal
 * ideation", "denies thoughts of suicide", "negative for SI or suicidal ideation", "paciente niega
 * ideación suicida", "sin ideas suicidas".
 */
export const DENIED_SI =
  '(?:denies|denied|denying|deny|negative for|negativ[oa] para|niega|niegan|nego|no presenta|no refiere|no tengo|no tiene|sin)\\s+(?:any\\s+|active\\s+|current\\s+|recent\\s+|cualquier\\s+)?' +
  '(?:(?:si|hi)\\s+(?:or|and|o|y|,)\\s+(?:hi\\s+(?:or|and|o|y|,)\\s+)?)?(?:(?:ideacion|ideas|pensamientos|conducta|riesgo|thoughts?|ideation|intent|plans?|history)\\s+(?:of\\s+|de\\s+)?)?';
/**
 * Someone asked and the person said no, in the same sentence: "my therapist asked if I'm
 * suicidal and I'm not, I just want a group", "me preguntó si quería suicidarme y no". The
 * answer must be a plain no followed by the end of the phrase or "just/solo..." ("...and I'm not
 * sure" is not a no), and nothing like "but / lately / pero / a veces" may follow.
 */
export const ASKED_AND_SAID_NO =
  '(?:(?:asked|asks|ask|asking|wondered|checked|checking|screened|screening|wanted to know|wants to know)\\s+(?:me\\s+|him\\s+|her\\s+|us\\s+)?(?:if|whether)\\s+(?:i|im|i am|i was|i felt|i feel|ive|i have|id|i had|i were)\\s+(?:\\w+\\s+){0,3}?' +
  SUICIDE_WORD +
  '\\s+(?:\\w+\\s+)?(?:,\\s+)?(?:and|but|,)\\s+(?:(?:i said|i told (?:him|her|them)|i answered|i replied)\\s+)?(?:im not|i am not|i wasnt|i was not|i dont|i do not|i havent|i have not|no|nope|not|never)(?:\\s+(?:at all|really|anymore|suicidal))?' +
  '(?=\\s*(?:$|[.,]|i just|just|i only|i really|so|and i|i want|i need|im just|i am just))(?![^.]{0,300}\\b(?:but|though|although|lately|sometimes|some days|still|again)\\b)|' +
  '(?:me|le|nos|te)\\s+(?:\\w+\\s+)?pregunt\\w*\\s+(?:\\w+\\s+){0,2}?si\\s+(?:\\w+\\s+){0,3}?' +
  SUICIDE_WORD +
  '\\s+(?:,\\s+)?(?:y|pero|,)\\s+(?:(?:le dije que|le conteste que|le respondi que|dije que|dijo que|contesto que|respondio que)\\s+)?(?:no|nada que ver|para nada|claro que no)(?=\\s*(?:$|[.,]|solo|nomas|nada mas|quiero|necesito|estoy bien))(?!\\s*,?\\s*no (?:se|estoy segur))(?![^.]{0,300}\\b(?:pero|aunque|a veces|ultimamente|todavia|otra vez)\\b))';
