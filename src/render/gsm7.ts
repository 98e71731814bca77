// Keep SMS text in the GSM-7 alphabet where we can: one curly quote or dash turns a message into
// UCS-2, which halves the characters per segment (160 -> 70).

// The GSM 03.38 alphabet: the basic set, and the extension set whose characters take two septets.
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENDED = new Set('^{}\\[~]|€\f');

const REPLACEMENTS: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u2033]/g, '"'],
  [/[\u2013\u2014\u2212]/g, '-'],
  [/\u2026/g, '...'],
  [/[\u2022\u00B7\u25CF]/g, '-'],
  [/\u00A0/g, ' '],
  [/[*_`#]/g, ''],
];

// Emoji and pictographs never help on SMS.
const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu;

/** `fold`: letters GSM-7 lacks become plain letters (see foldToGsm); crisis help keeps its exact words. */
export function toSmsText(value: string, fold = true): string {
  let out = value;
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  out = out.replace(EMOJI, '');
  return (fold ? foldToGsm(out) : out).replace(/[ \t]+\n/g, '\n').trim();
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * A letter GSM-7 lacks becomes its plain letter: Spanish "á, í, ó, ú" read as "a, i, o, u" (as
 * many people text anyway), which keeps a Spanish message at 160 characters a segment instead of
 * 70. Letters GSM-7 has (é, ñ, ü, ¿, ¡) stay as they are.
 */
export function foldToGsm(value: string): string {
  let out = '';
  for (const ch of value) {
    if (GSM_BASIC.has(ch) || GSM_EXTENDED.has(ch)) out += ch;
    else {
      const plain = ch.normalize('NFD').replace(COMBINING_MARKS, '');
      out += plain && [...plain].every((c) => GSM_BASIC.has(c)) ? plain : ch;
    }
  }
  return out;
}

export interface SmsSegments {
  encoding: 'GSM-7' | 'UCS-2';
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

/**
 * How many segments a carrier bills for a message: GSM-7 fits 160 septets in one segment and 153
 * in each part of a longer one; one character outside it makes the whole message UCS-2 (70/67).
 */
export function countSegments(value: string): SmsSegments {
  let septets = 0;
  let gsm = true;
  for (const ch of value) {
    if (GSM_BASIC.has(ch)) septets += 1;
    else if (GSM_EXTENDED.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return { encoding: 'GSM-7', units: septets, segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
  const units = value.length;
  return { encoding: 'UCS-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
