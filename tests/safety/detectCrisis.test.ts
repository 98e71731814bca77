import { expect } from 'chai';
import { detectCrisis, normalizeForCrisis, MAX_ANALYSED_CHARS, type CrisisKind } from '../../src/safety';

type Case = [text: string, kind: CrisisKind, language: 'en' | 'es'];

// What people write when someone may be in danger: plain, slang, texting shorthand, misspelt.
const CRISIS: Case[] = [
  // Farewells, stockpiles and "how much would it take"
  ['bye everyone. goodbye all', 'suicide', 'en'],
  // A denial the person asking does not believe.
  ["She denied suicidal thoughts but I think she's lying", 'suicide', 'en'],
  ["she says she isn't suicidal but i don't believe her", 'suicide', 'en'],
  ["my son denies SI but i'm worried", 'suicide', 'en'],
  ['my daughter told me she is not having thoughts of suicide but i dont buy it', 'suicide', 'en'],
  ['i have been stockpiling my meds for weeks', 'suicide', 'en'],
  ['how many of my pills would it take to die', 'suicide', 'en'],
  ['and cutting again.', 'self-harm', 'en'],
  // Overdose and medical emergencies, English
  ["my roommate OD'd and he won't wake up", 'overdose', 'en'],
  ['i think my brother is overdosing what do i do', 'overdose', 'en'],
  ["she's ODing right now", 'overdose', 'en'],
  ['he overdosed on fentanyl in the bathroom', 'overdose', 'en'],
  ['how do I help someone who just overdosed?', 'overdose', 'en'],
  ['what do i do if my friend is having an ovrdose', 'overdose', 'en'],
  ['my boyfriend isnt breathing right', 'overdose', 'en'],
  ['she stopped breathing after she used', 'overdose', 'en'],
  ["he's barely breathing and his lips are blue", 'overdose', 'en'],
  ['her lips are turning purple', 'overdose', 'en'],
  ["I can't wake him up", 'overdose', 'en'],
  ["my mom passed out and won't wake up", 'overdose', 'en'],
  ["he's unconscious on the bathroom floor", 'overdose', 'en'],
  ['friend is unresponsive after taking xanax', 'overdose', 'en'],
  ['i took way too many pills', 'overdose', 'en'],
  ['took a whole bottle of tylenol', 'overdose', 'en'],
  ['I swallowed all my pills an hour ago', 'overdose', 'en'],
  ['i just took like 30 of my sleeping pills', 'overdose', 'en'],
  ['mixed xanax and alcohol and i feel really weird', 'overdose', 'en'],
  ['i popped a bunch of percs and drank, feel like im dying', 'overdose', 'en'],
  ['did too much coke and my chest hurts', 'overdose', 'en'],
  ['he took too much heroin', 'overdose', 'en'],
  ["we gave him narcan but he's still not responding", 'overdose', 'en'],
  ["the narcan isn't working", 'overdose', 'en'],
  ['should I call 911? my friend is having a seizure', 'overdose', 'en'],
  ['my sister is foaming at the mouth', 'overdose', 'en'],
  ['i think my pills were laced with fentanyl', 'overdose', 'en'],
  ['i think i have alcohol poisoning', 'overdose', 'en'],
  ["he od'ed in the car", 'overdose', 'en'],
  ['HELP HE IS NOT BREATHING', 'overdose', 'en'],
  ['what are the signs of an overdose? my friend looks weird', 'overdose', 'en'],
  // Overdose and medical emergencies, Spanish
  ['mi hijo tiene una sobredosis', 'overdose', 'es'],
  ['creo que mi amigo tuvo una sobre dosis', 'overdose', 'es'],
  ['mi esposo no respira', 'overdose', 'es'],
  ['no despierta y tiene los labios morados', 'overdose', 'es'],
  ['me tomé todas las pastillas', 'overdose', 'es'],
  ['se tomó un frasco entero de pastillas', 'overdose', 'es'],
  ['tomé demasiadas pastillas', 'overdose', 'es'],
  ['mezclé pastillas con alcohol y me siento mal', 'overdose', 'es'],
  ['está inconsciente en el piso', 'overdose', 'es'],
  ['le dimos narcan y no reacciona', 'overdose', 'es'],
  ['mi hermano está convulsionando', 'overdose', 'es'],
  ['necesito una ambulancia ya', 'overdose', 'es'],
  // Suicide, English
  ['I want to kill myself', 'suicide', 'en'],
  ["I'm going to kms tonight", 'suicide', 'en'],
  ['lowkey wanna die', 'suicide', 'en'],
  ['i wanna dieee', 'suicide', 'en'],
  ['i want 2 die', 'suicide', 'en'],
  ['I just want to end it all', 'suicide', 'en'],
  ['been thinking of ending my life', 'suicide', 'en'],
  ["i'm suicidal", 'suicide', 'en'],
  ['feeling sucidal again', 'suicide', 'en'],
  ['having suicdal thoughts every night', 'suicide', 'en'],
  ["I've been thinking about suicide a lot", 'suicide', 'en'],
  ["I don't want to be alive anymore", 'suicide', 'en'],
  ['i dont wanna be here anymore', 'suicide', 'en'],
  ["there's no reason for me to live", 'suicide', 'en'],
  ['I have nothing left to live for', 'suicide', 'en'],
  ['everyone would be better off without me', 'suicide', 'en'],
  ['my kids would be better off if I was dead', 'suicide', 'en'],
  ['goodbye forever everyone', 'suicide', 'en'],
  ["I'm writing my suicide note", 'suicide', 'en'],
  ["I'm going to unalive myself", 'suicide', 'en'],
  ['I want to take my own life', 'suicide', 'en'],
  ["i'm so tired of living", 'suicide', 'en'],
  ["what's the point of living anymore", 'suicide', 'en'],
  ["I can't go on anymore", 'suicide', 'en'],
  ['I cant take it anymore', 'suicide', 'en'],
  ['I wish I was dead', 'suicide', 'en'],
  ['i should just die', 'suicide', 'en'],
  ["i'm done with life", 'suicide', 'en'],
  ["I'm planning to jump off a bridge", 'suicide', 'en'],
  ['i want to overdose on purpose', 'suicide', 'en'],
  ['im gonna OD tonight so i never wake up', 'suicide', 'en'],
  ["I'm going to take all my pills tonight", 'suicide', 'en'],
  ['wanna kms fr', 'suicide', 'en'],
  ['I might k1ll mys3lf', 'suicide', 'en'],
  ['nobody would even miss me', 'suicide', 'en'],
  ["I'm such a burden to everyone", 'suicide', 'en'],
  ["i'm thinking of killing myself", 'suicide', 'en'],
  ['i feel like dying', 'suicide', 'en'],
  ["I hope I don't wake up tomorrow", 'suicide', 'en'],
  ["life isn't worth living", 'suicide', 'en'],
  ["I'd rather be dead", 'suicide', 'en'],
  ["I'm not okay I want to die", 'suicide', 'en'],
  ['my brother died by suicide and I keep thinking about it', 'suicide', 'en'],
  ['I used to be suicidal and lately the thoughts are back', 'suicide', 'en'],
  ['my son threatened to kill himself', 'suicide', 'en'],
  ['everything would be easier for everyone if I was gone', 'suicide', 'en'],
  ["i've got the pills ready", 'suicide', 'en'],
  ["I'm not going to make it through the night", 'suicide', 'en'],
  ["I don't want to live like this anymore", 'suicide', 'en'],
  ["I'm drinking myself to death", 'suicide', 'en'],
  // Suicide, Spanish
  ['me quiero morir', 'suicide', 'es'],
  ['ya no quiero vivir', 'suicide', 'es'],
  ['quiero matarme', 'suicide', 'es'],
  ['me voy a suicidar', 'suicide', 'es'],
  ['pienso en suicidarme todos los días', 'suicide', 'es'],
  ['quiero acabar con mi vida', 'suicide', 'es'],
  ['ya no aguanto más', 'suicide', 'es'],
  ['no tengo razones para vivir', 'suicide', 'es'],
  ['mi familia estaría mejor sin mí', 'suicide', 'es'],
  ['quiero quitarme la vida', 'suicide', 'es'],
  ['estoy pensando en el suicidio', 'suicide', 'es'],
  ['kiero morir', 'suicide', 'es'],
  ['ya no puedo más', 'suicide', 'es'],
  ['me quiero tirar de un puente', 'suicide', 'es'],
  ['estoy cansada de vivir', 'suicide', 'es'],
  // Self-harm
  ['I keep hurting myself', 'self-harm', 'en'],
  ['i want to hurt myself tonight', 'self-harm', 'en'],
  ["I've been cutting myself again", 'self-harm', 'en'],
  ['i started cutting again', 'self-harm', 'en'],
  ['the urges to self harm are bad tonight', 'self-harm', 'en'],
  ['I burn myself with cigarettes', 'self-harm', 'en'],
  ['relapsed on self-harm last night', 'self-harm', 'en'],
  ['i feel like harming myself', 'self-harm', 'en'],
  ['my daughter is cutting herself', 'self-harm', 'en'],
  ["I'm bleeding a lot and it won't stop", 'self-harm', 'en'],
  ['quiero hacerme daño', 'self-harm', 'es'],
  ['me estoy cortando otra vez', 'self-harm', 'es'],
  ['tengo ganas de lastimarme', 'self-harm', 'es'],
  ['me corto los brazos', 'self-harm', 'es'],
  // Violence
  ['my husband is going to kill me', 'violence', 'en'],
  ["he said he'd kill me if I leave", 'violence', 'en'],
  ['my boyfriend is beating me', 'violence', 'en'],
  ['someone is threatening me with a gun', 'violence', 'en'],
  ["I'm going to hurt someone", 'violence', 'en'],
  ['i want to kill him', 'violence', 'en'],
  ['im gonna stab my roommate', 'violence', 'en'],
  ["I'm scared for my life", 'violence', 'en'],
  ['i am being abused by my partner right now', 'violence', 'en'],
  ['he has a knife to my throat', 'violence', 'en'],
  ["I'm afraid he'll kill me tonight", 'violence', 'en'],
  ["i'm scared i'm going to hurt someone", 'violence', 'en'],
  ['my ex is outside my house with a gun', 'violence', 'en'],
  ['my dad is beating my mom right now', 'violence', 'en'],
  ['mi esposo me va a matar', 'violence', 'es'],
  ['me está golpeando', 'violence', 'es'],
  ['me amenazó con un cuchillo', 'violence', 'es'],
  ['voy a matarlo', 'violence', 'es'],
  ['tengo miedo de que me mate', 'violence', 'es'],
  // ---- Probe of fresh cases (misses) and variants of each rule written for them ----
  // A plan in steps, or taking it all now (English)
  ['im about to drink this whole bottle and take all my xanax', 'suicide', 'en'],
  ['im gonna finish this bottle of vodka and then take all my pills', 'suicide', 'en'],
  ["i'm going to drink a fifth and swallow all of my sleeping pills", 'suicide', 'en'],
  ['gonna drink a bottle of wine with all my xanax', 'suicide', 'en'],
  ["i'm taking all my pills tonight", 'suicide', 'en'],
  ['doing all my fent at once', 'suicide', 'en'],
  // The means in hand
  ['i have a gun in my lap right now', 'suicide', 'en'],
  ['got my dads pistol in my hand', 'suicide', 'en'],
  ['im holding a loaded gun', 'suicide', 'en'],
  ['i have the rope ready', 'suicide', 'en'],
  ['holding a knife to my throat right now', 'suicide', 'en'],
  ["he's got a gun to my head", 'violence', 'en'],
  // Wanting it over, using until death, not waking up
  ['i hate my life and want it to be over', 'suicide', 'en'],
  ['i hate living and i just want it all to end', 'suicide', 'en'],
  ['i wish my life was over', 'suicide', 'en'],
  ["i'm ready for it all to end", 'suicide', 'en'],
  ["shooting up all my dope tonight so i don't wake up", 'suicide', 'en'],
  ['taking every pill i have so i never wake up again', 'suicide', 'en'],
  ['gonna drink enough tonight so i dont wake up', 'suicide', 'en'],
  ["i'm going to drink until i die", 'suicide', 'en'],
  ['gonna keep using till i drop dead', 'suicide', 'en'],
  ["i'll keep drinking until i'm dead", 'suicide', 'en'],
  // The body in danger: vomit, chest, heart after stimulants, withdrawal delirium
  ["she's choking on her vomit", 'overdose', 'en'],
  ['he passed out and is choking on his own puke', 'overdose', 'en'],
  ['my chest hurts and my heart is racing after doing coke', 'overdose', 'en'],
  ['my chest feels really tight after a few lines', 'overdose', 'en'],
  ["there's crushing pain in my chest, i did meth an hour ago", 'overdose', 'en'],
  ['heart racing like crazy from the adderall i took', 'overdose', 'en'],
  ["3 days no alcohol and i'm shaking so bad and seeing bugs on the walls", 'overdose', 'en'],
  ["my dad quit drinking 2 days ago and now he's seeing spiders everywhere", 'overdose', 'en'],
  ["i keep seeing bugs crawling on my skin, haven't had a drink since friday", 'overdose', 'en'],
  ['hes hallucinating since he stopped drinking on monday', 'overdose', 'en'],
  ["he's sweating and doesn't know where he is, stopped drinking 3 days ago", 'overdose', 'en'],
  ['i think my husband has the DTs', 'overdose', 'en'],
  // Guards that must not hide a crisis
  ['used to want to die every day when i was drinking and i still do', 'suicide', 'en'],
  ['i used to want to die, and lately the feeling is back', 'suicide', 'en'],
  ['i want to die, my wife left me 2 years ago', 'suicide', 'en'],
  ["my therapist asked if i'm suicidal and i said yes", 'suicide', 'en'],
  ["my therapist asked if i'm suicidal and i'm not sure", 'suicide', 'en'],
  ["my therapist asked if im suicidal and i'm not, but lately i think about it", 'suicide', 'en'],
  ["i'm suicidal and i'm not sure what to do", 'suicide', 'en'],
  ['my husband will kill me if i leave', 'violence', 'en'],
  ["he will kill me if i'm late, he hit me last time", 'violence', 'en'],
  ['i mixed xanax and alcohol, is it bad', 'overdose', 'en'],
  ["i mixed xanax and alcohol and can't feel my legs, can you help", 'overdose', 'en'],
  ['he is mixing xanax and vodka right now', 'overdose', 'en'],
  ['i used to cut myself and now im doing it again', 'self-harm', 'en'],
  ['i used to cut myself as a teen and the urges are back', 'self-harm', 'en'],
  ['i used to self harm and started again this week', 'self-harm', 'en'],
  ['i cut myself last night', 'self-harm', 'en'],
  ['my son just overdosed, how do i talk to him', 'overdose', 'en'],
  // Spanish: stockpiles, plans in steps, farewells, means ready, "esta noche me mato"
  ['he estado guardando pastillas para cuando me decida', 'suicide', 'es'],
  ['llevo meses juntando mis pastillas para dormir', 'suicide', 'es'],
  ['ya tengo suficientes pastillas para morirme', 'suicide', 'es'],
  ['voy a tomarme toda la botella con todas mis pastillas', 'suicide', 'es'],
  ['me voy a beber el tequila y luego me tomo todas las pastillas', 'suicide', 'es'],
  ['me voy a tomar todo el frasco', 'suicide', 'es'],
  ['ya escribí mis cartas de despedida', 'suicide', 'es'],
  ['dejé una nota de despedida en la mesa', 'suicide', 'es'],
  ['estoy escribiendo mi carta suicida', 'suicide', 'es'],
  ['para qué vivir si siempre recaigo', 'suicide', 'es'],
  ['de qué sirve seguir viviendo', 'suicide', 'es'],
  ['qué sentido tiene vivir así', 'suicide', 'es'],
  ['tengo una pistola y estoy pensando en usarla contra mí', 'suicide', 'es'],
  ['tengo la pistola cargada aquí conmigo', 'suicide', 'es'],
  ['quiero usarla contra mí misma', 'suicide', 'es'],
  ['tengo la soga lista', 'suicide', 'es'],
  ['ya compré una soga', 'suicide', 'es'],
  ['ya tengo las pastillas listas', 'suicide', 'es'],
  ['esta noche me mato', 'suicide', 'es'],
  ['hoy sí me suicido', 'suicide', 'es'],
  ['me mato hoy', 'suicide', 'es'],
  ['quiero que todo se acabe', 'suicide', 'es'],
  ['ojalá que mi vida se termine', 'suicide', 'es'],
  ['solo quiero que el dolor se acabe', 'suicide', 'es'],
  ['me siento una carga para todos', 'suicide', 'es'],
  ['siento que soy un estorbo', 'suicide', 'es'],
  ['voy a tomar hasta morirme', 'suicide', 'es'],
  ['voy a seguir bebiendo hasta matarme', 'suicide', 'es'],
  ['antes quería morirme y ahora otra vez', 'suicide', 'es'],
  ['antes quería morirme y todavía quiero', 'suicide', 'es'],
  ['antes quería morirme, volví a sentirlo', 'suicide', 'es'],
  ['hace años que quiero morirme', 'suicide', 'es'],
  ['quiero morirme antes de que amanezca', 'suicide', 'es'],
  ['mi terapeuta me preguntó si quería suicidarme y le dije que sí', 'suicide', 'es'],
  ['me pregunto si debería suicidarme', 'suicide', 'es'],
  ['me preguntó si quería suicidarme y no, pero a veces lo pienso', 'suicide', 'es'],
  // Spanish: self-harm, violence, the body in danger
  ['me volví a cortar los brazos', 'self-harm', 'es'],
  ['empecé a cortarme otra vez', 'self-harm', 'es'],
  ['me corté las piernas anoche', 'self-harm', 'es'],
  ['antes me cortaba y ahora volví a hacerlo', 'self-harm', 'es'],
  ['mi pareja me acaba de pegar y sigue en la casa', 'violence', 'es'],
  ['mi esposo me volvió a golpear', 'violence', 'es'],
  ['me ha pegado otra vez y tengo miedo', 'violence', 'es'],
  ['él dice que la va a usar contra mí', 'violence', 'es'],
  ['me duele el pecho y el corazón me late muy rápido después de meterme coca', 'overdose', 'es'],
  ['le duele mucho el pecho después de fumar piedra', 'overdose', 'es'],
  ['el corazón me late a mil después de meterme cristal', 'overdose', 'es'],
  ['mi papá está viendo bichos y temblando, lleva 3 días sin tomar', 'overdose', 'es'],
  ['mi esposo ve arañas en la pared desde que dejó de tomar', 'overdose', 'es'],
  ['está alucinando, lleva dos días sin beber', 'overdose', 'es'],
  ['creo que tiene delirium tremens', 'overdose', 'es'],
  ['se está atragantando con su vómito', 'overdose', 'es'],
  ['le escribí una carta de despedida a mis hijos', 'suicide', 'es'],
  ['tengo el arma cargada', 'suicide', 'es'],
  ['she vomited while she was passed out', 'overdose', 'en'],
  ['he puked and now hes choking', 'overdose', 'en'],
  // Second probe: goodbye then silence, shut in with the means, clinical shorthand, an assault
  // with a threat to repeat it, the rope bought, the easiest way, a needle still in, driving to die.
  ['my son texted me goodbye and i love you and now he wont pick up his phone', 'suicide', 'en'],
  ["my daughter sent a goodbye text an hour ago and now she isn't answering", 'suicide', 'en'],
  ['got a weird goodbye message from my brother and his phone is off', 'suicide', 'en'],
  ["he won't answer his phone and he texted me goodbye earlier", 'suicide', 'en'],
  ['my girlfriend locked herself in the bathroom with a razor blade', 'suicide', 'en'],
  ['my son barricaded himself in his room with a gun', 'suicide', 'en'],
  ['she locked herself in the bathroom and has a knife', 'suicide', 'en'],
  ['he locked himself in the garage with the car running', 'suicide', 'en'],
  ['my patient just disclosed active SI with a plan', 'suicide', 'en'],
  ['pt endorses passive SI, requesting group referral', 'suicide', 'en'],
  ['client reports current SI and HI', 'suicide', 'en'],
  ['clinic note: positive for SI, needs follow up', 'suicide', 'en'],
  ['SI with intent, what groups can she attend', 'suicide', 'en'],
  ["she denied being suicidal but i think she's lying", 'suicide', 'en'],
  ['paciente refiere ideación suicida activa', 'suicide', 'es'],
  ["he choked me last night and says he'll do it again when he gets home", 'violence', 'en'],
  ['he beat me up last night', 'violence', 'en'],
  ['my boyfriend beats me up when he drinks', 'violence', 'en'],
  ['my dad roughed me up again', 'violence', 'en'],
  ['my husband beat the crap out of me', 'violence', 'en'],
  ['i bought the rope today', 'suicide', 'en'],
  ["i got the rope. tonight's the night", 'suicide', 'en'],
  ['i tied a belt to the closet rod', 'suicide', 'en'],
  ['i tied a noose in my closet', 'suicide', 'en'],
  ["what's the most painless way to die", 'suicide', 'en'],
  ["what's the quickest way to end it", 'suicide', 'en'],
  ['easiest way to kill myself', 'suicide', 'en'],
  ['how can i die painlessly', 'suicide', 'en'],
  ['just found my brother passed out with a needle still in his arm', 'overdose', 'en'],
  ["he's nodding out with the needle still in his arm", 'overdose', 'en'],
  ['found her slumped over with a syringe next to her', 'overdose', 'en'],
  ['been drinking since 8am and i want to drive off the overpass', 'suicide', 'en'],
  ['i want to drive my car into oncoming traffic', 'suicide', 'en'],
  ['thinking about driving off the pier tonight', 'suicide', 'en'],
  ['gonna swerve into a semi', 'suicide', 'en'],
  ['mi primo se metió un montón de fenta y está morado', 'overdose', 'es'],
  ['mi hermana se metió un chingo de pastillas', 'overdose', 'es'],
  ['se inyectó un buen de heroína y se puso azul', 'overdose', 'es'],
  ['mi amigo fumó algo y está todo morado', 'overdose', 'es'],
  ['mi esposo está morado y no respira', 'overdose', 'es'],
];

