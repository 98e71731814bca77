// Spanish: self-harm now (not an accident, not long past).
import type { CrisisRule } from '../types';
import { NEG_ES } from '../../../understand/vocabulary';
import { STILL_NOW_ES } from '../guards/time';

export const ES_SELF_HARM_RULES: readonly CrisisRule[] = [
  // ---- Self-harm (Spanish) ----
  {
    id: 'es.self-harm.01',
    kind: 'self-harm',
    lang: 'es',
    pattern:
      'estoy sangrando mucho|no (?:para|deja) de sangrar|mucha sangre|hacerme\\s+(?:dano|mal)|me\\s+(?:quiero|voy a)\\s+(?:hacer dano|lastimar|cortar|herir|quemar)|lastimarme|herirme|autolesion\\w*|auto\\s+lesion\\w*|me\\s+(?:estoy|sigo)\\s+cortando|me\\s+(?:quemo|rasguno|golpeo)\\s+(?:a mi mism[oa]|con (?:cigarros|cigarrillos|un encendedor|una navaja))|me hago dano|me lastimo a mi|cortarme|me corto',
    notBefore: NEG_ES,
    notAfter:
      '(?:el|los|la|las|mi|mis)\\s+(?:pelo|cabello|unas|barba|fleco|flequillo|puntas|bigote|cabeza|dedo)|con (?:el|la) (?:cuchillo|papel)',
    // ...and clinical history or a question about someone else: "antecedentes de autolesiones, nada reciente".
    unlessClause:
      '(?:sin querer|por accidente|cocinando|afeitando|me cai|(?:antecedentes?|historia|historial) de|sin (?:antecedentes|conductas)|nada reciente|ninguna en|como (?:hablo|ayudo|apoyo) (?:con |a )?alguien que|no tengo (?:\\w+\\s+){0,2}?de (?:hacerme|lastimarme))',
    examples: [
      'quiero hacerme daño',
      'me estoy cortando otra vez',
      'tengo ganas de lastimarme',
      'me corto los brazos',
      'empecé a cortarme otra vez',
    ],
    counterExamples: [
      'voy a cortarme el pelo antes de la reunión',
      'me corto las uñas',
      'paciente con antecedentes de autolesión, ninguna en dos años, pide grupo',
      '¿cómo hablo con alguien que se autolesiona?',
    ],
  },
  // "Me volví a cortar los brazos", "me corté las piernas", "empecé a lastimarme otra vez";
  // not "me volví a cortar el pelo", and not long past ("antes me cortaba pero ya no").
  {
    id: 'es.self-harm.02',
    kind: 'self-harm',
    lang: 'es',
    pattern:
      'me\\s+(?:volvi|he vuelto|vuelvo|empece|he empezado|puse|pongo)\\s+a\\s+(?:cortar|lastimar|quemar|golpear|rasgunar|herir|hacer dano)|(?:volvi|he vuelto|vuelvo|empece|he empezado)\\s+a\\s+(?:cortarme|lastimarme|quemarme|golpearme|hacerme dano)' +
      '|(?:me\\s+)?(?:corte|cortaba|cortando|he cortado|cortandome)\\s+(?:\\w+\\s+)?(?:los|las|mis)\\s+(?:brazos?|piernas?|munecas?|muslos?|venas|piel)|cortes? en (?:los|las|mis)\\s+(?:brazos|piernas|munecas|muslos)|me cortaba',
    notBefore: NEG_ES,
    notAfter:
      '(?:el|los|la|las|mi|mis)\\s+(?:pelo|cabello|unas|barba|fleco|flequillo|puntas|bigote|patillas|cabeza|dedo)|con (?:el|la) (?:cuchillo|papel)',
    unlessClause:
      '(?:sin querer|por accidente|cocinando|afeitando|me cai|antes(?!\\s+(?:de|que)\\b)|de (?:adolescente|joven|nin[oa]|chic[oa])|cuando (?:era|tenia|estaba en)|hace (?:\\w+\\s+)?anos|en el pasado)',
    unlessClauseExcept: STILL_NOW_ES + '|anoche|ayer',
    examples: ['me volví a cortar los brazos', 'me corté las piernas anoche', 'antes me cortaba y ahora volví a hacerlo'],
    counterExamples: ['antes me cortaba pero ya no', 'de adolescente me cortaba los brazos, hace años que no', 'me volví a cortar el pelo'],
  },
  // "I hurt myself on purpose".
  {
    id: 'es.self-harm.03',
    kind: 'self-harm',
    lang: 'es',
    pattern: 'me\\s+(?:lastimo|hago dano|corto|quemo|pego|golpeo)\\s+a\\s+proposito',
    notBefore: NEG_ES,
    examples: ['me lastimo a propósito cuando me siento así', 'me corto a propósito'],
  },
  // La herida misma: "me abro las cicatrices viejas a propósito", "me enterré un lápiz en la pierna".
  {
    id: 'es.self-harm.05',
    kind: 'self-harm',
    lang: 'es',
    pattern:
      '(?:me\\s+)?(?:abro|abri|reabro|reabri|volvi a abrir)\\s+(?:las|mis)\\s+(?:\\w+\\s+)?(?:cicatrices|heridas|cortadas)' +
      '|me\\s+(?:entierro|enterre|clave|clavo|encaje|encajo)\\s+(?:un|una|el|la)\\s+(?:\\w+\\s+)?(?:en (?:el|la|mi|los|las)\\s+)?(?:brazo|brazos|pierna|piernas|mano|piel|muslo)' +
      '|(?:las\\s+)?cortadas\\s+(?:estan|son)\\s+(?:muy\\s+)?(?:profundas|feas)',
    notBefore: NEG_ES,
    unlessClause: '(?:sin querer|por accidente|cocinando|me cai|antes|hace (?:\\w+\\s+)?anos)',
    examples: ['me enterré un lápiz en la pierna', 'me abro las cicatrices viejas a propósito'],
  },
];
