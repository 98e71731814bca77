// Spanish: suicide said without the word - a lethal-means question, a farewell, a decision about
// "hacerlo" (see ../en/indirect.ts for why these are rules).
import type { CrisisRule } from '../types';
import { NEG_ES } from '../../../understand/vocabulary';
import { FOR_AN_AUDIENCE_ES } from '../guards/topic';

/** Questions about an animal's or a class's dose are not a person's means ("perro" squeezes to "pero", so it is not listed). */
const NOT_A_PERSON_ES = '(?:gatos?|mascotas?|veterinari\\w*|farmacologia|toxicologia)';

export const ES_INDIRECT_SUICIDE_RULES: readonly CrisisRule[] = [
  // "Desde qué altura no se sobrevive", "qué químico de la casa te mata", "cuánto tarda el monóxido en la cochera cerrada".
  {
    id: 'es.suicide.means.01',
    kind: 'suicide',
    lang: 'es',
    pattern:
      '(?:desde )?(?:que|cuanta) altura\\s+(?:\\w+\\s+){0,4}?(?:no se sobrevive|te mata|mata|para morir|para no sobrevivir)' +
      '|(?:que|cual|cuales)\\s+(?:\\w+\\s+){0,3}?(?:quimicos?|pastillas?|medicinas?|medicamentos?|venenos?|plantas?|limpiadores?)\\s+(?:\\w+\\s+){0,4}?(?:te mata|te matan|me mata|me matan|mata a una persona|matan a una persona|es mortal|son mortales)' +
      '|cuant[ao]s?\\s+(?:\\w+\\s+){0,4}?(?:para (?:morir|no despertar|matarme|que se me pare el corazon)|me mata(?:n|ria|rian)?|son mortales|es mortal|es letal|son letales)' +
      '|dosis (?:letal|mortal)' +
      '|cuanto tarda (?:\\w+\\s+){0,3}?(?:el monoxido|el gas|en morir|uno en morir)' +
      '|(?:que|cual) (?:tipo de |clase de )?(?:cuerda|soga|cinturon|nudo)\\s+(?:\\w+\\s+){0,3}?(?:aguanta|soporta|resiste)\\s+(?:a una persona|el peso|mi peso|a alguien)' +
      '|(?:que|cual) (?:\\w+\\s+){0,2}?(?:arteria|vena)\\s+(?:\\w+\\s+){0,3}?(?:mas rapid[oa]|para cortar)' +
      '|(?:forma|manera|modo)s?\\s+(?:mas\\s+)?(?:menos dolorosa|indolora|facil|rapida|segura|tranquila)s?\\s+(?:de|para)\\s+(?:morir|matarse|matarme|suicidarse|suicidarme|quitarme la vida|acabar con (?:todo|mi vida))',
    notBefore: NEG_ES,
    unlessClause: NOT_A_PERSON_ES + '|' + FOR_AN_AUDIENCE_ES,
    examples: [
      'desde qué altura no se sobrevive',
      'qué químico de la casa te mata si lo tomas',
      'cuánto tarda el monóxido en la cochera cerrada',
      'cuántas pastillas son mortales',
    ],
    counterExamples: ['cuánto chocolate es mortal para un gato'],
  },
  // "Fue bonito conocerlos a todos", "pues esto es todo. adiós", "si mañana no me conecto ya saben por qué".
  {
    id: 'es.suicide.farewell.01',
    kind: 'suicide',
    lang: 'es',
    pattern:
      'fue (?:muy )?(?:bonito|lindo|un gusto|un placer|un honor) conocer(?:los|las|te|lo|la)?(?:\\s+a todos)?(?=\\s*(?:$|[.,!]|a todos|gracias|adios|los quiero))' +
      '|(?:pues\\s+)?esto es todo\\s+(?:\\.\\s+)?(?:adios|bye|hasta nunca)' +
      '|si (?:manana\\s+)?no (?:me conecto|aparezco|contesto|respondo|estoy)\\s+(?:manana\\s+)?(?:ya saben|es por eso|por eso|ya sabran)' +
      '|cuando (?:ya\\s+)?no este(?:\\s+(?:aqui|mas))?(?=\\s*(?:$|[.,!]|cuiden|diganle|los|les|a mis))' +
      '|(?:adios|me despido)\\s+(?:para siempre|de todos para siempre)' +
      '|(?:este es|es) mi (?:ultimo|ultima) (?:mensaje|adios|despedida)|^(?:ultimo|ultima) (?:mensaje|carta)(?=\\s*(?:$|[.,!]))' +
      '|(?:solo|nomas|nada mas)\\s+(?:queria|keria|quiero|kiero|quise)\\s+(?:decir|decirles|decirte)\\s+adios(?=\\s*(?:$|[.,!]|a todos|para siempre))',
    notBefore: NEG_ES,
    examples: [
      'fue bonito conocerlos a todos',
      'pues esto es todo. adiós',
      'si mañana no me conecto ya saben por qué',
      'este es mi último mensaje',
      'Último mensaje. Perdón a quien lo lea.',
      'solo quería decir adiós. ya no me manden la lista de juntas',
    ],
    counterExamples: ['fue bonito conocerlos en la junta de hoy, nos vemos el jueves'],
  },
  // "Ando bien cerca de hacerlo hoy", "busco maneras de hacerlo sin que duela", "le pido a dios que me lleve ya", "ya me cansé de luchar".
  {
    id: 'es.suicide.decided.01',
    kind: 'suicide',
    lang: 'es',
    pattern:
      '(?:cerca|a punto) de hacerlo(?=\\s*(?:$|[.,!]|hoy|ya|esta noche|ahora))' +
      '|(?:maneras|formas|como|modos) de hacerlo sin (?:que (?:me )?duela|dolor|sufrir|sentir)' +
      '|(?:pido|pidiendo|ruego|rogando|ojala)\\s+(?:a dios\\s+|a diosito\\s+)?que\\s+(?:dios\\s+|diosito\\s+)?me (?:lleve|recoja)' +
      '|(?:me canse|cansad[oa]|hart[oa]) de luchar(?=\\s*(?:$|[.,!]|ya|por vivir|contra todo|mas))' +
      '|(?:voy a|quiero|ya voy a)\\s+(?:acabar|terminar) con esto(?=\\s*(?:$|[.,!]|hoy|ya|esta noche|de una vez))' +
      '|lo unico que me queda es (?:morir|morirme|la muerte|matarme)',
    notBefore: NEG_ES,
    examples: [
      'ando bien cerca de hacerlo hoy',
      'estoy buscando maneras de hacerlo sin que duela',
      'le pido a dios que me lleve ya',
      'ya me cansé de luchar',
    ],
    counterExamples: ['estoy cansada de luchar con mi hermana por la casa'],
  },
];
