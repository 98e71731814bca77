// The kinds of crisis the detector reports, and what it reports.
export type CrisisKind = 'overdose' | 'suicide' | 'self-harm' | 'violence';

export interface CrisisSignal {
  kind: CrisisKind;
  /** The language of the phrase that matched. */
  language: 'en' | 'es';
}
