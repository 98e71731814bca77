// Guards for questions about a symptom ("what are the signs of the DTs?") rather than a person
// who has it now.

/** A question about withdrawal or a symptom, not a person who has it now ("what are the signs of the DTs?"). */
export const SYMPTOM_QUESTION =
  '(?:what (?:are|is|happens|causes)|whats|signs? of|symptoms? of|is it normal|can you (?:get|die)|how (?:do|would|can) (?:i|you) (?:know|tell)|how long (?:do|does|is|can)|how do you treat|treatment for)';
/** ...but one describing what is happening now is not a question about it. */
export const SYMPTOM_NOW =
  '(?:(?:im|i am|hes|shes|he is|she is|theyre|they are|keeps?|kept|been|started|now)\\s+(?:\\w+\\s+)?(?:seeing|hearing|hallucinating|shaking)|i (?:see|hear|keep seeing)|(?:he|she|they) (?:sees|hears|keeps seeing)|(?:has|having|got)\\s+(?:the\\s+)?(?:dts|horrors)|(?:my|his|her)\\s+chest\\s+(?:hurts|is|feels))';
export const SYMPTOM_QUESTION_ES =
  '(?:que (?:es|son|pasa)|sintomas|senales|es normal|se puede|como (?:se\\s+)?(?:sabe|saber|reconocer)|como se (?:si|que)|cuanto dura)';
export const SYMPTOM_NOW_ES =
  '(?:(?:esta|estoy|anda|ando|sigue|sigo|empezo a|empece a)\\s+(?:\\w+\\s+)?(?:viendo|alucinando|delirando|oyendo|escuchando|temblando)|me duele|le duele)';
