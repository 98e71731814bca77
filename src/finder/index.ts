export { rankGroups, groupMatches, SKIPPED, type Answers, type RankedGroup } from './rank';
export { nextQuestion, answersInText, choiceInText } from './questions';
export { contrastResults, distinctionsOf, type Distinction, type ResultContrast } from './distinguish';
