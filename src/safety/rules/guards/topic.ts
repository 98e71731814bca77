// Guards for a crisis word used as a topic: a question or a piece of work ABOUT overdose, suicide
// or self-harm ("what are the signs of an overdose", "suicide prevention walk", "a paper on
// self-harm"), grief or an event that is over ("he od'd yesterday, narcan worked, he's ok now"),
// a hypothetical ("what do I say if my client mentions suicide"). The person reading the bot's
// reply is not looking at an emergency, so 911 and 988 would not be listening.
//
// Each guard has a "now" counterpart: a message that also says, anywhere, that it is happening to
// someone now ("what are the signs of an overdose? my friend looks weird") keeps the crisis reply.
import { PERSON } from '../../../understand/vocabulary';

/** Things one makes, studies or watches about a subject. */
const WORK_OR_MEDIA_EN =
  '(?:paper|essay|article|report|project|homework|assignment|research|study|thesis|presentation|lecture|seminar|training|workshop|class|course|curriculum|lesson|module|handout|brochure|flyer|newsletter|post|blog|book|novel|story|stories|poem|song|lyrics|movie|film|documentary|show|series|episode|podcast|video|ted talk|talk|speech|panel|play|character|walk|vigil|event|fundraiser|campaign|conference|webinar|news|headline|screenplay|script|scene|fiction|manuscript|chapter)';
const WORK_OR_MEDIA_ES =
  '(?:tarea|trabajo|ensayo|articulo|reporte|informe|proyecto|investigacion|tesis|presentacion|charla|platica|conferencia|seminario|capacitacion|taller|clase|curso|folleto|boletin|libro|novela|historia|poema|cancion|pelicula|documental|serie|episodio|podcast|video|caminata|vigilia|evento|campana|noticias?|peli|pelis|guion|escena)';

/**
 * Just before the crisis word: it is the subject of a piece of work or a talk ("a paper on
 * suicide prevention", "a movie about suicide", "a training video about recognizing an overdose").
 */
export const WORK_ABOUT_EN =
  WORK_OR_MEDIA_EN +
  '\\s+(?:\\w+\\s+){0,5}?(?:about|on|regarding|covering|of)\\s+(?:the\\s+)?(?:(?:recognizing|recognising|spotting|identifying|responding to|preventing|surviving|reversing|grieving)\\s+)?(?:an?\\s+|the\\s+)?';
export const WORK_ABOUT_ES =
  WORK_OR_MEDIA_ES +
  '\\s+(?:\\w+\\s+){0,4}?(?:sobre|acerca de|de|del|para)\\s+(?:(?:reconocer|prevenir|prevencion de|responder a|sobrevivir a)\\s+)?(?:la\\s+|el\\s+|una\\s+|un\\s+|del\\s+|de\\s+)*';

/** A question about the subject in general: signs, meaning, laws, numbers, rules, whether one may talk about it. */
export const TOPIC_QUESTION_EN =
  '(?:just curious|is it true|(?:does|do|can|will|would) (?:naloxone|narcan) (?:work|help|reverse)|(?:you|people|a person|someone) can (?:\\w+\\s+)?(?:overdose|od)|(?:what is|whats|what s) (?:the|our) protocol|(?:what|how) (?:does|do|would) (?:an?\\s+)?(?:\\w+\\s+)?(?:overdose|od|overdosing) looks? like|what happens (?:to (?:someone|somebody|a person|people|you) )?(?:when|if) |how to (?:recognize|recognise|spot|tell|identify) |why do (?:people|kids|teens|they) |(?:warning\\s+)?signs? (?:of|for)|symptoms? of|risk factors|what (?:does|do) (?:\\w+\\s+){0,5}?mean|meaning of|difference between|(?:how|what) (?:would|do|can|could) (?:i|you|we) (?:know|tell|recognize|spot) (?:if|when) (?:someone|somebody|a person|people|anyone)|good samaritan|(?:in trouble|arrested|charged) for calling|how many (?:people|americans|deaths|kids|teens)|(?:a|per|each|every) year|statistics|stats|numbers? (?:of|in|for)|rates? (?:of|in)|(?:is it|its) (?:ok|okay|allowed|appropriate)|(?:can|may) (?:i|we|you) (?:bring up|talk about|share|mention|discuss)|rules? (?:on|about|for)|(?:ok|okay|allowed) to (?:share|talk|mention|discuss))';
export const TOPIC_QUESTION_ES =
  '(?:(?:cual|que) es (?:el|nuestro) protocolo|que (?:le )?pasa (?:a alguien |a una persona )?(?:cuando|si) |(?:senales|signos) (?:de alerta )?(?:de|del)|sintomas de|que significa|como (?:se ve|se sabe|sabe uno|reconozco|reconocer)|como se si (?:alguien|una persona)|buen samaritano|cuantas personas|(?:al|por|cada) ano|estadisticas|cifras|se pueden? (?:hablar|compartir|tener|morir|dar|sobredos\\w*)|(?:arrestar|detener|problemas) (?:\\w+\\s+)?por llamar|puedo (?:hablar|compartir))';

/** A piece of work or a story that the crisis word is in: "a song about a friend who overdosed", "a novel where..." */
export const WORK_MENTION_EN = WORK_OR_MEDIA_EN + '\\s+(?:\\w+\\s+){0,3}?(?:about|on|where|in which|said|says|reported)\\b';
export const WORK_MENTION_ES =
  WORK_OR_MEDIA_ES + '\\s+(?:\\w+\\s+){0,3}?(?:sobre|acerca|donde|en la que|en el que|de un|de una|dijeron|dicen)\\b';

