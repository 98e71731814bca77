// The safety layer: crisis detection and the crisis reply. Pure functions over plain data;
// nothing here knows about Bot Framework.
export { detectCrisis, normalizeForCrisis, MAX_ANALYSED_CHARS, type CrisisKind, type CrisisSignal } from './detectCrisis';
export { learnedCrisisCheck, CrisisModel, type LearnedCrisisSignal } from './learned';
export { buildCrisisReply, crisisReplyText, type CrisisContent, type CrisisReply } from './crisisReply';
