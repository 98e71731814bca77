// Words the crisis rules share, in the form the crisis patterns are written (plain spelling,
// regex alternations, squeezed when compiled): oneself, negations, the people around a person,
// drugs and alcohol. One list for every rule that needs them, so a new street name or relative is
// added once.

export const SELF = '(?:myself|my self|my own self)';
export const CANT = '(?:cant|can not|couldnt|could not)';
export const NEG_EN =
  '(?:not|never|no longer|dont|do not|didnt|did not|doesnt|does not|wont|will not|wouldnt|would not|isnt|arent|aint|wasnt|no plans? to|no intention of|no desire to|no (?:thoughts?|urges?|history|ideas?) (?:of|to|about))' +
  '(?:\\s+(?:ever|really|actually|even|be|being|been|feel|feeling|going to|want to|try to|trying to|plan to|planning to|planning on|thinking about|thinking of|considering))*';
export const NEG_ES =
  '(?:no|nunca|jamas|ya no|tampoco)(?:\\s+(?:me|lo|la|te|se|estoy|soy|estoy pensando en|pienso en|quiero|voy a|tengo|tiene|tuvo|siento|siento que|he pensado en))*';
export const PERSON =
  '(?:he|she|they|hes|shes|theyre|him|her|someone|somebody|some guy|husband|wife|boyfriend|girlfriend|bf|gf|partner|dad|father|stepdad|step dad|mom|mother|stepmom|brother|sister|son|daughter|ex|roommate|neighbor|neighbour|dealer|uncle|aunt|cousin|guy|man|family|friend|buddy)';
export const OTHER_PERSON_OBJ =
  '(?:him|her|them|someone|somebody|anyone|anybody|people|everyone|everybody|my\\s+(?:husband|wife|boyfriend|girlfriend|bf|gf|partner|dad|father|mom|mother|stepdad|stepmom|brother|sister|son|daughter|kids?|children|family|boss|roommate|neighbor|neighbour|ex|sponsor|coworker|dealer|uncle|aunt|cousin)|that\\s+(?:guy|man|woman|person|dude|bitch)|the\\s+(?:people|guys|kids|students|staff|teachers|workers)\\s+(?:at|in|from)|everyone\\s+(?:at|in)|this\\s+(?:guy|man|woman|person|dude))';
export const DRUG =
  '(?:pills?|meds|medication|medications|medicine|medicines|xanax|xans?|bars|benzos?|klonopin|valium|ativan|percs?|percocets?|oxys?|oxycodone|oxycontin|hydrocodone|vicodin|norco|roxys?|fent|fentanyl|fetty|heroin|dope|opioids?|opiates?|morphine|methadone|suboxone|tramadol|codeine|lean|cough syrup|nyquil|dxm|tylenol|acetaminophen|paracetamol|advil|ibuprofen|aspirin|insulin|sleeping pills|sleep meds|ambien|seroquel|gabapentin|lyrica|adderall|coke|cocaine|crack|meth|molly|mdma|ecstasy|ket|ketamine|ghb|acid|lsd|edibles|tabs|capsules|tablets|antidepressants|painkillers|pain killers|pain pills|downers|uppers|blues|kratom|drugs)';
/** What people mix with alcohol or each other in an overdose; not "drugs" or "meds", which describe a habit as often as an event. */
export const DRUG_MIX =
  '(?:pills?|xanax|xans?|bars|benzos?|klonopin|valium|ativan|percs?|percocets?|oxys?|oxycodone|oxycontin|hydrocodone|vicodin|norco|fent|fentanyl|heroin|opioids?|opiates?|morphine|methadone|tramadol|codeine|lean|sleeping pills|sleep meds|ambien|seroquel|gabapentin|lyrica|painkillers|pain pills|my meds|my medication|my pills|downers|ghb|ketamine)';
export const DRUG_ES =
  '(?:pastillas|pastis|pildoras|medicinas|medicamentos|tabletas|capsulas|calmantes|somniferos|clonazepam|xanax|rivotril|tafil|tramadol|fentanilo|oxicodona|paracetamol|ibuprofeno|heroina|cocaina|drogas|benzos)';
export const ALCOHOL = '(?:alcohol|booze|drinks?|drinking|beer|beers|wine|vodka|liquor|whiskey|tequila|rum|shots)';
/** The suicide word in any spelling the word rules accept. */
export const SUICIDE_WORD = 's(?:ui|iu|u)(?:c|s)(?:i)?(?:c|s)?(?:i)?d\\w*';