/** Naloxone as something to get, keep, learn or ask about, not given now: "where can I buy narcan", "es legal darle narcan". */
export const NALOXONE_NOT_NOW =
  '(?:where (?:can|do|to|is)|buy|prescription|carry|pharmacy|cost|price|training|class|kit|learn|learning|teach|practice|step by step|in case|dogs?|mascota|fire stations?|give out|hand out|keep|stock|legal|law|allowed|donde|comprar|receta|farmacia|aprender|por si|en caso|es legal|se puede|cuesta|gratis)';

/** For a piece of work or an audience: "...for a training", "...for our staff", "para el grupo de familias". */
export const FOR_AN_AUDIENCE_EN =
  '(?:for|to) (?:a|an|our|my|the|their) (?:\\w+\\s+)?(?:training|class|course|workshop|presentation|paper|newsletter|brochure|staff|team|church|family group|parent workshop|students|volunteers|clients|book club|congregation)';
export const FOR_AN_AUDIENCE_ES =
  '(?:para|a) (?:un|una|el|la|nuestro|nuestra|mi|los|las) (?:\\w+\\s+)?(?:capacitacion|entrenamiento|clase|curso|taller|presentacion|tarea|trabajo|boletin|folleto|personal|equipo|iglesia|grupo de familias|padres|estudiantes|voluntarios)';

/** It is over, and the person is safe: "he's ok now", "narcan worked", "ya está estable". */
export const RESOLVED_EN =
  '(?:(?:is|hes|shes|theyre|are|im|i am|were|we are)\\s+(?:now\\s+|doing\\s+|all\\s+)?(?:ok|okay|fine|alright|all right|stable|safe|home|better|recovering|in (?:a\\s+)?(?:program|treatment|rehab|detox))\\b|narcan worked|naloxone worked|(?:brought|got) (?:him|her|them) back|survived|in remission)';
export const RESOLVED_ES =
  '(?:(?:ya\\s+)?(?:esta|estan|estoy)\\s+(?:bien|estable|a salvo|en casa|mejor|en rehabilitacion|en tratamiento|internad[oa])|el narcan funciono|la naloxona funciono|sobrevivio|sobrevivi)';

/** A hypothetical told by a helper: "what do I say if my client mentions suicide". */
export const HYPOTHETICAL_EN =
  '(?:(?:what|how) (?:do|should|can|would) (?:i|we) (?:say|respond|answer|react|handle it|support)\\s+(?:\\w+\\s+){0,3}?(?:if|when) |(?:if|when) (?:a|my|our|the|someone|somebody|anyone|a person)\\s+(?:\\w+\\s+)?(?:mentions?|brings? up|talks? about|discloses?|says?)\\b|if (?:someone|somebody|anyone|a person) (?:ods|overdoses|has an overdose|is overdosing)|(?:if|when) (?:i|we|you) (?:ever\\s+)?(?:find|see|come across|walk in on) (?:someone|somebody|a person|a friend|people))';
export const HYPOTHETICAL_ES = '(?:si (?:veo a )?alguien (?:tiene|sufre|hace|con|esta)|que (?:le )?digo si|como (?:respondo|reacciono) si)';

/** ...unless something says it is happening now to someone the person is with or is. */
export const HAPPENING_NOW_EN =
  '(?:right now|rn|at the moment|help me|please help|hurry|not breathing|isnt breathing|wont wake|cant wake|turning blue|lips are blue|unresponsive|(?<!\\b(?:someone|somebody|anyone|person|if|whether)\\s)(?:is|hes|shes|im|i am|theyre)\\s+(?:still\\s+|so\\s+|really\\s+)?(?:overdosing|odin|dying|suicidal)|going to kill|want to die|kill myself|(?:keep|keeps|cant stop) thinking about (?:it|doing it|that)|' +
  PERSON +
  '\\s+(?:looks|seems|is acting|isnt|wont|cant|keeps)\\b)';
export const HAPPENING_NOW_ES =
  '(?:ahorita|ahora mismo|en este momento|ayuda(?:me)?|no respira|no despierta|se esta muriendo|esta morado|me quiero (?:matar|morir))';

/** Grief: someone lost to it, told as a loss ("lost someone to suicide", "died by suicide"), or a month or season gone. */
export const LOSS_EN =
  '(?:lost\\s+(?:\\w+\\s+){0,4}?(?:to|by)|(?:died|death|passed away|passed)\\s+(?:by|of|from|after|to)|loss (?:to|of|from|after)|survivors? of|grieving|grief|mourning|bereaved|bereavement|memorial|funeral|anniversary|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|last (?:year|month|week|spring|summer|fall|winter|christmas)|hospitalized|was in the hospital|(?:mom|dad|mother|father|brother|sister|son|daughter|husband|wife|friend|partner|cousin|uncle|aunt|grandpa|grandma|grandfather|grandmother|sons|daughters|fathers|mothers)s suicide)';
export const LOSS_ES =
  '(?:perd(?:i|io|imos|ieron) a (?:\\w+\\s+){0,4}?(?:por|a causa)|(?:murio|fallecio|muerte) (?:por|de)|duelo|aniversario|funeral|el (?:ano|mes) pasado|la semana pasada|hace (?:\\w+\\s+)?(?:anos|meses|semanas)|en (?:19|20)\\d\\d|hospitalizad[oa]|estuvo (?:en el hospital|internad[oa])|antecedentes|(?:despues|luego) del suicidio|suicidio de mi)';
