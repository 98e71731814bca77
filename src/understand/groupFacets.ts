// Which facts about a group a question asks for: "when was AA founded" -> founded,
// "does SMART have online meetings" -> formats. Patterns run over normalized text (no accents).

export const GROUP_FACETS = ['founded', 'size', 'formats', 'spiritual', 'principles', 'sponsors', 'phone', 'website', 'goal', 'medication', 'meeting', 'find'] as const;
export type GroupFacet = (typeof GROUP_FACETS)[number];

const PATTERNS: Record<GroupFacet, RegExp> = {
  founded: /\b(founded|founder|start(ed)?|began|begin|history|how old|when was|when did|origin|fundad[oa]|cuando (se )?(fundo|empezo|comenzo))\b/,
  size: /\b(how many|how big|members|membership|size|largest|biggest|cuant[oa]s|miembros)\b/,
  formats: /\b(online|virtual|zoom|video|chat( room)?|forum|message board|email|e-mail|by phone|phone meetings?|app|en linea|internet)\b/,
  spiritual: /\b(religious|religion|god|spiritual|spirituality|higher power|pray(er)?|secular|atheist|agnostic|christian|faith|religios[oa]|dios|espiritual)\b/,
  principles: /\b(principles?|points?|statements?|steps|program|philosophy|approach|tools|how does it work|principios|puntos)\b/,
  sponsors: /\b(sponsors?|sponsorship|mentors?|padrino|madrina)\b/,
  phone: /\b(phone number|number to call|call them|hotline|telefono|numero)\b/,
  website: /\b(website|web site|site|url|link|pagina|sitio)\b/,
  goal: /\b(abstinence|abstain|moderat\w*|cut back|cut down|drink less|goal|harm reduction|abstinencia)\b/,
  medication: /\b(medications?|meds|suboxone|methadone|buprenorphine|naltrexone|vivitrol|antidepressants?|mat|moud|medicamentos?)\b/,
  meeting: /\b(meetings?|what happens|what is it like|what'?s it like|like at|reuniones?|reunion)\b/,
  find: /\b(find|where|near|nearby|locate|location|join|sign up|schedule|tonight|today|donde|encontrar|cerca)\b/,
};

/** The facets a question asks about, most specific first ("online meetings" is formats, not meeting). */
export function facetsAsked(normalized: string): GroupFacet[] {
  return GROUP_FACETS.filter((facet) => PATTERNS[facet].test(normalized));
}
