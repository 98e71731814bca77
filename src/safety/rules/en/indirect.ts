// English: suicide said without the word - a lethal-means question, a farewell, a decision about
// "it". Crisis lines treat each as a warning sign; the learned check reads many, but these are
// said in so few words that it cannot weigh them against ordinary goodbyes and plans.
import type { CrisisRule } from '../types';
import { NEG_EN } from '../../../understand/vocabulary';
import { FOR_AN_AUDIENCE_EN } from '../guards/topic';

/** Questions about an animal's or a class's dose are not a person's means. */
const NOT_A_PERSON = '(?:dogs?|cats?|pets?|puppy|kitten|horse|vet|veterinar\\w*|pharmacology|toxicology|nursing (?:exam|school|class))';

export const EN_INDIRECT_SUICIDE_RULES: readonly CrisisRule[] = [
  // How much, how high, which artery: "how many hydrocodone would stop my heart", "how high does a
  // fall have to be to not survive", "what kind of rope holds a person".
  {
    id: 'en.suicide.means.01',
    kind: 'suicide',
    lang: 'en',
    pattern:
      'how (?:many|much)\\s+(?:\\w+\\s+){0,4}?(?:would|will|could|does it take to|would it take to|to)\\s+(?:\\w+\\s+)?(?:stop (?:my|your|a|the|someones) heart|kill (?:me|you|a person|someone|somebody|a human)|be (?:lethal|fatal|deadly|enough to die)|not (?:survive|wake up))' +
      '|(?:lethal|fatal|deadly) (?:dose|amount|quantity) of' +
      '|(?:which|what) (?:\\w+\\s+){0,2}?(?:artery|arteries|vein|veins)\\s+(?:\\w+\\s+){0,3}?(?:fastest|quickest|best|deepest|to cut|bleeds? (?:out )?(?:the )?fastest)' +
      '|how (?:high|far|tall|many (?:floors|stories))\\s+(?:\\w+\\s+){0,6}?(?:to|would|do i|do you|does)\\s+(?:\\w+\\s+){0,4}?(?:not survive|die|kill (?:me|you|someone|a person))' +
      '|(?:what|which) (?:kind of |type of |sort of )?(?:rope|cord|knot|belt)\\s+(?:\\w+\\s+){0,3}?(?:holds?|would hold|can hold|will hold|strong enough (?:to hold|for))\\s+(?:a person|a body|my weight|someone|a grown|an adult|me)' +
      '|(?:what|which) (?:\\w+\\s+){0,3}?(?:chemicals?|pills?|meds?|medications?|poisons?|cleaners?|plants?)\\s+(?:\\w+\\s+){0,4}?(?:would|will|can|could|to)\\s+kill\\s+(?:you|me|a person|someone|somebody)' +
      '|how long (?:does it|would it|will it) take to die (?:from|of|if)' +
      '|(?:cant|can not|wont|would not|wouldnt) survive (?:jumping|a jump|a fall|falling) (?:from|off)',
    notBefore: NEG_EN,
    unlessClause: NOT_A_PERSON + '|' + FOR_AN_AUDIENCE_EN,
    examples: [
      'how many hydrocodone would stop my heart',
      'how high does a fall have to be to not survive',
      'which artery is fastest',
      'what kind of rope holds a person',
      'what household chemicals would kill you if you drank them',
      'lethal dose of tylenol',
    ],
    counterExamples: ['how much chocolate would kill my dog', 'what is the lethal dose of ibuprofen for a cat'],
  },
  // A farewell: "it was nice knowing you all", "so this is it. bye", "if i'm not online tomorrow,
  // that's why", "take care of my cat when i'm gone".
  {
    id: 'en.suicide.farewell.01',
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:it was|its been|been|was) (?:really )?(?:nice|good|great|an honor) knowing (?:you|yall|everyone|everybody|all of you)' +
      '|(?:so\\s+)?this is it\\s+(?:\\.\\s+)?(?:bye|goodbye|good bye|farewell)' +
      '|(?:if|when) (?:im|i am|i m) not (?:online|here|around|on|alive|answering|on here) (?:tomorrow|anymore|after tonight)' +
      '|before i go\\s+(?:\\.\\s+)?(?:for good|forever)|(?:goodbye|bye|farewell) (?:forever|for good)' +
      '|(?:when|after|once) (?:im|i am) gone(?!\\s+(?:for|on|to|this|next|over|from|at|until|till|tomorrow|today|tonight))' +
      '|(?:take care of|look after|feed) (?:my|the) (?:kids|children|babies|son|daughter|dog|dogs|cat|cats|pets?) (?:for me )?(?:after|when|once) (?:im|i am) (?:gone|not here|dead)' +
      '|(?:this is|heres) my (?:last|final) (?:message|post|text|goodbye)|^(?:last|final) message(?=\\s*(?:$|[.,!]))' +
      '|(?:just|only) (?:wanted|want|wanna) to say (?:goodbye|bye)(?=\\s*(?:$|[.,!]|to (?:everyone|you all|yall|all of you)|forever))' +
      '|(?:wont|will not|not going to|im not gonna) (?:need|be needing|be around for|be here for) (?:\\w+\\s+){0,3}?after tonight',
    notBefore: NEG_EN,
    examples: [
      'it was nice knowing you all',
      'so this is it. bye',
      "if i'm not online tomorrow, that's why",
      'just wanted to say thank you before i go. for good',
      'please take care of my cat when im gone',
      'this is my last message',
      'Last message. Sorry to whoever reads it.',
      'just wanted to say goodbye.',
    ],
    counterExamples: [
      'water my plants when im gone for the weekend',
      'it was nice meeting you all tonight, see you thursday',
      'goodbye for now, see you at the meeting',
    ],
  },
  // A decision about "it": "i'm ending this", "i'm checking out", "only thing left is dying",
  // "it's getting harder to not do it", "thinking abt ctb".
  {
    id: 'en.suicide.decided.01',
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:im|i am|ill|i will|gonna|going to|im going to|i want to|about to|ready to)\\s+(?:finally\\s+|just\\s+)?(?:end|ending|finish|finishing)\\s+(?:this|it|it all|everything|things)(?=\\s*(?:$|[.,!]|tonight|today|now|for good|for real|once and for all))' +
      '|(?:im|i am)\\s+(?:finally\\s+)?checking out(?=\\s*(?:$|[.,!]|for good|tonight|of (?:life|this world|here for good)))' +
      '|(?:only|last) (?:thing|option|way out|way|choice) (?:left )?(?:is|would be) (?:dying|death|to die|ending it|suicide)' +
      '|(?:harder|hard)\\s+(?:and harder\\s+)?(?:to not|not to) do it' +
      '|(?:close|closer|so close) to doing it' +
      '|ctb' +
      '|(?:ways?|how) to do it without (?:it hurting|pain|feeling (?:it|anything))' +
      '|(?:pray|praying|hope|wish) (?:that )?god (?:takes|will take|would take|would just take|just takes) me' +
      '|(?:tired|sick) of fighting(?=\\s*(?:$|[.,!]|to (?:live|stay)|for my life|anymore))' +
      '|(?:going|want) to (?:sleep|go to sleep) and (?:never|not) wake up',
    notBefore: NEG_EN,
    examples: [
      "i'm ending this",
      "life's pointless. i'm checking out",
      'only thing left is dying',
      'its getting harder to not do it',
      'thinking abt ctb alot lately',
      'how to do it without it hurting',
    ],
    counterExamples: [
      "i'm ending it with my boyfriend tonight",
      "i'm checking out of the hotel at noon",
      'i need to catch the bus to the meeting',
      'i am tired of fighting with my sister',
    ],
  },
  // Preferring death to another day, the way off, the weapon kept in sight.
  {
    id: 'en.suicide.decided.02',
    kind: 'suicide',
    lang: 'en',
    pattern:
      '(?:rather|prefer to)\\s+(?:be dead|die)\\s+than\\s+(?:go through|live|face|spend|keep|wake up|have to|another|feel)' +
      '|(?:want|get|getting)\\s+off\\s+(?:this|the)\\s+ride(?:\\s+(?:permanently|for good|forever))?' +
      '|(?:keep|keeps|kept)\\s+(?:looking at|staring at|holding|thinking about)\\s+(?:it|the gun|my gun|the pills|the rope|the bottle of pills)' +
      '|(?:buy|get)\\s+a\\s+(?:gun|handgun|pistol|firearm)\\s+(?:today|tonight|right now|fast|quick|quickly)(?:\\s+no waiting)?',
    notBefore: NEG_EN,
    unlessClause: FOR_AN_AUDIENCE_EN + '|hunting|range|season|license|permit',
    examples: [
      "i'd rather be dead than go through another day like this",
      'i want off this ride permanently',
      "i have my dad's old revolver and i keep looking at it",
      'where can i buy a gun today no waiting',
    ],
    counterExamples: ["I'd rather die than drink again", 'where can i buy a gun today for hunting season'],
  },
];
