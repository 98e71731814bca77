// Spanish: a person's own plan to overdose ("voy a tomarme todas mis pastillas"). Suicide, checked
// before the overdose rules.
import type { CrisisRule } from '../types';
import { NEG_ES, DRUG_ES } from '../../../understand/vocabulary';

export const ES_OWN_PLAN_RULES: readonly CrisisRule[] = [
  // "Voy a tomarme todas mis pastillas", "me voy a tomar todo el frasco", and a plan in steps:
  // "voy a tomarme toda la botella con todas mis pastillas".
  {
    id: 'es.suicide.plan.01',
    kind: 'suicide',
    lang: 'es',
    pattern:
      '(?:quiero|voy a|pienso|pensando en|quisiera|me quiero|me voy a|estoy por|a punto de)\\s+(?:en\\s+)?(?:tomar(?:me)?|tragar(?:me)?|beber(?:me)?)\\s+' +
      '(?:(?:[\\w,]+\\s+){1,6}?(?:con|y|mas|,)\\s+(?:(?:luego|despues)\\s+)?(?:(?:me\\s+)?(?:tomo|trago)\\s+)?)?' +
      '(?:(?:tod[oa]s\\s+(?:las|los|mis)|un\\s+(?:frasco|bote|monton|punado)\\s+de|una\\s+caja\\s+de|muchas|demasiadas)\\s+(?:\\w+\\s+)?' +
      DRUG_ES +
      '|todo el (?:frasco|bote|blister|paquete)|toda la caja de)',
    notBefore: NEG_ES,
    // Taking a prescription as told: "voy a tomar todas mis medicinas como me dijo el doctor".
    notAfter:
      'como (?:me\\s+)?(?:dijo|dijeron|indico|indicaron|receto|recetaron|mando|mandaron)|a (?:su|sus|mi|mis) horas?|con (?:la comida|agua|el desayuno|la cena)',
    examples: [
      'voy a tomarme toda la botella con todas mis pastillas',
      'me voy a beber el tequila y luego me tomo todas las pastillas',
      'me voy a tomar todo el frasco',
    ],
    counterExamples: ['no voy a tomarme todas mis pastillas de golpe', 'voy a tomar todas mis medicinas como me dijo el doctor'],
  },
  {
    id: 'es.suicide.plan.02',
    kind: 'suicide',
    lang: 'es',
    pattern:
      '(?:quiero|voy a|pienso|pensando en|quisiera|me quiero|me voy a)\\s+(?:en\\s+)?(?:darme|meterme|provocarme)\\s+una\\s+sobre\\s?dosis|sobre\\s?dosis a proposito',
    examples: ['quiero darme una sobredosis esta noche', 'me voy a provocar una sobredosis a propósito'],
  },
];
