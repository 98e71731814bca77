// Whether a message may name a time at all, before the date-time recognizer is asked (it costs
// milliseconds per message, tens in Spanish). A date or a time needs a digit or a word for one:
// a day, a part of the day, a month, a holiday, a unit of time, "now", a number word. The lists
// are generous on purpose: a word too many only costs the recognizer's time, a word missing
// would lose a time the person asked for. tests/meetings/timeWords.test.ts checks, over every
// example sentence in the content and many meeting searches, that the recognizer finds no time
// in any message this says names none.
import type { Locale } from '../../content/schema';

const ENGLISH = [
  // days and parts of the day
  'today', 'todays', 'tonight', 'tonite', 'tomorrow', 'tomorrows', 'tomorow', 'tmrw', 'tmr', 'yesterday', 'now', 'nowadays', 'currently',
  'recently', 'present', 'asap', 'noon', 'midnight', 'midday', 'morning', 'mornings', 'afternoon', 'afternoons', 'evening', 'evenings', 'night',
  'nights', 'nite', 'overnight', 'daytime', 'nighttime', 'dawn', 'dusk', 'sunrise', 'sunset', 'lunch', 'lunchtime', 'dinner', 'dinnertime',
  'breakfast', 'brunch', 'eve', 'early', 'late', 'later', 'soon', 'ago', 'weekend', 'weekends', 'weekday', 'weekdays', 'week', 'weeks',
  'weekly', 'fortnight', 'month', 'months', 'monthly', 'year', 'years', 'yearly', 'day', 'days', 'daily', 'hour', 'hours', 'hourly', 'hr',
  'hrs', 'minute', 'minutes', 'min', 'mins', 'oclock', "o'clock", 'am', 'pm', 'a.m', 'p.m', 'season', 'spring', 'summer', 'fall', 'autumn',
  'winter', 'quarter', 'half', 'decade', 'century',
  // weekdays and months, with their abbreviations
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays',
  'saturdays', 'sundays', 'mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec',
  // holidays
  'holiday', 'holidays', 'christmas', 'xmas', 'easter', 'thanksgiving', 'halloween', 'valentine', 'valentines', 'independence', 'memorial',
  'labor', 'labour', 'veterans', 'columbus', 'mlk', 'new year', 'new years', 'mother', 'mothers', 'father', 'fathers', 'patrick', 'patricks',
  // number words (a time may be written out: "at seven")
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
  'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'hundred', 'first', 'second', 'third',
  'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth',
  'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth', 'dozen', 'couple',
];

/** Spanish, written without accents (the message is compared folded). */
const SPANISH = [
  'hoy', 'manana', 'mananas', 'noche', 'noches', 'anoche', 'tarde', 'tardes', 'madrugada', 'mediodia', 'medianoche', 'ahora', 'ahorita',
  'actualmente', 'recientemente', 'ayer', 'anteayer', 'pasado', 'semana', 'semanas', 'semanal', 'finde', 'mes', 'meses', 'mensual', 'ano',
  'anos', 'dia', 'dias', 'diario', 'diaria', 'hora', 'horas', 'minuto', 'minutos', 'temprano', 'luego', 'pronto', 'proximo', 'proxima',
  'viene', 'almuerzo', 'cena', 'desayuno', 'amanecer', 'atardecer', 'anochecer', 'vispera', 'primavera', 'verano', 'otono', 'invierno',
  'cuarto', 'media', 'quincena', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'sabados', 'domingo', 'domingos', 'lun',
  'mie', 'jue', 'vie', 'sab', 'dom', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre',
  'octubre', 'noviembre', 'diciembre', 'ene', 'abr', 'ago', 'dic', 'navidad', 'nochebuena', 'nochevieja', 'pascua', 'pascuas', 'feriado',
  'festivo', 'vacaciones',
  // The recognizer reads "una" as one o'clock wherever it is ("busco una reunión"): it counts,
  // so that the recognizer's reading stays as it is.
  'una', 'un',
  // "a las siete": an hour written out 'las dos', 'las tres', 'las cuatro', 'las cinco', 'las seis', 'las siete', 'las ocho', 'las nueve', 'las diez', 'las once',
  'las doce', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince',
  'veinte', 'treinta', 'primero', 'primer', 'segundo', 'tercero', 'docena',
];

/**
 * The Spanish model also reads two-letter weekdays anywhere ("mi" is Wednesday, "do" Sunday),
 * in Spanish and English sentences alike ("puedo corregir mi respuesta", "how do I start").
 */
const SPANISH_SHORT_DAYS = ['lu', 'ma', 'mi', 'ju', 'vi', 'sa', 'do'];

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const wordsPattern = (words: string[]) => new RegExp(`(?:^|[^a-z'])(?:${words.map(escape).join('|')})(?![a-z])`);

/** Both languages' words for either model: a message in the other language is read by the same model. */
const TIME_WORDS: Record<Locale, RegExp> = {
  en: wordsPattern([...ENGLISH, ...SPANISH]),
  es: wordsPattern([...ENGLISH, ...SPANISH, ...SPANISH_SHORT_DAYS]),
};

/** Lower case, accents off ("sábado" -> "sabado", "mañana" -> "manana"). */
function folded(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** False only when the message has no digit and no word for a day, a time or a number that the `locale` model reads. */
export function mayNameATime(text: string, locale: Locale): boolean {
  if (/\d/.test(text)) return true;
  return TIME_WORDS[locale].test(folded(text));
}