// Ordinary messages: questions about groups and meetings, idioms, the past, questions about a topic.
const CALM: string[] = [
  'where can I find an AA meeting near me',
  'what time do NA meetings usually start',
  'is SMART Recovery religious?',
  "I'm dying to know what happens at a first meeting",
  'that speaker absolutely killed it tonight',
  "we're just killing time before the meeting",
  "I'd kill for a coffee right now",
  'my back is killing me from those folding chairs',
  'this commute is killing me',
  'she looked drop dead gorgeous at her anniversary',
  'I overdosed on coffee this morning lol',
  'sugar overdose after the potluck',
  'what is naloxone?',
  'where can I get Narcan?',
  'my dad died of an overdose last year, is there a group for me?',
  'I lost my brother to an overdose in 2019',
  "I'm not suicidal, just looking for a meeting",
  'I would never hurt myself, I just want to stop drinking',
  "I don't want to die from drinking like my uncle did",
  'how do I cut back on drinking?',
  'I want to cut down on weed',
  'I hurt my family with my drinking',
  "I've hurt myself and others with my drinking",
  "what does 'easy does it' mean",
  'is Al-Anon for families?',
  'my teenage daughter drinks, where do I go?',
  'can I bring my kid to a meeting?',
  "I cut myself shaving this morning, anyway what's SMART?",
  'the meeting was dead tonight',
  'my phone died during the zoom meeting',
  'I take my meds every day, can I still go to NA?',
  'I took my pills this morning like I should',
  'is methadone allowed in NA?',
  'my sponsor hit me up about service work',
  'the cravings hit me hard at night',
  'I want to end my addiction',
  'how do I end things with my sponsor',
  'taking my life back one day at a time',
  "I'm sick and tired of being sick and tired",
  "I'd rather die than drink again",
  'cross my heart and hope to die',
  "I'm scared my son will overdose someday",
  'how can I prevent an overdose?',
  'what is an overdose?',
  'is it safe to mix xanax and alcohol?',
  "I can't wake up early for morning meetings",
  "I don't want to wake up early on Saturday",
  'I drank too much last night and feel awful',
  'I took too many shots at the wedding',
  "I'm dead serious about getting sober",
  'the pain of withdrawal is killing me',
  'my mom is going to kill me when she finds out I relapsed',
  'I want to kill my cravings',
  'is there a meeting within 10 kms of downtown',
  'Is AA a cult?',
  'I relapsed yesterday and feel ashamed',
  'LifeRing vs SMART, which is better?',
  "I don't want to live with my parents anymore",
  'how do I tell my boss I go to meetings',
  'can I go to a closed meeting if I am not sure I am an alcoholic',
  'mi mamá me va a matar si se entera',
  'me muero de ganas de ir a la reunión',
  'quiero ir a una reunión de AA',
  '¿A qué hora es la reunión?',
  'voy a cortarme el pelo antes de la reunión',
  'no quiero morir borracho como mi padre',
  'mi papá murió de una sobredosis hace años',
  '¿Qué es Al-Anon?',
  'me corto las uñas',
  'ya no quiero beber, ¿qué grupo me recomiendas?',
  "I used to be suicidal but I've been sober for 3 years",
  'I tried to kill myself years ago, now I chair a meeting',
  'can you overdose on weed?',
  'is there a group for overdose loss?',
  'my liver is dying from all the drinking',
  'is there a group for people on methadone and benzos',
  "it's an emergency meeting, right?",
  'my husband is killing himself with alcohol, what group is for me?',
  'is it normal to feel like dying during withdrawal?',
  // ---- Probe of fresh cases (false alarms) and near misses of the rules written for the probe ----
  'how do I talk to my son about overdose risk',
  'how can I teach my teens about the dangers of overdose',
  'what are the risks of overdose after a relapse',
  'what should i do if someone overdoses someday, i want to be prepared',
  'used to want to die every day when i was drinking, 18 months sober now',
  "i used to wish i would just die back when i was using, now i'm 2 years clean",
  "years ago i wanted to die but i've been sober since 2019",
  'back in 2015 i was suicidal, now im 5 years sober',
  "my therapist asked if i'm suicidal and i'm not, i just want a group",
  'my doctor asked whether i was suicidal and i said no',
  "my wife will kill me if i'm late to the meeting",
  'my sponsor is going to kill me if i miss another meeting',
  'can mixing xanax and alcohol kill you',
  'does mixing benzos and alcohol cause overdose',
  'is it bad mixing xanax with beer',
  "i used to cut myself as a teen but that's behind me",
  "i cut myself in high school, now i'm 3 years sober and doing ok",
  'i used to self harm years ago, is there a group for that',
  'I hurt myself at the gym today',
  'I fell and hurt myself again',
  'what are the signs of the DTs',
  'what is delirium tremens',
  'delirium tremens',
  'is it normal to shake when you stop drinking',
  'i get the shakes in the morning when i dont drink',
  'can you get the dts from quitting beer',
  "i'm seeing things differently now that i'm sober",
  'my chest hurts from coughing all week',
  "my chest gets heavy when i think about my son's addiction",
  "my heart is racing, first meeting tonight and i'm nervous",
  'i have a gun license, can i still go to meetings',
  'i got a rope ready for the camping trip',
  'im going to a meeting tonight and take all my meds as prescribed',
  'i want to stop drinking and take all the help i can get',
  "i'm taking all my meds on time now",
  'i want this meeting to be over lol',
  'i take my meds before bed so i dont wake up at night',
  "i'm going to stay sober until i die",
  'im not going to drink until i die',
  "i'll go to meetings till i die",
  'mi terapeuta me preguntó si quería suicidarme y no, solo quiero un grupo',
  'el doctor me preguntó si pensaba en el suicidio y le dije que no',
  'antes quería morirme todos los días, llevo un año sobrio',
  'cuando tomaba quería morirme, ahora estoy bien',
  'qué hago si alguien tiene una sobredosis algún día, quiero estar preparada',
  'cómo ayudo si alguna vez mi hijo tiene una sobredosis',
  'antes me cortaba pero ya no',
  'de adolescente me cortaba los brazos, hace años que no',
  'me volví a cortar el pelo',
  'estoy guardando las pastillas de mi hijo bajo llave',
  'no voy a tomarme todas mis pastillas de golpe',
  'voy a tomar todas mis medicinas como me dijo el doctor',
  'me acaba de pegar la gripa mi hijo',
  'escribí una carta de despedida al alcohol en mi grupo',
  'para qué sirve el grupo de AA',
  'compré una cuerda para el tendedero',
  'hoy me mato en el gimnasio',
  'me mato trabajando todos los días',
  'mi esposa me mata si llego tarde',
  'quiero que la reunión se acabe temprano',
  'no me siento una carga',
  'no voy a tomar hasta morir',
  'me duele el pecho de tanto toser',
  'el corazón me late muy rápido antes de la reunión',
  'qué es el delirium tremens',
  'es normal temblar cuando dejas de tomar',
  'me tiemblan las manos cuando no bebo',
  'got my gun ready for deer season',
  "i'm seeing bugs in my code all day at work",
  'my husband chokes on his food sometimes',
  "when i was drinking i'd choke on my vomit sometimes, now sober 2 years",
  'my dad had the dts years ago, is there a group for families',
  'cómo sé si tengo delirium',
  'ya escribí mi carta de despedida a la cocaína',
  'tengo una pistola en casa, ¿puedo ir a AA?',
  'el doctor me preguntó si tenía pensamientos suicidas y no',
  'me despido de todos, nos vemos en la junta',
  'estoy juntando dinero para el tratamiento',
  // Second probe: near misses of the rules above.
  'my nose is running',
  'i have a runny nose and a cough, can i still go to the meeting',
  'she texted me goodbye before her flight, she lands at 6',
  'i wrote a goodbye letter to alcohol and my sponsor loved it',
  'my goodbye note to drinking',
  'he locked himself in his room with his video games again',
  'pt denies SI, requests AA referral',
  'patient denies active SI or HI',
  'no active SI, just wants a meeting list',
  'negative for SI today',
  'pt denies suicidal ideation, requests AA referral',
  "i was suicidal but i'm not anymore, but i worry about relapse",
  'my sponsor said he was suicidal years ago but i think he is fine now',
  'patient denies thoughts of suicide',
  'paciente niega ideación suicida, solicita referencia a AA',
  'paciente sin ideas suicidas, busca grupo',
  'my brother beat me up in smash bros lol',
  'hit me up after the meeting',
  'my wife is going to kill me when she finds out i relapsed',
  'my wife will beat me when she finds out lol',
  'i bought a rope today for the tire swing',
  'bought some rope for the boat today',
  "what's the easiest way to get to the meeting",
  'what is the most painless way to detox',
  'fastest way to kill cravings',
  'the nurse put a needle in my arm for blood work',
  "i found a needle in my son's backpack, how do i talk to him",
  'i drive off the highway at exit 12 to get to the meeting',
  'we drove into the city for the meeting',
  'i drive into traffic every morning',
  'i pulled into the truck stop',
  'tengo el brazo morado por el golpe',
  'el cielo está morado hoy',
  'mi vestido está morado',
  'does naltrexone stop you from overdosing',
  'can narcan reverse an overdose',
  'we learned about overdose in a class',
  'we watched a documentary about overdose at group',
  'vimos un documental sobre sobredosis en el grupo',
  'en la clase hablamos de sobredosis',
  'nos dieron una charla sobre la sobredosis',
];

