// Is this message written in Spanish? On SMS no locale comes with a message, so the words are
// all we have. A false switch is worse than a missed one (an English speaker suddenly gets
// Spanish; a Spanish speaker can still type ESPAÑOL), so the guess needs two independent signs
// of Spanish and more Spanish than English, or one word that only a Spanish speaker would send
// on its own ("hola", "ayuda", "sí").
//
// Word lists rather than a statistical detector: messages here are a few words long, where
// n-gram detectors (franc, cld) are unreliable, and the vocabulary people use is narrow.
import { normalize, words } from './normalize';
import type { Locale } from '../../content/schema';

export type GuessedLanguage = Locale;

/**
 * Words that are Spanish and not English (after accents are removed). Left out on purpose:
 * words English also uses on their own ("no", "me", "a", "son", "pan", "come", "dame").
 */
const SPANISH_WORDS = new Set(
  // function words
  (
    'que el la los las un una unos unas del de al en o es esta estan este esto eso ese esa ' +
    'para por con sin sobre entre hay como donde cuando cual cuales quien quienes cuanto cuanta cuantos ' +
    'porque pero muy mas tambien aun todavia aqui alli algo alguien nada nadie algun alguna ningun ninguna ' +
    'mi mis tu tus su sus nuestro nuestra yo usted ustedes ella ellos ellas nosotros le les lo se te nos ' +
    // verbs and words people in this conversation use
    'soy eres estoy estas esta somos tengo tiene tienen tienes quiero quiere quieres necesito necesita necesitas ' +
    'puedo puede puedes podria sabe saber se debo deberia hago hacer ir voy vamos ser estar tomar tomo toma ' +
    'beber bebo bebe bebida bebidas tomando bebiendo dejar dejo usar uso usando consumo consumir fumar fumo ' +
    'ayuda ayudame ayudar ayudarme hola gracias buenas buenos dias tardes noches claro vale ' +
    'cuentame dime explicame hablame digame quisiera podrias puedes sirve funciona hacen hace ' +
    'grupo grupos reunion reuniones junta juntas apoyo ayuda familia familiares amigo amiga amigos hijo hija hijos ' +
    'esposo esposa marido mujer novio novia mami papi madre padre hermano hermana pareja ' +
    'drogas droga alcoholico alcoholica alcoholicos anonimos narcoticos cocaina adiccion adicto adicta ' +
    'cuesta cuestan dinero gratis gratuito gratuitas religioso religiosa dios padrino madrina pasos ' +
    'espanol ingles quiero hablar llamar mensaje ahora hoy manana noche vida morir matarme suicidarme ' +
    'cerca buscar encontrar encuentro algunas diferencia mejor primera segunda tercera primero segundo tercero ' +
    'ninguno nunca siempre tiempo anos edad menor sola solos juntos otra otro otros ' +
    'existe existen sirven consigo consigue conseguir compro comprar ' +
    // substances and states as people name them on the street
    'marihuana mota pastillas heroina cristal fentanilo metanfetamina borracho borracha cruda ' +
    // texting shorthand: "q es AA", "xq", "k hago". English texters send "k" too, but only as
    // one sign among English words ("k thanks"), which keeps the message English.
    'q k ke xq pq ' +
    // money, sponsors and street words: "AA cobra?", "usa padrinos?", "mi jefa", "el perico"
    'cobra cobran cobrar padrinos madrinas nomas chela chelas pisto peda jefa jeva pana romo perico tranquilizantes crudo recaido'
  ).split(' '),
);

/** A message of at most this many words may be Spanish on one clear Spanish word. */
const SHORT_MESSAGE_WORDS = 4;
/** Spanish words an English text may hold on its own ("dime bag", "meetings gratis"): not enough alone. */
const ALSO_ENGLISH = new Set(['dime', 'vale', 'gratis', 'padre']);

/** Spanish words that are enough on their own, as a whole message. */
const SPANISH_ALONE = new Set([
  'hola',
  'ayuda',
  'ayudame',
  'gracias',
  'espanol',
  'buenas',
  'buenos dias',
  'buenas tardes',
  'buenas noches',
  'necesito ayuda',
  'por favor',
  'que es aa',
  'que es na',
  'si',
  'claro',
  'no se',
  'urgente',
  'menu principal',
  'mas',
  'atras',
  'olvidame',
]);

/** Common English words: a message full of them is English whatever else it holds. */
const ENGLISH_WORDS = new Set(
  (
    "the a an is are was were be been am i im i'm my mine you your it its this that these those what whats " +
    "how who where when why which can could would should will do does did dont don't not and or of to for in " +
    'on at with from about there here have has had get got want need help group groups meeting meetings ' +
    'drink drinks drinking drug drugs use using husband wife son daughter mom dad friend family please thanks ' +
    'hi hello hey yes yeah okay any some more find near online free cost religious god steps sponsor if so just'
  ).split(' '),
);

/** A word people write in this language with a meaning of its own ("son" in English, "hijo" in Spanish). */
export function isCommonWord(word: string, language: GuessedLanguage): boolean {
  return (language === 'en' ? ENGLISH_WORDS : SPANISH_WORDS).has(word);
}

/** Letters and marks that appear in Spanish and almost never in English messages. */
const SPANISH_MARKS = /[¿¡ñÑ]/g;
const ACCENTED_WORD = /\p{L}*[áéíóúÁÉÍÓÚ]\p{L}*/gu;

export interface LanguageSigns {
  spanish: number;
  english: number;
}

/** The evidence counted for a guess, for tests and tuning. */
export function languageSigns(text: string): LanguageSigns {
  const sample = text.slice(0, 500);
  const tokens = words(normalize(sample));
  let spanish = tokens.filter((t) => SPANISH_WORDS.has(t)).length;
  const english = tokens.filter((t) => ENGLISH_WORDS.has(t)).length;
  spanish += Math.min(2, (sample.match(SPANISH_MARKS) ?? []).length);
  // An accented vowel is a sign, once per word; English borrowings (café, fiancée) stay below
  // the bar on their own, since a guess needs more Spanish signs than English words.
  spanish += Math.min(2, (sample.match(ACCENTED_WORD) ?? []).length);
  return { spanish, english };
}

/** 'es' when the text is clearly Spanish, 'en' when clearly English, otherwise undefined. */
export function guessLanguage(text: string): GuessedLanguage | undefined {
  const normalized = normalize(text);
  if (!normalized) return undefined;
  if (SPANISH_ALONE.has(normalized)) return 'es';
  const { spanish, english } = languageSigns(text);
  if (spanish >= 2 && spanish > english) return 'es';
  // A short text with one Spanish word of some length and no English ("AA cobra?", "usa
  // padrinos?"): the names of groups around it are the same in both languages.
  const tokens = words(normalized);
  if (
    spanish >= 1 &&
    english === 0 &&
    tokens.length <= SHORT_MESSAGE_WORDS &&
    tokens.some((t) => t.length >= 4 && SPANISH_WORDS.has(t) && !ALSO_ENGLISH.has(t))
  )
    return 'es';
  if (english >= 2 && english > spanish) return 'en';
  return undefined;
}

/** A channel's locale tag ("es", "es-US", "es-MX", "en-US") as one of our languages. */
export function localeFromTag(tag: string | undefined): GuessedLanguage | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'es') return 'es';
  if (primary === 'en') return 'en';
  return undefined;
}
