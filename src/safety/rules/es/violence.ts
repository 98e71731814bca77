// Spanish: violence - a threat or an attack on the person, or on others by the person.
import type { CrisisRule } from '../types';
import { NEG_ES } from '../../../understand/vocabulary';
import { TOPIC_QUESTION_ES, WORK_MENTION_ES } from '../guards/topic';

export const ES_VIOLENCE_RULES: readonly CrisisRule[] = [
  // ---- Violence (Spanish) ----
  {
    id: 'es.violence.01',
    kind: 'violence',
    lang: 'es',
    pattern:
      '(?:me|nos)\\s+(?:va|van|quiere|quieren|intenta|intento|trata|trato|amenaza|amenazo|amenazan)\\s+(?:a\\s+|de\\s+|con\\s+)?(?:matar|golpear|pegar|lastimar|hacer dano|apunalar|disparar|violar|ahorcar|estrangular)|(?:va|van|quiere|quieren|intenta|intento|trata|trato)\\s+(?:a\\s+|de\\s+)?(?:matarme|golpearme|pegarme|lastimarme|hacerme dano|apunalarme|dispararme|violarme|ahorcarme|estrangularme|matarnos)|amenaza(?:ndo|do)?\\s+con\\s+matarme',
    unlessClause: '(?:si se entera|cuando se entere|si me ve|si llego tarde|si sabe|jaja|jeje|broma)',
    examples: ['mi esposo me va a matar'],
    counterExamples: ['mi mamá me va a matar si se entera'],
  },
  {
    id: 'es.violence.02',
    kind: 'violence',
    lang: 'es',
    pattern:
      '(?:me|nos)\\s+(?:esta|estan)\\s+(?:pegando|golpeando|ahorcando|estrangulando|amenazando|lastimando|atacando|violando)|(?:mi\\s+\\w+|el|ella)\\s+me\\s+(?:pega|golpea|golpeo|pego|amenaza|amenazo|ahorca|estrangula|maltrata|ataca|ataco|violo)\\b' +
      // "Me acaba de pegar", "me volvió a golpear", "me ha pegado".
      '|(?:me|nos)\\s+(?:acaba|acaban|volvio|volvieron|ha vuelto|han vuelto)\\s+(?:de|a)\\s+(?:pegar|golpear|ahorcar|estrangular|amenazar|lastimar|patear|violar|empujar|atacar|apunalar|quemar)|(?:me|nos)\\s+(?:ha|han)\\s+(?:pegado|golpeado|ahorcado|estrangulado|pateado|violado|atacado|apunalado)',
    // "Me pegó la gripe", "me acaba de pegar un susto".
    notAfter:
      '(?:un|una|la|el|los|las)\\s+(?:susto|sustote|grito|gripe|gripa|covid|virus|resfriado|resfrio|catarro|chicle|piojos|costumbre|mania|cancion|tos)',
    unlessClause: '(?:cuando era nin[oa]|de nin[oa]|hace (?:\\w+\\s+)?anos|de pequen[oa]|jaja|broma)',
    examples: [
      'me está golpeando',
      'mi pareja me acaba de pegar y sigue en la casa',
      'mi esposo me volvió a golpear',
      'me ha pegado otra vez y tengo miedo',
    ],
    counterExamples: ['me acaba de pegar la gripa mi hijo'],
  },
  {
    id: 'es.violence.03',
    kind: 'violence',
    lang: 'es',
    pattern:
      'me\\s+apunt(?:a|o)\\s+con|apuntandome|amenaz\\w*\\s+con\\s+(?:un|una|el|la|su)\\s+(?:pistola|arma|cuchillo|navaja|machete)|(?:va|van|quiere|quieren|amenaza con|amenazo con|dice que (?:la|lo) va a|dijo que (?:la|lo) iba a|iba a)\\s+usar(?:la|lo)?\\s+contra\\s+(?:mi|nosotros)',
    examples: ['me amenazó con un cuchillo', 'él dice que la va a usar contra mí'],
  },
  {
    id: 'es.violence.04',
    kind: 'violence',
    lang: 'es',
    pattern:
      '(?:voy a|quiero|tengo ganas de|voy a ir a)\\s+(?:matar(?:lo|la|los|las|le)|golpear(?:lo|la)|hacerle dano|lastimar(?:lo|la))|(?:lo|la|los|las)\\s+voy\\s+a\\s+matar|(?:voy a|quiero)\\s+(?:matar|lastimar|golpear|herir|apunalar|dispararle)\\s+a\\s+(?:alguien|mi|ese|esa|todos|el|ella|los de|las de|la gente|esos|esas|mis)',
    notBefore: NEG_ES,
    examples: ['voy a matarlo', 'quiero lastimar a los de mi antiguo trabajo'],
  },
  {
    id: 'es.violence.05',
    kind: 'violence',
    lang: 'es',
    pattern:
      'tengo miedo (?:de que me (?:mate|pegue|golpee|haga dano)|por mi vida)|no estoy a salvo|no me siento (?:a salvo|segur[oa]) (?:en casa|aqui|con el|con ella)',
    examples: ['tengo miedo de que me mate'],
  },
  // "I'm going to hurt someone".
  {
    id: 'es.violence.06',
    kind: 'violence',
    lang: 'es',
    pattern:
      '(?:voy a|quiero|tengo ganas de|me dan ganas de)\\s+hacer(?:le|les)?\\s+dano\\s+a\\s+(?:alguien|otra persona|mi\\s+\\w+|todos|la gente|el|ella)',
    notBefore: NEG_ES,
    examples: ['tengo ganas de hacerle daño a alguien', 'voy a hacerle daño a mi vecino'],
  },
  // Violencia en un lugar ahora: "hay un hombre armado en el estacionamiento", "amenazó con regresar
  // a balacear al consejero", "hay una pelea y uno trae una botella rota".
  {
    id: 'es.violence.10',
    kind: 'violence',
    lang: 'es',
    pattern:
      '(?:hay|esta|anda)\\s+(?:un|una)\\s+(?:hombre|mujer|tipo|senor|persona|muchacho|chavo|paciente|cliente)\\s+(?:armad[oa]|con (?:una|un) (?:pistola|arma|cuchillo|navaja|machete|botella rota))' +
      '|amenaz(?:o|aron|a)\\s+con\\s+(?:regresar|volver|venir)\\s+(?:a|para)\\s+(?:balacear|disparar|matar|apunalar|golpear)' +
      '|(?:trae|tiene|saco)\\s+(?:una|un)\\s+(?:botella rota|cuchillo|navaja|pistola|arma|machete)(?=[^.]{0,60}\\b(?:pelea|peleando|amenaza|amenazando|contra|a todos))' +
      '|(?:hay|se armo)\\s+una\\s+pelea\\s+(?:\\w+\\s+){0,8}?(?:cuchillo|navaja|pistola|arma|botella rota|machete)' +
      '|(?:aventó|avento|tiro|sacudio)\\s+(?:a\\s+)?(?:mi|el|la|nuestro)\\s+(?:bebe|nene|nena)',
    notBefore: NEG_ES,
    unlessClause: TOPIC_QUESTION_ES + '|' + WORK_MENTION_ES,
    examples: [
      'hay un hombre armado en el estacionamiento de la clínica',
      'un miembro del grupo amenazó con regresar a balacear al consejero',
      'hay una pelea en el albergue y uno trae una botella rota',
    ],
  },
];
