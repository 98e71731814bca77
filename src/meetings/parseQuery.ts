// A meeting search in a person's words: "find an AA meeting tonight near 94110", "online SMART
// meeting on Saturday morning", "NA meetings near Denver tomorrow". Pure: the group names, the
// time zone near a place and the clock come in as arguments. The date-time recognizer runs only
// once the message is known to be a meeting search, on what is left after the place is removed.
import type { Locale } from '../../content/schema';
import { normalize, words } from '../understand/normalize';
import { MEETING_FILTER_IDS, type MeetingFilter } from './meetingTypes';
import { isCityName, isStateCode, placeForCity, placeForZip, type Place } from './places';
import { recognizeWhen, type Window } from './when';

export type PlaceQuery = { kind: 'online' } | { kind: 'near'; place: Place };

export interface MeetingQuery {
  /** Content group ids named in the message; empty = any fellowship with a feed. */
  fellowships: string[];
  place?: PlaceQuery;
  /** A ZIP code or city was given but not found ("near Xyzzy"). */
  unknownPlace: boolean;
  /** "in person" was asked for: online-only meetings are left out. */
  inPersonOnly: boolean;
  filters: MeetingFilter[];
  /** Undefined when no time was named: the next meetings from now. */
  windows?: Window[];
  /** The zone the person's "tonight" refers to. */
  timeZone: string;
}

export interface ParseContext {
  locale: Locale;
  now: number;
  /** The person's zone when nothing better is known (SMS users: configured, US). */
  defaultTimeZone: string;
  groupsNamed: (text: string) => string[];
  /** The zone of meetings near a place ("tonight" near 94110 is tonight in San Francisco). */
  timeZoneNear: (place: Place) => string | undefined;
}

