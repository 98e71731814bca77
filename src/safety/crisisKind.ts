// The kinds of crisis the detector reports, and what it reports.
export type CrisisKind = 'overdose' | 'suicide' | 'self-harm' | 'violence';
import type { Locale } from '../../content/schema';

export interface CrisisSignal {
  kind: CrisisKind;
  /** The language of the phrase that matched. */
  language: Locale;
}
