// A simple stand-in for a person answering the finder from a written situation ("Someone whose
// husband drinks; wants support for herself"; in Spanish, "Alguien cuyo esposo bebe"). It only
// sees the choices the bot offered, and picks the one the situation supports, or "not sure".
// It knows nothing of the bot's internals.
import type { Locale } from '../content/schema';
import type { OfferedChoice } from '../tests/helpers/replies';

interface Concept {
  /** The situation says this... */
  situation: RegExp;
  /** ...so pick a choice whose label says this... */
  label: RegExp;
  /** ...when the bot's question says this (labels such as "Yes" answer more than one question). */
  question?: RegExp;
}

const FAMILY =
  /\bwhose (husband|wife|partner|boyfriend|girlfriend|mother|mom|father|dad|parent|son|daughter|child|brother|sister|friend)\b|\bsupport for (herself|himself|themselves)\b|\bloved one\b|\bfamily member\b/i;

const CONCEPTS: Concept[] = [
  // The person came to find a group: from a menu, that is the way in.
  { situation: /./, label: /find a group/i },
  // Who the support is for.
  { situation: /\b(client|patient|counselor|case manager)\b/i, label: /client|staff/i },
  { situation: FAMILY, label: /someone i care|family|loved/i },
  { situation: /./, label: /^myself$|^me$|for me/i },
  // Relationship.
  { situation: /\b(husband|wife|partner|boyfriend|girlfriend|spouse)\b/i, label: /partner/i },
  { situation: /\b(son|daughter|child|kid)\b/i, label: /child/i },
  { situation: /\b(mother|mom|father|dad|parent)\b/i, label: /parent/i },
  { situation: /\b(brother|sister|friend|cousin)\b/i, label: /friend|relative/i },
  // Age.
  { situation: /\b(1[0-9])[- ]year[- ]old\b|\bteen/i, label: /yes.*teen|i'?m a teen/i },
  { situation: /./, label: /adult/i },
  // Substance.
  { situation: /\b(several|multiple|many|various) (drugs|substances)\b|\bpolysubstance\b/i, label: /several/i },
  { situation: /\b(heroin|opioid|fentanyl|painkiller)/i, label: /opioid|heroin/i },
  { situation: /\b(cocaine|crack)\b/i, label: /cocaine/i },
  { situation: /\bmeth\b/i, label: /meth/i },
  { situation: /\b(marijuana|cannabis|weed)\b/i, label: /marijuana/i },
  { situation: /\bpills\b/i, label: /pills/i },
  { situation: /\b(drink|drinks|drinking|alcohol)\b/i, label: /alcohol/i },
  { situation: /\bdrugs?\b/i, label: /drugs/i },
  // Stopping or cutting back.
  { situation: /\b(cut back|cut down|cutting back|moderat\w*|drink less|not (to )?quit)\b/i, label: /cut back/i },
  { situation: /./, label: /stop completely/i },
  // Medication for addiction.
  {
    question: /medication for addiction/i,
    situation: /\b(buprenorphine|suboxone|methadone|naltrexone|vivitrol|on mat|medication)\b/i,
    label: /^yes$/i,
  },
  { question: /medication for addiction/i, situation: /./, label: /^no$/i },
  // Mental health.
  { question: /mental health/i, situation: /\b(depress|anxiety|bipolar|mental|ptsd|schizo)/i, label: /^yes$/i },
  // Spirituality.
  {
    situation: /\b(not want|doesn'?t want|does not want|no) (a )?(religious|spiritual)|\bsecular\b|\bnot religious\b|\batheist\b/i,
    label: /secular/i,
  },
  { situation: /\b(christian|church|jesus)\b/i, label: /christian|faith/i },
  { situation: /\b(buddhis\w*|meditation)\b/i, label: /buddhist|meditation/i },
  {
    situation: /\b(spirituality|spiritual|higher power)\b.{0,20}\b(fine|ok|comfortable)|comfortable with[^.;]*spirituality/i,
    label: /comfortable/i,
  },
  // Women only.
  { situation: /\bwomen[- ]only\b|\bonly women\b|\bwants? a women'?s group\b/i, label: /women only/i },
  { situation: /\bany gender\b|\bman\b|\bmale\b|\bhe\b|\bhis\b|\bherself\b|\bwoman\b|\bshe\b|./i, label: /no preference/i },
  // Format.
  { situation: /\bin[- ]person\b/i, label: /in person/i },
  { situation: /\bonline\b/i, label: /online|either/i },
  // Meeting style.
  { situation: /\b(steps?|sponsor)\b/i, label: /steps/i },
  { situation: /\b(science|tools|practical)\b/i, label: /tools/i },
  { situation: /\bdiscussion\b/i, label: /discussion/i },
];

/** The same person, described and answering in Spanish (eval/es/personas.json). */
// (No \b after a possibly accented letter: JavaScript's \b only knows ASCII letters.)
const FAMILY_ES =
  /\bcuy[oa]s? (esposo|esposa|marido|pareja|novio|novia|madre|mam[aá]|padre|pap[aá]|hijo|hija|hermano|hermana|amig[oa])(?![a-zñáéíóú])|\bapoyo para (ella|[eé]l|s[ií]) mism[oa]\b|\bser querido\b/i;

const CONCEPTS_ES: Concept[] = [
  // Para quién es el apoyo.
  { situation: /\b(cliente|paciente|consejer[oa]|trabajador[a]? social)\b/i, label: /cliente|personal/i },
  { situation: FAMILY_ES, label: /alguien que me importa|familia|ser querido/i },
  { situation: /./, label: /^para m[ií]$/i },
  // Relación.
  { situation: /\b(esposo|esposa|marido|pareja|novio|novia)\b/i, label: /pareja/i },
  { situation: /\b(hijo|hija)\b/i, label: /hijo/i },
  { situation: /\b(madre|mam[aá]|padre|pap[aá])(?![a-zñáéíóú])/i, label: /pap[aá]|mam[aá]/i },
  { situation: /\b(hermano|hermana|amig[oa]|prim[oa])\b/i, label: /amigo|familiar/i },
  // Edad.
  { situation: /\b1[0-9] a[ñn]os\b|\badolescente\b/i, label: /s[ií].*adolescente/i },
  { situation: /./, label: /adult/i },
  // Sustancia.
  { situation: /\bvarias (drogas|sustancias)\b/i, label: /varias/i },
  { situation: /\b(hero[ií]na|opioide|fentanilo)/i, label: /opioide|hero[ií]na/i },
  { situation: /\b(coca[ií]na|crack)\b/i, label: /coca[ií]na/i },
  { situation: /\b(cristal|metanfetamina)\b/i, label: /cristal/i },
  { situation: /\b(marihuana|mota)\b/i, label: /marihuana/i },
  { situation: /\bpastillas\b/i, label: /pastillas/i },
  { situation: /\b(bebe|beber|bebida|toma|tomar|alcohol)\b/i, label: /alcohol/i },
  { situation: /\bdrogas?\b/i, label: /drogas en general/i },
  // Dejarlo o reducir.
  { situation: /\b(reducir|beber menos|tomar menos|moderaci[oó]n)\b/i, label: /reducir/i },
  { situation: /./, label: /dejarlo por completo/i },
  // Medicamentos para la adicción.
  { question: /medicamento para la adicci/i, situation: /\b(buprenorfina|suboxone|metadona|naltrexona|medicamento)/i, label: /^s[ií]$/i },
  { question: /medicamento para la adicci/i, situation: /./, label: /^no$/i },
  // Salud mental.
  { question: /salud mental/i, situation: /\b(depresi[oó]n|ansiedad|bipolar|salud mental)/i, label: /^s[ií]$/i },
  // Espiritualidad.
  { situation: /\bno quiere (un programa )?(religios[oa]|espiritual)|\blaic[oa]\b|\bsin religi[oó]n\b|\bate[oa]\b/i, label: /laico/i },
  { situation: /\b(cristian[oa]|iglesia|jes[uú]s)\b/i, label: /cristian|fe\b/i },
  { situation: /\b(budista|budismo|meditaci[oó]n)\b/i, label: /budista|meditaci/i },
  {
    situation: /\bespiritualidad\b.{0,5}\b(le parece bien|est[aá] bien)|\ble parecen? bien\b[^.;]*\bespiritualidad\b/i,
    label: /me parece bien/i,
  },
  // Solo mujeres.
  { situation: /\bsolo (de |para )?mujeres\b|\bgrupo de mujeres\b/i, label: /solo mujeres/i },
  { situation: /./, label: /sin preferencia/i },
  // Formato.
  { situation: /\ben persona\b/i, label: /en persona/i },
  { situation: /\ben l[ií]nea\b/i, label: /en l[ií]nea|cualquiera/i },
  // Tipo de reunión.
  { situation: /\b(pasos?|padrino)\b/i, label: /pasos/i },
  { situation: /\b(ciencia|herramientas|pr[aá]ctic)/i, label: /herramientas/i },
  { situation: /\bconversaci[oó]n\b/i, label: /conversaci[oó]n/i },
];

const NOT_SURE = /not sure|no s[eé]/i;

/** `question`: what the bot asked (its visible text), for answers such as "Yes" that fit several questions. */
export function choosePersonaAnswer(
  situation: string,
  choices: OfferedChoice[],
  locale: Locale = 'en',
  question = '',
): OfferedChoice | undefined {
  if (choices.length === 0) return undefined;
  for (const concept of locale === 'es' ? CONCEPTS_ES : CONCEPTS) {
    if (concept.question && !concept.question.test(question)) continue;
    if (!concept.situation.test(situation)) continue;
    const choice = choices.find((c) => concept.label.test(c.label));
    if (choice) return choice;
  }
  return choices.find((c) => NOT_SURE.test(c.label)) ?? choices[0];
}