describe('detectCrisis', () => {
  describe('finds crisis messages, with the right kind and language', () => {
    for (const [text, kind, language] of CRISIS) {
      it(`${kind} (${language}): ${text}`, () => {
        expect(detectCrisis(text)).to.deep.equal({ kind, language });
      });
    }
  });

  describe('leaves ordinary messages alone', () => {
    for (const text of CALM) {
      it(text, () => {
        expect(detectCrisis(text)).to.equal(null);
      });
    }
  });

  it('has tables large enough to mean something', () => {
    expect(CRISIS.length).to.be.at.least(60);
    expect(CALM.length).to.be.at.least(40);
    for (const kind of ['overdose', 'suicide', 'self-harm', 'violence'] as const) {
      for (const language of ['en', 'es'] as const) {
        expect(
          CRISIS.filter((c) => c[1] === kind && c[2] === language),
          `${kind}/${language}`,
        ).to.have.length.at.least(3);
      }
    }
  });

  describe('negation and guards only drop the phrase they belong to', () => {
    it('still flags another crisis phrase after "I\'m not suicidal"', () => {
      expect(detectCrisis("I'm not suicidal but everyone would be better off without me")).to.deep.equal({
        kind: 'suicide',
        language: 'en',
      });
    });
    it('still flags an overdose in the same message as a past one', () => {
      expect(detectCrisis('My dad died of an overdose years ago. Now my brother is not breathing')).to.deep.equal({
        kind: 'overdose',
        language: 'en',
      });
    });
    it('flags pills taken now even when the person also says they do not want to die', () => {
      expect(detectCrisis("I took all my pills and I don't want to die")?.kind).to.equal('overdose');
    });
    it('"kys" aimed at someone else is not a disclosure, aimed at oneself it is', () => {
      expect(detectCrisis('you should kys')).to.equal(null);
      expect(detectCrisis('i should just kys')?.kind).to.equal('suicide');
    });
  });

  describe('priority between kinds', () => {
    it('an overdose happening now comes before suicidal words (911 first)', () => {
      expect(detectCrisis('I want to die, I just swallowed too many pills')?.kind).to.equal('overdose');
    });
    it('suicide comes before self-harm', () => {
      expect(detectCrisis('I cut myself and I want to kill myself')?.kind).to.equal('suicide');
    });
    it('violence comes before self-harm', () => {
      expect(detectCrisis('he is hitting me and I keep hurting myself')?.kind).to.equal('violence');
    });
  });

  describe('input handling', () => {
    it('returns null for empty, blank and non-string input without throwing', () => {
      expect(detectCrisis('')).to.equal(null);
      expect(detectCrisis('   \n ')).to.equal(null);
      expect(detectCrisis(undefined as unknown as string)).to.equal(null);
      expect(detectCrisis(42 as unknown as string)).to.equal(null);
    });
    it('normalizes case, accents, curly quotes, repeated letters and shorthand', () => {
      expect(normalizeForCrisis('I DON’T wannnaaa líve, u know')).to.equal('i dont want to live , you know');
      expect(normalizeForCrisis("he OD'd")).to.equal('he overdose');
      expect(normalizeForCrisis('that is odd')).to.equal('that is od');
    });
    it('reads a crisis at the very end of a long message', () => {
      const story = 'We talked about the steps and the coffee and the chairs. '.repeat(200);
      expect(story.length).to.be.greaterThan(MAX_ANALYSED_CHARS);
      expect(detectCrisis(story)).to.equal(null);
      expect(detectCrisis(`${story} Anyway I want to kill myself.`)).to.deep.equal({ kind: 'suicide', language: 'en' });
    });
  });

  describe('cost', () => {
    const NS_PER_MS = 1_000_000n;
    function timeIt(label: string, text: string): ReturnType<typeof detectCrisis> {
      const runs = 20;
      let result: ReturnType<typeof detectCrisis> = null;
      const start = process.hrtime.bigint();
      for (let i = 0; i < runs; i += 1) result = detectCrisis(text);
      const perCallUs = Number(((process.hrtime.bigint() - start) * 1000n) / (BigInt(runs) * NS_PER_MS));
      // Printed, not asserted: timing depends on the machine.
      console.log(`      detectCrisis ${label} (${text.length} chars): ${(perCallUs / 1000).toFixed(3)} ms per call`);
      return result;
    }

    it('returns for 20,000-character messages, including inputs built to make regexes backtrack', () => {
      // Whole phrases repeated to at least 20,000 characters.
      const fill = (unit: string): string => unit.repeat(Math.ceil(20_000 / unit.length));
      expect(timeIt('ordinary text', fill('Is there a meeting near the library on Tuesday evenings for newcomers? '))).to.equal(null);
      expect(timeIt('one repeated letter', 'a'.repeat(20_000))).to.equal(null);
      expect(timeIt('repeated words near the rules', fill('i want to want to going to not '))).to.equal(null);
      expect(timeIt('many near misses', fill('overdosed on coffee lol '))).to.equal(null);
      expect(timeIt('many guarded matches in one sentence', fill('my uncle died of an overdose years ago and '))).to.equal(null);
      expect(timeIt('no spaces', fill('killmyselfx'))).to.equal(null);
      expect(timeIt('plans in steps that never arrive', fill('going to drink and then , voy a tomarme la botella y , '))).to.equal(null);
      expect(timeIt('symptoms with no withdrawal', fill('hallucinating seeing things hearing voices , no '))).to.equal(null);
      expect(timeIt('many guarded questions', fill('me pregunto si queria suicidarme y no , '))).to.equal(null);
      expect(timeIt('symbols only', fill('!?*@#$%^&()'))).to.equal(null);
      expect(timeIt('goodbyes with no silence', fill('she texted me goodbye before her flight and '))).to.equal(null);
      expect(timeIt('rooms and clinical words', fill('locked himself in his room with his with the , denies si or hi , '))).to.equal(null);
      const crisis = `${'a'.repeat(19_950)} he is not breathing`;
      expect(timeIt('crisis at the end', crisis)?.kind).to.equal('overdose');
      expect(timeIt('short message', 'where is the Thursday meeting tonight')).to.equal(null);
    });
  });
});