const MEETING_WORDS = /\b(meetings?|mtgs?|reunion(es)?|juntas?)\b/;
const SEARCH_CUES =
  /\b(find|search|look(ing)? for|locate|where|near|nearby|nearest|closest|close to|around here|tonight|today|tomorrow|this weekend|next|mon(day)?|tue(s|sday)?|wed(nesday)?|thu(rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?|zip|buscar?|busco|encontrar|donde|cerca|hoy|esta noche|manana|fin de semana|lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b|\b\d{5}\b/;
/**
 * "help finding a meeting", "searching for an AA meeting", "buscando una junta": the -ing forms
 * count only with the meeting close behind, since "finding it hard to go to meetings" is no search.
 */
const SEARCHING_FOR =
  /\b(finding|searching( for)?|buscando)( (a|an|the|some|any|local|una?|unas?|alguna?|algunas?))?( [\w']+){0,2} (meetings?|mtgs?|reunion(es)?|juntas?)\b/;
/** Questions about what meetings are like are answered by the topics, not by a search. */
// A question about meetings, or about the tools for finding them ("is there an app to find
// meetings"), is answered from content, not taken as a search; so are questions about going
// along with someone ("am I allowed to sit in with her") and how long meetings last.
const ABOUT_MEETINGS =
  /\b(allowed|sit in|go with (him|her|them)|how long (is|are|do|does|will)|cuanto dura|puedo (ir|acompanar|llevar)|what happens|what is it like|what'?s it like|like at|what to expect|what should|how do(es)? (a|an|the)?\s?meetings? work|what is an?|what are|que pasa|como es|que es una|apps?|application|aplicacion(es)?|website|sitio web|pagina web)\b/;

const FILTER_WORDS: Record<MeetingFilter, RegExp> = {
  open: /\b(open|abiertas?)\b/,
  closed: /\b(closed|cerradas?)\b/,
  women: /\b(women'?s?|woman|female|ladies|mujer(es)?)\b/,
  men: /\b(men'?s?|male|hombres?)\b/,
  secular: /\b(secular|agnostic|atheists?|non ?religious|not religious|without religion|laicas?|sin religion)\b/,
  lgbtq: /\b(lgbt\w*|gay|lesbian|queer|trans(gender)?|non ?binary)\b/,
  spanish: /\b(spanish|espanol|hispanic|latino)\b/,
  wheelchair: /\b(wheel ?chair|accessible|handicap\w*|silla de ruedas|accesible)\b/,
  beginners: /\b(beginners?|newcomers?|new comers?|first ?timers?|principiantes?|recien llegad[oa]s?)\b/,
};
/** Group names that already say what a filter would ("Women for Sobriety" is not a women's filter). */
const NAMED_BY_GROUP: Partial<Record<string, MeetingFilter>> = {
  'women-for-sobriety': 'women',
  'secular-aa': 'secular',
  'secular-organizations-for-sobriety': 'secular',
};

const ONLINE_WORDS = /\b(online|on line|virtual|zoom|internet|by phone|en linea|remote)\b/;
const IN_PERSON_WORDS = /\b(in person|in-person|face to face|en persona|presencial)\b/;
const NEAR_ME = /\b(near me|nearby|close to me|around me|around here|cerca de mi|cerca de aqui)\b/;
const PLACE_CUES = new Set(['near', 'in', 'around', 'by', 'at', 'of', 'cerca', 'de', 'en', 'zip', 'code']);
/** Words that follow a cue but are no place on their own: "en una reunión" is not Una, SC. */
const NOT_A_PLACE_START = new Set([
  'a',
  'an',
  'the',
  'my',
  'un',
  'una',
  'unos',
  'unas',
  'el',
  'la',
  'los',
  'las',
  'mi',
  'mis',
  'su',
  'sus',
  'linea',
  'persona',
]);
/** Everyday Spanish that is also a US place name: La Junta, CO; El Centro, CA. */
const SPANISH_PHRASES_NOT_PLACES = new Set(['la junta', 'el centro', 'la reunion']);
/** State codes that are Spanish words after such a phrase: "la junta de AA" is no La Junta, DE. */
const SPANISH_WORDS_LIKE_STATES = new Set(['de', 'al', 'la', 'mi', 'me', 'va', 'pa', 'ma']);
const ZIP = /\b(\d{5})(?:-\d{4})?\b/;
const POSTAL_CA = /\b([a-z]\d[a-z]) ?\d[a-z]\d\b/;

/** A cheap test, run on every free-text message: no recognizer, just words. */
export function looksLikeMeetingSearch(text: string): boolean {
  // "will people find out I went to a meeting" is about anonymity, not a search.
  const normalized = normalize(text).replace(/\bfind(s|ing)? out\b/g, ' ');
  if (!MEETING_WORDS.test(normalized) || ABOUT_MEETINGS.test(normalized)) return false;
  return (
    SEARCH_CUES.test(normalized) ||
    SEARCHING_FOR.test(normalized) ||
    (ONLINE_WORDS.test(normalized) && /\b(any|find|want|need|join)\b/.test(normalized)) ||
    placeIn(normalized).found !== undefined
  );
}

export function parseMeetingQuery(text: string, context: ParseContext): MeetingQuery {
  const normalized = normalize(text);
  const fellowships = context.groupsNamed(text);
  const filters = MEETING_FILTER_IDS.filter((f) => FILTER_WORDS[f].test(normalized) && !fellowships.some((g) => NAMED_BY_GROUP[g] === f));

  const located = placeIn(normalized);
  let place: PlaceQuery | undefined;
  if (located.found) place = { kind: 'near', place: located.found };
  else if (ONLINE_WORDS.test(normalized)) place = { kind: 'online' };

  const timeZone = (place?.kind === 'near' && context.timeZoneNear(place.place)) || context.defaultTimeZone;
  // The recognizer must not read a ZIP code as a time ("94110 this afternoon" -> "10 this afternoon").
  const forRecognizer = removePlaceWords(text, located.words);
  const windows = recognizeWhen(forRecognizer, context.locale, context.now, timeZone);

  return {
    fellowships,
    place,
    unknownPlace: located.unknown,
    inPersonOnly: IN_PERSON_WORDS.test(normalized) && place?.kind !== 'online',
    filters,
    windows,
    timeZone,
  };
}

/** An answer to "Where?": a ZIP code, a city, or "online". Undefined when it is none of these. */
export function parsePlaceAnswer(text: string): PlaceQuery | undefined {
  const normalized = normalize(text);
  const located = placeIn(normalized, true);
  if (located.found) return { kind: 'near', place: located.found };
  if (ONLINE_WORDS.test(normalized)) return { kind: 'online' };
  return undefined;
}

interface Located {
  found?: Place;
  /** The words that named the place, to keep them from the date-time recognizer. */
  words: string[];
  unknown: boolean;
}

/**
 * A ZIP code anywhere, else a city named after "near", "in", "around"... (or anywhere, when
 * the whole message answers "Where?"). "Denver CO" and "Springfield IL" pick the state.
 */
function placeIn(normalized: string, anywhere = false): Located {
  const zip = ZIP.exec(normalized);
  if (zip) {
    const found = placeForZip(zip[1]);
    return { found, words: [zip[0]], unknown: !found };
  }
  const postal = POSTAL_CA.exec(normalized);
  if (postal) {
    const found = placeForZip(postal[1].toUpperCase());
    if (found) return { found: { ...found, label: postal[0].toUpperCase() }, words: [postal[0]], unknown: false };
  }
  if (NEAR_ME.test(normalized)) return { words: [], unknown: false };
  const tokens = words(normalized);
  for (let i = 0; i < tokens.length; i++) {
    if (!anywhere && (i === 0 || !PLACE_CUES.has(tokens[i - 1]))) continue;
    for (let length = Math.min(4, tokens.length - i); length >= 1; length--) {
      if (length === 1 && NOT_A_PLACE_START.has(tokens[i])) continue; // "Los Angeles" still counts
      const name = tokens.slice(i, i + length).join(' ');
      if (name.length < 3 || !isCityName(name)) continue;
      const next = tokens[i + length];
      const state = next && isStateCode(next) ? next : undefined;
      // "en la junta" is at the meeting and "en el centro" downtown, unless a state follows
      // ("La Junta CO") or the whole answer to "Where?" is the name.
      if (
        SPANISH_PHRASES_NOT_PLACES.has(name) &&
        !(state && !SPANISH_WORDS_LIKE_STATES.has(state)) &&
        !(anywhere && tokens.length === length)
      )
        continue;
      const found = placeForCity(name, state) ?? placeForCity(name);
      if (found) return { found, words: state ? [name, next] : [name], unknown: false };
    }
  }
  return { words: [], unknown: false };
}

function removePlaceWords(text: string, placeWords: string[]): string {
  let out = text;
  for (const word of placeWords) {
    const pattern = word
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\s,.]+');
    out = out.replace(new RegExp(`\\b${pattern}\\b`, 'i'), ' ');
  }
  // "12 step meeting" is not noon.
  return out.replace(/\b12[\s-]*steps?\b/gi, ' ');
}
