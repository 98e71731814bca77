// Which facts about a group a question asks for: "when was AA founded" -> founded,
// "does SMART have online meetings" -> formats. Patterns run over normalized text (no accents).

export const GROUP_FACETS = ['founded', 'size', 'formats', 'spiritual', 'principles', 'sponsors', 'phone', 'website', 'goal', 'medication', 'about', 'meeting', 'find'] as const;
export type GroupFacet = (typeof GROUP_FACETS)[number];

/** Medicines for opioid or alcohol use disorder, in the words people use for them. */
const ADDICTION_MEDICATIONS =
  'methadone|suboxone|subutex|sublocade|zubsolv|buprenorphine|bupe|naltrexone|vivitrol|acamprosate|mat|moud|medication assisted|metadona|buprenorfina|naltrexona|tratamiento asistido';
const ADDICTION_MEDICATION = new RegExp(`\\b(${ADDICTION_MEDICATIONS})\\b`);

/** "my patient is on methadone": a medicine for addiction named in normalized text. */
export function namesAddictionMedication(normalized: string): boolean {
  return ADDICTION_MEDICATION.test(normalized);
}

const PATTERNS: Record<GroupFacet, RegExp> = {
  founded: /\b(founded|founder|start(ed)?|began|begin|history|how old|when was|when did|origin|fundad[oa]|fundador[a]?|cuando (se )?(fundo|empezo|comenzo)|quien (lo |la )?(fundo|creo|empezo|inicio))\b/,
  size: /\b(how many|how big|members|membership|size|largest|biggest|big|large|small|popular|cuant[oa]s|miembros|grande)\b/,
  formats: /\b(online|virtual|zoom|video|chat( room)?|forum|message board|email|e-mail|by phone|phone meetings?|app|en linea|internet|por telefono|telefonic[oa]s?|por video|videollamada)\b/,
  spiritual: /\b(religious|religion|god|spiritual|spirituality|higher power|pray(er)?|secular|atheist|agnostic|christian|faith|religios[oa]|dios|espiritual|buddhis\w*|budista|budismo)\b/,
  principles: /\b(principles?|points?|statements?|steps|program|philosophy|approach|tools|how does it work|principios|puntos)\b/,
  sponsors: /\b(sponsors?|sponsorship|mentors?|padrinos?|madrinas?)\b/,
  // Who it is for, its books, whether it still exists: what the group's own description says.
  about: /\b(book|books|literature|basic text|big book|who is it for|who can (go|join|attend)|allowed|open to|only for|trans|still (around|active|exist|going|running)|exist|libro|libros|literatura|quien puede|solo para|todavia existe|sigue existiendo)\b/,
  phone: /\b(phone number|number to call|call them|hotline|telefono|numero)\b/,
  website: /\b(website|web site|site|url|link|pagina|sitio)\b/,
  goal: /\b(quit drinking|stop drinking|alcohol too|drinking too|make you quit|have to quit|abstinence|abstain|moderat\w*|cut back|cut down|drink less|goal|harm reduction|abstinencia)\b/,
  medication: new RegExp(`\\b(medications?|meds|antidepressants?|medicamentos?|${ADDICTION_MEDICATIONS})\\b`),
  meeting: /\b(meetings?|what happens|what is it like|what'?s it like|like at|reuniones?|reunion|que se hace|como es (una|la) junta)\b/,
  find: /\b(find|where|near|nearby|locate|location|join|sign up|schedule|tonight|today|donde|encontrar|cerca)\b/,
};

/** The facets a question asks about, most specific first ("online meetings" is formats, not meeting). */
export function facetsAsked(normalized: string): GroupFacet[] {
  return GROUP_FACETS.filter((facet) => PATTERNS[facet].test(normalized));
}
