// `node dist/scripts/nluCompare.js`: k-fold cross-validation of the intent classifiers on the
// content's utterances, side by side: how the model the bot uses was chosen.
import { loadBotContent } from '../content/botContent';
import { lookupEntries } from '../content/query';
import { PhraseBook } from '../src/understand/lexicon';
import { TextLookup } from '../src/understand/lookup';
import { CLASSIFIER_KINDS } from '../src/understand/nlu/model';
import { crossValidate, scorecard } from '../src/understand/nlu/crossValidate';
import { LANGUAGES, labelledTexts, trainingExamples } from '../src/understand/nlu/training';

const bot = loadBotContent();
const lookup = new TextLookup(lookupEntries(bot.content), new PhraseBook(bot.lexicon).stopwords);
const k = Number(process.env.FOLDS ?? 5);
console.log(`| classifier | language | examples | accuracy | macro F1 | train+test time |`);
console.log(`|---|---|---|---|---|---|`);
for (const kind of CLASSIFIER_KINDS) {
  for (const language of LANGUAGES) {
    const examples = trainingExamples(lookup, labelledTexts(bot.intents, language), language);
    const started = Date.now();
    const card = scorecard(crossValidate(kind, examples, k));
    console.log(`| ${kind.name} | ${language} | ${examples.length} | ${(card.accuracy * 100).toFixed(1)}% | ${(card.macroF1 * 100).toFixed(1)}% | ${((Date.now() - started) / 1000).toFixed(1)} s |`);
  }
}
