// Where emergency numbers may appear. 911 and 988 belong in the crisis reply (which the word
// URGENT brings at once, on every channel) and in the one topic people open to ask for lines and
// numbers by name. Any other topic that quotes them answers an ordinary question ("does insurance
// cover naloxone", "what are the DTs") as if it were an emergency: it says what to do in words
// and points to URGENT instead ("get medical help right away (type URGENT here for emergency
// numbers)"). Problems read like the loader's: `content/data/topics/relapse.yaml: body.en: ...`.
import path from 'node:path';
import type { Content } from './types';
import { displayPath } from './load';
import { LOCALES, type Localized, type Topic } from './schema';

/** The topic that lists the crisis lines and emergency numbers themselves. */
export const EMERGENCY_NUMBERS_TOPIC = 'crisis-resources';

/** An emergency number as a person reads it (a URL such as 988lifeline.org is not one). */
const EMERGENCY_NUMBER = /\b(911|988)\b/;

/** Every text of a topic a person reads, by the field it comes from (sources are not shown). */
function shownTexts(topic: Topic): [string, Localized][] {
  return [
    ['title', topic.title],
    ['body', topic.body],
    ...topic.points.map((p, i): [string, Localized] => [`points[${i}]`, p]),
    ...topic.links.map((l, i): [string, Localized] => [`links[${i}].label`, l.label]),
  ];
}

/** One line per text of a topic, other than EMERGENCY_NUMBERS_TOPIC, that gives 911 or 988. */
export function emergencyNumberProblems(content: Content, dataDir: string): string[] {
  const problems: string[] = [];
  for (const topic of content.topics) {
    if (topic.id === EMERGENCY_NUMBERS_TOPIC) continue;
    const file = displayPath(path.join(dataDir, 'topics', `${topic.id}.yaml`));
    for (const [field, texts] of shownTexts(topic)) {
      for (const locale of LOCALES) {
        const number = EMERGENCY_NUMBER.exec(texts[locale] ?? '')?.[1];
        if (number) {
          problems.push(
            `${file}: ${field}.${locale}: gives ${number}; only the crisis reply and ${EMERGENCY_NUMBERS_TOPIC} give emergency numbers: ` +
              'say what to do in words and point to URGENT (URGENTE), e.g. "(type URGENT here for emergency numbers)"',
          );
        }
      }
    }
  }
  return problems;
}
