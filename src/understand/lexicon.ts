// Whole-message phrase matching against the lexicon: commands, yes, no, "not sure".
import { COMMANDS, type Command, type Lexicon } from '../../content/lexiconSchema';
import { isCommonWord, type GuessedLanguage } from './language';
import { normalize } from './normalize';

type PhraseList = { en: string[]; es?: string[] };

/** Phrase sets built once; every language is accepted whatever the conversation's language. */
export class PhraseBook {
  private readonly commands: Map<string, Command>;
  private readonly yes: Set<string>;
  private readonly no: Set<string>;
  private readonly unsure: Set<string>;
  /** Commands and answers found only in the Spanish lists ("ayuda urgente", "atras", "no se"). */
  private readonly spanishOnly: Set<string>;
  readonly stopwords: Set<string>;

  constructor(lexicon: Lexicon) {
    this.commands = new Map();
    for (const command of COMMANDS) for (const phrase of all(lexicon.commands[command])) this.commands.set(phrase, command);
    this.yes = new Set(all(lexicon.yes));
    this.no = new Set(all(lexicon.no));
    this.unsure = new Set(all(lexicon.unsure));
    this.stopwords = mergedStopwords(lexicon.stopwords);
    const lists = [...COMMANDS.map((c) => lexicon.commands[c]), lexicon.yes, lexicon.no, lexicon.unsure];
    const english = new Set(lists.flatMap((l) => l.en.map(normalize)));
    this.spanishOnly = new Set(lists.flatMap((l) => (l.es ?? []).map(normalize)).filter((p) => !english.has(p)));
  }

  /** The whole message is a Spanish command or answer that English speakers do not use. */
  isSpanishPhrase(normalized: string): boolean {
    return this.spanishOnly.has(normalized) || this.spanishOnly.has(stripPoliteness(normalized));
  }

  command(normalized: string): Command | undefined {
    return this.commands.get(stripPoliteness(normalized));
  }

  yesNo(normalized: string): boolean | undefined {
    const text = stripPoliteness(normalized);
    if (this.yes.has(text)) return true;
    if (this.no.has(text)) return false;
    return undefined;
  }

  isUnsure(normalized: string): boolean {
    return this.unsure.has(stripPoliteness(normalized));
  }
}

/**
 * One stopword set serves both languages: the lookup does not know which language a message is
 * in (SMS sends no locale). A stopword of one language that is an everyday word of the other
 * stays meaningful: Spanish "son" (they are) is the English "son" of "help for my son".
 */
function mergedStopwords(stopwords: PhraseList): Set<string> {
  const lists: Record<GuessedLanguage, string[]> = { en: stopwords.en.map(normalize), es: (stopwords.es ?? []).map(normalize) };
  const meaningfulIn = (language: GuessedLanguage, word: string) => isCommonWord(word, language) && !lists[language].includes(word);
  return new Set([...lists.en.filter((w) => !meaningfulIn('es', w)), ...lists.es.filter((w) => !meaningfulIn('en', w))]);
}

function all(list: PhraseList): string[] {
  return [...list.en, ...(list.es ?? [])].map(normalize);
}

/** "menu please", "ok back", "the menu" and "quiero buscar un grupo" mean the same as the bare words. */
function stripPoliteness(normalized: string): string {
  return normalized
    .replace(
      /^(ok|okay|please|the|um|uh|can i|can we|let'?s|i want to|i'd like to|go|quiero|quisiera|me gustaria|por favor|puedes|podrias|el|la)\s+/,
      '',
    )
    .replace(/\s+(please|thanks|thank you|pls|por favor|gracias)$/, '');
}
