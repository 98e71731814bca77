// One normal form for everything people type: lowercase, no accents, straight quotes, single spaces.

/** Recognizers-text has no time-out and its cost grows fast with length: never hand it more. */
export const RECOGNIZER_MAX_CHARS = 300;
/** Nothing we look up needs more than this; the rest of a very long message is not read. */
export const UNDERSTAND_MAX_CHARS = 500;

let lastInput: string | undefined;
let lastOutput = '';

export function normalize(text: string): string {
  // A turn normalizes the same message a dozen times (crisis check, commands, choices, lookup):
  // the last answer is kept.
  if (text === lastInput) return lastOutput;
  lastOutput = normalizeText(text);
  lastInput = text;
  return lastOutput;
}

function normalizeText(text: string): string {
  return (
    text
      .slice(0, UNDERSTAND_MAX_CHARS)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[\u2018\u2019`´]/g, "'")
      .replace(/[\u201C\u201D]/g, '"')
      // Texting shorthand the slash would break apart: "w/o the higher power stuff", "w/ my husband".
      .replace(/\bw\/o\b/g, ' without ')
      .replace(/\bw\/(?=\s|[a-z])/g, ' with ')
      .replace(/[^a-z0-9ñ'+\-\s]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Words, without the quotes and dashes that normalize keeps inside them. */
export function words(normalized: string): string[] {
  return normalized
    .split(' ')
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter(Boolean);
}
