// Spanish: an overdose or another medical emergency now (911 first).
import type { CrisisRule } from '../types';
import { DRUG_ES, NEG_ES } from '../../../understand/vocabulary';
import { JOKING } from '../guards/idioms';
import { SYMPTOM_QUESTION_ES, SYMPTOM_NOW_ES } from '../guards/questions';
import { OD_NOT_NOW_ES, OD_SOMEDAY_ES } from '../guards/time';
import {
  FOR_AN_AUDIENCE_ES,
  HAPPENING_NOW_ES,
  HYPOTHETICAL_ES,
  LOSS_ES,
  NALOXONE_NOT_NOW,
  RESOLVED_ES,
  TOPIC_QUESTION_ES,
  WORK_ABOUT_ES,
  WORK_MENTION_ES,
} from '../guards/topic';

export const ES_OVERDOSE_RULES: readonly CrisisRule[] = [
  // ---- Overdose and medical emergencies (Spanish) ----
  {
    id: 'es.overdose.01',
    kind: 'overdose',
    lang: 'es',
    pattern: 'sobre\\s?dosis',
    notBefore:
      '(?:miedo|evitar|prevenir|riesgo|preocupa|preocupad[oa])(?:\\s+\\w+){0,6}' +
      // The topic of a talk or a lesson: "en la clase hablamos de sobredosis" (a documentary, a class or a
      // video about it: WORK_ABOUT_ES below).
      '|(?:documentales|informacion|hablar|hablamos|hablaron|aprender|aprendimos|leer|lei|ensenar|ensenaron|explicaron|explico)\\s+(?:\\w+\\s+){0,3}?(?:sobre|acerca de|del tema de|de)(?:\\s+(?:la|las|una|el|los))?' +
      // A piece of work or a history: "un video para reconocer una sobredosis", "antecedentes de sobredosis".
      '|' +
      WORK_ABOUT_ES +
      '|antecedentes de|historia de|concientizacion (?:sobre|de)(?:\\s+(?:la|las))?|preocupad[oa]s? por(?:\\s+(?:la|las|una))?|reconocer(?:\\s+una)?|(?:veo|vemos|atiendo|atendemos)(?:\\s+(?:muchas|tantas))?',
    unlessClause: [
      OD_NOT_NOW_ES,
      OD_SOMEDAY_ES,
      TOPIC_QUESTION_ES,
      WORK_MENTION_ES,
      FOR_AN_AUDIENCE_ES,
      RESOLVED_ES,
      HYPOTHETICAL_ES,
      LOSS_ES,
    ].join('|'),
    unlessMessageSays: HAPPENING_NOW_ES,
    examples: ['mi hijo tiene una sobredosis', 'creo que mi amigo tuvo una sobre dosis'],
    counterExamples: [
      'mi papá murió de una sobredosis hace años',
      'qué hago si alguien tiene una sobredosis algún día, quiero estar preparada',
      'cómo ayudo si alguna vez mi hijo tiene una sobredosis',
      'vimos un documental sobre sobredosis en el grupo',
      'en la clase hablamos de sobredosis',
      '¿cuáles son las señales de una sobredosis?',
      'mi hermano tuvo una sobredosis anoche pero ya está estable en el hospital, hay grupo para familias?',
      '¿me pueden arrestar por llamar al 911 por una sobredosis?',
      'estamos haciendo un video de capacitación para reconocer una sobredosis',
    ],
  },
  {
    id: 'es.overdose.02',
    kind: 'overdose',
    lang: 'es',
    pattern:
      '(?:no|ya no|casi no|apenas)\\s+(?:esta\\s+)?respira(?:ndo)?|dejo de respirar|no puede respirar|no puedo respirar|le cuesta respirar|respira\\s+(?:muy\\s+)?(?:poco|lento|despacio|raro|mal)',
    examples: ['mi esposo no respira', 'mi esposo está morado y no respira'],
  },
  {
    id: 'es.overdose.03',
    kind: 'overdose',
    lang: 'es',
    pattern:
      '(?:no|ya no)\\s+(?:se\\s+)?(?:despierta|reacciona|responde|se mueve)|no\\s+(?:lo|la|los|las)\\s+(?:puedo|podemos)\\s+despertar|no\\s+(?:puedo|podemos)\\s+despertarl[oa]s?',
    notAfter: '(?:temprano|a tiempo|los mensajes|mis mensajes|el telefono|al telefono)',
    examples: ['no despierta y tiene los labios morados', 'le dimos narcan y no reacciona'],
  },
  // The body in danger now (Spanish): chest pain, a racing heart after stimulants, withdrawal
  // delirium ("está viendo bichos y temblando, lleva 3 días sin tomar"). Questions are for the topic.
  {
    id: 'es.overdose.04',
    kind: 'overdose',
    lang: 'es',
    pattern:
      '(?:me|le)\\s+duele\\s+(?:mucho\\s+|muchisimo\\s+|bien\\s+|fuerte\\s+)?el\\s+pecho|(?:dolor|presion|opresion|ardor)\\s+(?:muy\\s+)?(?:fuerte\\s+)?(?:en el|de|del)\\s+pecho|el pecho me (?:duele|aprieta|arde|quema)|me aprieta el pecho' +
      '|corazon\\s+(?:me\\s+|le\\s+)?(?:late|va|esta latiendo|palpita|esta)\\s+(?:muy\\s+|super\\s+|bien\\s+|demasiado\\s+)?(?:rapido|fuerte|acelerado|a mil)\\s+(?:[\\w,]+\\s+){0,4}?(?:despues de|por|desde que)\\s+(?:\\w+\\s+){0,2}?(?:coca|cocaina|crack|cristal|meth|metanfetamina|perico|piedra|tachas|speed|anfetaminas|drogas|pastillas)' +
      '|(?:viendo|veo|ve|ven|mira|miro|oye|oigo|oyendo|escucha|escucho|escuchando|siente|siento|sintiendo)\\s+(?:\\w+\\s+){0,2}?(?:bichos|insectos|aranas|aranitas|culebras|serpientes|viboras|ratas|ratones|hormigas|gusanos|cucarachas|animales|(?:cosas|gente|personas|voces)\\s+que no (?:hay|esta|estan|existe|existen|son reales))' +
      '|(?:bichos|insectos|aranas|hormigas|gusanos)\\s+(?:caminando|subiendo|corriendo|por todo|en (?:la|las|su|mi)\\s+(?:pared|paredes|piel|cuerpo|cama|techo))' +
      '|(?:tiene|tengo|le dio|le esta dando|me esta dando|con|esta en|entro en|entrando en)\\s+(?:un\\s+|el\\s+)?(?:delirium(?:\\s+tremens)?|dt)\\b' +
      '|(?:alucinando|alucina|delirando|delira|desorientad[oa]|no sabe donde esta|no me reconoce|viendo cosas|oyendo cosas|escuchando voces|oye voces)\\s+(?:[\\w,]+\\s+){0,10}?(?:sin (?:tomar|beber|alcohol)|dej(?:o|e|amos) de (?:tomar|beber)|desde que dej(?:o|e))' +
      '|(?:sin (?:tomar|beber|alcohol)|dej(?:o|e) de (?:tomar|beber)|desde que dej(?:o|e) (?:de\\s+)?(?:tomar|beber|el alcohol|la bebida))\\s+(?:[\\w,]+\\s+){0,10}?(?:alucinando|alucina|delirando|delira|desorientad[oa]|no sabe donde esta|no me reconoce|viendo cosas|oyendo cosas|escuchando voces|oye voces)' +
      '|(?:temblando|tiembla|temblores|sudando)\\s+(?:[\\w,]+\\s+){0,4}?(?:alucinando|viendo cosas|delirando)|(?:alucinando|viendo cosas|delirando)\\s+(?:[\\w,]+\\s+){0,4}?(?:temblando|tiembla|temblores|sudando)',
    notAfter:
      'de\\s+(?:tanto\\s+)?(?:toser|llorar|reir|tristeza|pena|la tos|ansiedad|nervios)|por\\s+(?:la tos|el gimnasio|el ejercicio|toser|llorar|la ansiedad|los nervios)|cuando (?:toso|me rio|pienso)|en (?:la|el|mi)\\s+(?:cocina|jardin|patio|calle|tele|television|pelicula)',
    unlessClause: OD_NOT_NOW_ES + '|' + SYMPTOM_QUESTION_ES,
    unlessClauseExcept: SYMPTOM_NOW_ES,
    examples: [
      'me duele el pecho y el corazón me late muy rápido después de meterme coca',
      'le duele mucho el pecho después de fumar piedra',
      'el corazón me late a mil después de meterme cristal',
      'mi papá está viendo bichos y temblando, lleva 3 días sin tomar',
      'mi esposo ve arañas en la pared desde que dejó de tomar',
      'está alucinando, lleva dos días sin beber',
    ],
    counterExamples: ['me duele el pecho de tanto toser', 'cómo sé si tengo delirium'],
  },
  {
    id: 'es.overdose.05',
    kind: 'overdose',
    lang: 'es',
    pattern: 'inconsciente|perdio el conocimiento|perdio la conciencia|(?:esta|se)\\s+desmay(?:o|ado|ada)\\s+y\\s+no',
    examples: ['está inconsciente en el piso'],
  },
  {
    id: 'es.overdose.06',
    kind: 'overdose',
    lang: 'es',
    pattern: 'labios\\s+(?:\\w+\\s+)?(?:morados|azules|grises)|se\\s+(?:esta\\s+)?(?:puso|poniendo|pone)\\s+(?:morad[oa]|azul)',
    unlessClause: TOPIC_QUESTION_ES + '|' + FOR_AN_AUDIENCE_ES + '|frio|jaja|jeje|' + JOKING,
    examples: ['se inyectó un buen de heroína y se puso azul'],
  },
  {
    id: 'es.overdose.07',
    kind: 'overdose',
    lang: 'es',
    pattern:
      'convulsion(?:es|ando|a)?|convulsiona|esta convulsionando|espuma\\s+(?:por|en)\\s+la\\s+boca|no tiene pulso|paro (?:cardiaco|respiratorio)|le dio un paro(?=\\s*(?:$|[.,]|al corazon))|(?:se desmayo|esta desmayad[oa])\\s+(?:despues de|por|con)\\s+(?:\\w+\\s+)?(?:tomar|usar|inyectarse|meterse|las pastillas|la droga|' +
      DRUG_ES +
      ')|intoxicacion (?:por alcohol|alcoholica|etilica)',
    unlessClause: [TOPIC_QUESTION_ES, RESOLVED_ES, LOSS_ES, 'se pueden? tener', 'mi (?:gato|mascota)'].join('|'),
    examples: ['mi hermano está convulsionando'],
  },
  {
    id: 'es.overdose.08',
    kind: 'overdose',
    lang: 'es',
    pattern:
      '(?:me tome|tome|trague|me trague|se tomo|se trago|he tomado|ha tomado|me he tomado|se ha tomado|acabo de tomar(?:me)?|me acabo de tomar|se acaba de tomar)\\s+(?:tod[oa]s\\s+(?:las|mis|sus|los)|todo el|demasiad[oa]s|much[oa]s|un\\s+(?:frasco|bote|monton|punado|chingo)|una\\s+(?:caja|botella|tira)|como\\s+(?:\\d+|diez|veinte|treinta)|mas de|(?:[1-9]\\d+|diez|quince|veinte|treinta|cuarenta|cincuenta|cien))\\s+(?:\\w+\\s+){0,2}?' +
      DRUG_ES,
    unlessClause: OD_NOT_NOW_ES,
    examples: ['me tomé todas las pastillas', 'se tomó un frasco entero de pastillas', 'tomé demasiadas pastillas'],
  },
  {
    id: 'es.overdose.09',
    kind: 'overdose',
    lang: 'es',
    // "tomo" is both "I take" and "he took" once accents are gone: only amounts no one takes daily.
    pattern:
      'tomo\\s+(?:demasiad[oa]s|un\\s+(?:frasco|bote|monton|punado)|una\\s+(?:caja|botella)|todas\\s+sus|(?:[1-9]\\d+|veinte|treinta|cuarenta|cincuenta|cien))\\s+(?:\\w+\\s+){0,2}?' +
      DRUG_ES,
    unlessClause: OD_NOT_NOW_ES,
    examples: ['se tomó un frasco entero de pastillas'],
  },
  {
    id: 'es.overdose.10',
    kind: 'overdose',
    lang: 'es',
    pattern:
      '(?:mezcle|mezclo|mezclando|tome|tomo|con)\\s+(?:\\w+\\s+)?' +
      DRUG_ES +
      '\\s+(?:con|y)\\s+(?:\\w+\\s+)?(?:alcohol|cerveza|vino|tequila|licor|tragos?|vodka|ron|mezcal)',
    unlessClause: OD_NOT_NOW_ES + '|(?:es seguro|se puede|puedo|que pasa si)',
    examples: ['mezclé pastillas con alcohol y me siento mal'],
  },
  {
    id: 'es.overdose.11',
    kind: 'overdose',
    lang: 'es',
    pattern:
      '(?:me meti|se metio|consumi|consumio|use|uso|tome|se tomo|me tome|se inyecto|me inyecte|fume)\\s+(?:demasiad[oa]|mucho|mucha)\\s+(?:\\w+\\s+)?(?:fentanilo|heroina|cocaina|coca|cristal|metanfetamina|droga|drogas|' +
      DRUG_ES +
      ')',
    examples: ['me metí demasiada cocaína y me siento fatal', 'se inyectó mucha heroína'],
  },
  {
    id: 'es.overdose.12',
    kind: 'overdose',
    lang: 'es',
    pattern:
      '(?:llama|llamen|llamar|llame|llamo)\\s+(?:al|a una|a la|a)\\s+(?:911|ambulancia|emergencias|paramedicos)|necesito una ambulancia|es una emergencia|emergencia medica',
    unlessClause: TOPIC_QUESTION_ES,
    examples: ['necesito una ambulancia ya'],
  },
  {
    id: 'es.overdose.13',
    kind: 'overdose',
    lang: 'es',
    pattern: '(?:le di|le puse|le pusimos|le dimos|darle|ponerle|necesito|necesitamos|use)\\s+(?:\\w+\\s+)?(?:naloxona|narcan)',
    unlessClause: NALOXONE_NOT_NOW,
    examples: ['le dimos narcan y no reacciona'],
  },
  {
    id: 'es.overdose.14',
    kind: 'overdose',
    lang: 'es',
    pattern: 'me estoy muriendo|creo que me muero|se esta muriendo|creo que se murio|creo que esta muert[oa]',
    notAfter: 'de\\s+(?:la\\s+)?(?:risa|hambre|calor|frio|sueno|verguenza|ganas|aburrimiento|amor|nervios|emocion)',
    examples: ['me estoy muriendo, ayuda', 'creo que se murió, no se mueve'],
  },
  {
    id: 'es.overdose.15',
    kind: 'overdose',
    lang: 'es',
    pattern:
      '(?:tome|trague|se tomo|se trago|bebi|bebio)\\s+(?:\\w+\\s+)?(?:cloro|veneno|lejia|raticida|anticongelante)|(?:me|lo|la)\\s+envenen(?:e|o|aron)|estoy envenenad[oa]',
    examples: ['mi hijo se tomó cloro', 'me tragué veneno para ratas', 'creo que me envenenaron'],
  },
  // "Se metió un montón de fenta y está morado": a big amount used, or the body turning blue or purple.
  {
    id: 'es.overdose.16',
    kind: 'overdose',
    lang: 'es',
    pattern:
      '(?:me meti|se metio|nos metimos|se metieron|consumi|consumio|use|uso|se inyecto|me inyecte|fume|se fumo|se tomo|me tome|inhalo|se esnifo)\\s+(?:un monton|un chingo|un buen|una bestialidad|un chorro|una barbaridad|un putero|una madrina|bastante|un montonal|una cantidad)\\s+de\\s+(?:\\w+\\s+)?(?:fenta|fentanilo|heroina|chiva|cocaina|coca|perico|cristal|meth|metanfetamina|droga|drogas|pastillas|piedra|tachas|' +
      DRUG_ES +
      ')' +
      '|(?:esta|se ve|se quedo|quedo|se puso|se esta poniendo|se pone|se volvio|esta poniendose)\\s+(?:todo\\s+|toda\\s+|bien\\s+|muy\\s+|medio\\s+)?(?:morad[oa]|azul|gris)(?![a-z])',
    notAfter: 'de (?:frio|risa|coraje|verguenza|rabia)',
    // A bruise, a black eye, the sky, clothes or a colour are not a body turning blue.
    unlessClause:
      '(?:brazo|pierna|ojo|rodilla|dedo|unas|moreton|golpe|cielo|mar|agua|pared|vestido|camisa|ropa|pantalon|zapatos?|pelo|cabello|carro|coche|casa|cuarto|flor|uva|pintad[oa]|equipo|letra)',
    examples: [
      'mi primo se metió un montón de fenta y está morado',
      'mi hermana se metió un chingo de pastillas',
      'mi amigo fumó algo y está todo morado',
    ],
    counterExamples: ['el cielo está morado hoy', 'mi vestido está morado'],
  },
  // "I think I took too much", someone choking on vomit.
  {
    id: 'es.overdose.17',
    kind: 'overdose',
    lang: 'es',
    pattern:
      '(?:me pase|se paso|nos pasamos|me excedi|se excedio)\\s+(?:con|de)\\s+(?:la|las|el|los)\\s+(?:dosis|pastillas|droga|drogas|heroina|fentanilo|coca|cocaina|cristal)|creo que\\s+(?:me\\s+)?(?:tome|use|consumi|me meti|se tomo|se metio)\\s+(?:demasiado|de mas)|(?:se esta|esta|se|me estoy|me)\\s+(?:ahogando|ahoga|ahogo|atragantando|atraganta|atraganto)\\s+(?:en|con)\\s+(?:su|el|mi)\\s+(?:propio\\s+)?vomito',
    examples: ['se está atragantando con su vómito'],
  },
  // Un niño que se tragó pastillas, toda la receta de una vez, "está cabeceando" después de usar.
  {
    id: 'es.overdose.20',
    kind: 'overdose',
    lang: 'es',
    pattern:
      '(?:bebe|nene|nena|nino|nina|hijo|hija|sobrino|sobrina|nieto|nieta)\\s+(?:\\w+\\s+)?se (?:trago|comio|tomo)\\s+(?:\\w+\\s+){0,3}?(?:pastillas?|medicinas?|medicamentos?|gomitas|' +
      DRUG_ES +
      ')' +
      '|(?:me tome|tome|me trague|se tomo|se trago)\\s+(?:toda la|todas las|todo el|la caja|el frasco)\\s*(?:receta|pastillas|frasco|caja|medicina)?(?:\\s+de (?:una vez|golpe))?(?=\\s*(?:$|[.,]|de una vez|de golpe))',
    notBefore: NEG_ES,
    unlessClause: [OD_NOT_NOW_ES, TOPIC_QUESTION_ES, HYPOTHETICAL_ES].join('|'),
    examples: ['mi bebé se tragó una pastilla de mi medicina', 'me tomé toda la receta de una vez'],
  },
];
