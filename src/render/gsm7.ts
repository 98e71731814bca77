// Keep SMS text in the GSM-7 alphabet where we can: one curly quote or dash turns a message into
// UCS-2, which halves the characters per segment (160 -> 70).

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

export function toSmsText(value: string): string {
  let out = value;
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  return out.replace(EMOJI, '').replace(/[ \t]+\n/g, '\n').trim();
}
