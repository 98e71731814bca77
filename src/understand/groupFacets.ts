// The facts about a group a question can ask for ("when was AA founded" -> founded); the
// trained model (./nlu) reads which one, from its group.<fact> intents. And the medicines for
// addiction, named in one place.

export const GROUP_FACETS = [
  'founded',
  'size',
  'formats',
  'spiritual',
  'principles',
  'sponsors',
  'phone',
  'website',
  'goal',
  'medication',
  'about',
  'meeting',
  'find',
  'cost',
  'audience',
  'books',
] as const;
export type GroupFacet = (typeof GROUP_FACETS)[number];

/** Medicines for opioid or alcohol use disorder, in the words people use for them. */
const ADDICTION_MEDICATIONS =
  'methadone|suboxone|subutex|sublocade|zubsolv|buprenorphine|bupe|naltrexone|vivitrol|acamprosate|mat|moud|medication assisted|metadona|buprenorfina|naltrexona|tratamiento asistido';
const ADDICTION_MEDICATION = new RegExp(`\\b(${ADDICTION_MEDICATIONS})\\b`);

/** "my patient is on methadone": a medicine for addiction named in normalized text. */
export function namesAddictionMedication(normalized: string): boolean {
  return ADDICTION_MEDICATION.test(normalized);
}
