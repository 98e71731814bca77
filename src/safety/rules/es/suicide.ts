// Spanish: suicide - the wish to die, a plan, a farewell.
import type { CrisisRule } from '../types';
import { NEG_ES, DRUG_ES } from '../../../understand/vocabulary';
import { WISH_PAST_ES, STILL_NOW_ES, SUICIDE_PAST_ES } from '../guards/time';

export const ES_SUICIDE_RULES: readonly CrisisRule[] = [
  // ---- Suicide (Spanish) ----
  {
    id: 'es.suicide.01',
    kind: 'suicide',
    lang: 'es',
    pattern:
      '(?:me\\s+)?(?:quiero|quisiera|deseo|queria|ganas de)\\s+(?:morir(?:me)?|estar muert[oa]|dejar de existir|dejar de vivir|desaparecer para siempre|irme de este mundo|dormir para siempre)|me quiero ir de este mundo|ojala\\s+(?:estuviera muert[oa]|me muriera|me muera|no despertara|no existiera|nunca hubiera nacido|no hubiera nacido)',
    notBefore: NEG_ES,
    notAfter: 'de\\s+(?:la\\s+)?(?:risa|verguenza|pena|hambre|sueno|calor|frio|amor|ganas|aburrimiento|envidia|celos|nervios|la emocion)',
    // "Antes quería morirme todos los días, llevo un año sobrio" is past; "...y ahora otra vez" is not.
    unlessClause: WISH_PAST_ES,
    unlessClauseExcept: STILL_NOW_ES,
    examples: [
      'me quiero morir',
      'kiero morir',
      'antes quería morirme y ahora otra vez',
      'antes quería morirme y todavía quiero',
      'antes quería morirme, volví a sentirlo',
      'hace años que quiero morirme',
    ],
    counterExamples: [
      'no quiero morir borracho como mi padre',
      'antes quería morirme todos los días, llevo un año sobrio',
      'cuando tomaba quería morirme, ahora estoy bien',
    ],
  },
  {
    id: 'es.suicide.02',
    kind: 'suicide',
    lang: 'es',
    pattern:
      '(?:quiero|voy a|pienso|pensando en|quisiera|ganas de|deseo|necesito|deberia|intente|intento|he pensado en|pense en|tratar de)\\s+(?:en\\s+)?(?:matarme|quitarme la vida|ahorcarme|colgarme|tirarme|aventarme|pegarme un tiro|dispararme|cortarme las venas|envenenarme|morirme)|me\\s+(?:quiero|voy a|pienso|quisiera)\\s+(?:matar|quitar la vida|ahorcar|colgar|pegar un tiro|disparar|cortar las venas|envenenar)',
    notBefore: NEG_ES,
    notAfter: 'a la (?:piscina|alberca)|al agua|en la cama|la bronca|a dormir|a descansar|un rato|en el sillon',
    unlessClause: SUICIDE_PAST_ES,
    unlessClauseExcept: STILL_NOW_ES,
    examples: ['quiero matarme', 'quiero quitarme la vida'],
  },
  {
    id: 'es.suicide.03',
    kind: 'suicide',
    lang: 'es',
    pattern:
      '(?:quitarme|quitar)\\s+la\\s+vida|(?:acabar|terminar)\\s+con\\s+(?:mi vida|todo|mi existencia)|poner fin a mi vida|(?:no|ya no)\\s+quiero\\s+(?:seguir\\s+)?(?:vivir|viviendo|existir|estar viv[oa]|seguir aqui|despertar(?:\\s+(?:nunca|mas|manana))?(?=\\s*(?:$|[.,])))|no vale la pena (?:vivir|seguir)|la vida no vale la pena|no tengo\\s+(?:razones|razon|motivos|motivo|nada)\\s+(?:para|por (?:lo )?(?:que|cual))\\s+vivir|nada por (?:lo )?(?:que|cual) vivir|(?:estarian|estaria|estarias|estan|estaran|viven)\\s+mejor\\s+sin\\s+mi|mejor (?:estar )?muert[oa]|(?:ya\\s+)?no\\s+aguanto(?:\\s+mas)?(?=\\s*(?:$|[.,]|mas|esta vida|vivir|la vida|nada))|no aguanto mas|ya no puedo mas|no puedo mas(?=\\s*(?:$|[.,]))|no puedo seguir(?:\\s+(?:asi|viviendo|adelante|con esta vida))?(?=\\s*(?:$|[.,]))|(?:cansad[oa]|hart[oa])\\s+de\\s+(?:vivir|la vida|existir)|(?:me canse|cansad[oa]|hart[oa])\\s+de\\s+(?:[\\w,]+\\s+){0,6}?(?:estar viv[oa]|vivir)(?=\\s*(?:$|[.,]))|adios para siempre|esta es mi despedida|mi (?:ultima|ultimo) (?:despedida|adios)|nadie me (?:extranaria|va a extranar|extranara)|soy una carga|no (?:veo|tengo|encuentro)\\s+(?:ninguna\\s+)?razon(?:es)?\\s+para\\s+(?:seguir viviendo|vivir|seguir)|(?:plan|forma|manera)\\s+(?:para|de)\\s+(?:matarme|suicidarme|quitarme la vida)|(?:me\\s+)?(?:corte|cortaba|corto|cortare|cortarme|cortando)\\s+las\\s+(?:munecas|venas)|(?:no|ya no) tengo ganas de vivir|(?:no|ya no) le encuentro sentido a (?:la vida|vivir|nada)|pienso (?:mucho\\s+)?en (?:la muerte|morir|morirme)|mejor si me (?:muero|muriera)|cans[eo] de vivir|(?:ya\\s+)?no quiero seguir(?:\\s+(?:asi|viviendo|aqui|mas))?(?=\\s*(?:$|[.,]))|aventar(?:me)?\\s+(?:de|del|desde|por|al)\\s+(?:un|una|el|la)?\\s*(?:puente|edificio|ventana|balcon|techo|azotea|tren|metro|carro|camion|vacio)|dormir para siempre y no despertar|no le veo sentido a (?:la vida|vivir|nada|seguir)|(?:para que|por que) seguir viviendo|no tiene sentido (?:vivir|seguir viviendo)|tirar(?:me)?\\s+(?:de|del|desde|por|bajo|al)\\s+(?:un|una|el|la)?\\s*(?:puente|edificio|ventana|balcon|techo|azotea|tren|metro|carro|auto|coche|camion|piso|vacio)',
    notAfter:
      'con (?:el|la|mi|mis|esto de|esta adiccion|el alcohol|las drogas|el vicio|la bebida)|en (?:esta|este|esa|ese|la|el|mi|casa)|aqui|alli|ahi|cerca|lejos|junt[oa]s?',
    unlessClause: SUICIDE_PAST_ES,
    unlessClauseExcept: STILL_NOW_ES,
    examples: [
      'ya no quiero vivir',
      'quiero acabar con mi vida',
      'ya no aguanto más',
      'no tengo razones para vivir',
      'mi familia estaría mejor sin mí',
      'ya no puedo más',
    ],
  },
  // Preparations and other ways of saying it: stockpiled pills, farewell letters, a rope or a gun
  // ready, "esta noche me mato", "quiero que todo se acabe", "me siento una carga", "para qué vivir",
  // "voy a tomar hasta morirme".
  {
    id: 'es.suicide.04',
    kind: 'suicide',
    lang: 'es',
    pattern:
      // (not hiding a relative's pills: "estoy guardando las pastillas de mi hijo bajo llave")
      '(?:guardando|juntando|acumulando|ahorrando|almacenando)\\s+(?:\\w+\\s+){0,2}?' +
      DRUG_ES +
      '(?!\\s+(?:(?:de|a)\\s+(?:mi|su|mis|sus)\\s+(?:hij[oa]s?|espos[oa]|pareja|papa|mama|herman[oa]|abuel[oa]|padres)|bajo llave|en un lugar seguro|en el botiquin|para que no (?:las|los)))' +
      '|(?:guarde|junte|acumule|he guardado|he juntado|he acumulado|tengo (?:guardadas|juntadas|acumuladas|ahorradas|escondidas))\\s+(?:\\w+\\s+){0,2}?' +
      DRUG_ES +
      '\\s+(?:para\\s+(?:cuando|el dia|matarme|morir|no despertar|acabar|terminar)|suficientes)' +
      '|suficientes\\s+' +
      DRUG_ES +
      '\\s+para\\s+(?:morir(?:me)?|matarme|no despertar|acabar con)|cuant[oa]s\\s+' +
      DRUG_ES +
      '\\s+(?:\\w+\\s+){0,4}?(?:para|hasta)\\s+(?:morir(?:me)?|matarme|no despertar)' +
      '|(?:tengo|ya tengo)\\s+(?:las|mis)\\s+' +
      DRUG_ES +
      '\\s+(?:listas|preparadas|contadas)' +
      '|(?:cartas?|notas?|mensajes?|videos?)\\s+de\\s+despedida|(?:carta|nota)\\s+suicida|me\\s+(?:estoy\\s+)?despid(?:o|iendo)\\s+de\\s+(?:la vida|este mundo)|me despido para siempre' +
      '|(?:tengo|ya tengo|compre|consegui|prepare|amarre|colgue|hice)\\s+(?:la|una|mi)\\s+(?:soga|horca)|soga\\s+(?:ya\\s+)?(?:lista|preparada|colgada|amarrada)|(?:soga|cuerda)\\s+(?:alrededor del|al|en el|en mi)\\s+cuello|nudo corredizo' +
      '|(?:tengo|ya tengo)\\s+(?:una|la|mi|el|un)\\s+(?:pistola|arma|escopeta|revolver)\\s+(?:ya\\s+)?(?:cargad[oa]|lista|en la mano|en la boca|en la cabeza|en la sien|aqui conmigo|en las piernas)' +
      '|(?:pienso|pensando en|pense en|quiero|voy a|estoy por|ganas de|tentad[oa] (?:a|de)|me dan ganas de|podria|deberia)\\s+(?:\\w+\\s+)?usar(?:la|lo)\\s+contra\\s+mi|usar(?:la|lo)?\\s+(?:\\w+\\s+){0,2}?contra\\s+mi\\s+mism[oa]|(?:ponerme|me puse|me pongo)\\s+(?:la|una|el)\\s+(?:pistola|arma|cuchillo)\\s+en\\s+(?:la\\s+)?(?:cabeza|sien|boca|cuello)' +
      '|(?:hoy|esta noche|manana|ahorita|ahora mismo|esta vez)\\s+(?:si\\s+)?me\\s+(?:mato|suicido|quito la vida|ahorco|cuelgo)|me\\s+(?:mato|suicido|quito la vida|ahorco)\\s+(?:hoy|esta noche|manana|ahorita)' +
      '|(?:quiero|quisiera|ojala|deseo|necesito|solo quiero)\\s+que\\s+(?:todo|todo esto|mi vida|la vida|el dolor|este dolor|este sufrimiento|mi sufrimiento|esta pesadilla)\\s+(?:se\\s+)?(?:acabe|termine|acabara|terminara)|(?:quiero|quisiera|ojala)\\s+que\\s+esto\\s+(?:se\\s+)?(?:acabe|termine)\\s+(?:para siempre|de una vez por todas)' +
      '|(?:me siento|siento que soy|me he vuelto|me converti en|solo soy|no soy mas que)\\s+(?:como\\s+)?(?:una|un)\\s+(?:carga|estorbo)|(?:una carga|un estorbo)\\s+para\\s+(?:todos|todo el mundo|mi familia|los demas|mis hijos|mis papas|mis padres)' +
      '|(?:para que|pa que|por que|de que sirve|que sentido tiene)\\s+(?:seguir\\s+)?(?:vivir|viviendo|existir|estar viv[oa])|(?:para que|pa que|de que sirve)\\s+seguir(?=\\s*(?:$|[.,]|si|asi|con vida))' +
      '|(?:tomar|beber|tomando|bebiendo|consumir|consumiendo|drogarme|meterme)\\s+(?:\\w+\\s+){0,2}?hasta\\s+(?:morir(?:me)?|matarme|que me muera|caer muert[oa]|no despertar)',
    notBefore: NEG_ES,
    notAfter:
      // A goodbye letter to alcohol, "hoy me mato en el gym".
      '(?:a|al|para)\\s+(?:la\\s+|el\\s+|mi\\s+|las\\s+|los\\s+)?(?:alcohol|bebida|droga|drogas|adiccion|vicio|botella|cerveza|cocaina|coca|pasado|consumo|cigarro|tabaco)' +
      '|(?:trabajando|estudiando|haciendo|entrenando|corriendo|de (?:risa|hambre|trabajo|energia))\\b|en (?:el|la) (?:gym|gimnasio|trabajo|oficina|examen|cancha)',
    examples: [
      'he estado guardando pastillas para cuando me decida',
      'llevo meses juntando mis pastillas para dormir',
      'ya tengo suficientes pastillas para morirme',
      'ya escribí mis cartas de despedida',
      'dejé una nota de despedida en la mesa',
      'para qué vivir si siempre recaigo',
    ],
    counterExamples: [
      'escribí una carta de despedida al alcohol en mi grupo',
      'hoy me mato en el gimnasio',
      'no me siento una carga',
      'no voy a tomar hasta morir',
      'ya escribí mi carta de despedida a la cocaína',
    ],
  },
  // ---- Spanish counterparts of English phrases flagged above (checked for the Spanish issue) ----
  // "I wish I wouldn't wake up", "I want to disappear", "I want to shoot myself", "I don't want to
  // be here anymore", "I can't do this anymore with my life"; "I'd rather die than drink again"
  // stays an idiom ("prefiero morir que volver a tomar").
  {
    id: 'es.suicide.05',
    kind: 'suicide',
    lang: 'es',
    pattern:
      '(?:quisiera|quiero|ojala|deseo|me gustaria)\\s+(?:\\w+\\s+){0,3}?no\\s+(?:volver a\\s+)?despertar(?:me)?|(?:quiero|quisiera|ganas de)\\s+desaparecer|(?:darme|pegarme|meterme)\\s+un\\s+(?:tiro|balazo)|me\\s+(?:quiero|voy a)\\s+(?:dar|pegar|meter)\\s+un\\s+(?:tiro|balazo)|(?:ya\\s+)?no\\s+quiero\\s+estar\\s+(?:aqui|en este mundo)(?:\\s+(?:nunca\\s+)?mas)?(?=\\s*(?:$|[.,]))|no puedo mas con (?:mi vida|la vida|esta vida)',
    notBefore: NEG_ES,
    notAfter: 'un rato|unos dias|de (?:aqui|esta ciudad|este lugar|la fiesta|la reunion)',
    examples: ['quisiera dormirme y no despertar', 'me quiero dar un tiro'],
  },
  {
    id: 'es.suicide.06',
    kind: 'suicide',
    lang: 'es',
    pattern: 'mejor me (?:muero|mato)|prefiero (?:morir(?:me)?|estar muert[oa])',
    notAfter: '(?:,\\s*)?(?:que|antes que|antes de|a)\\s',
    examples: ['mejor me muero', 'prefiero estar muerta'],
  },
];
