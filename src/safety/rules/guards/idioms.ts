// Guards for idioms and ordinary uses: harmless things one "overdoses" on, "she'll kill me if I'm
// late", jokes, a prescription taken as told, a gun or rope for something ordinary.

/** Harmless things people say they "overdosed on". */
export const HARMLESS =
  '(?:coffee|caffeine|sugar|candy|chocolate|netflix|tv|television|pizza|carbs|love|cake|cookies|memes|social media|work|news|exercise|sun|sunshine|cuteness|cute|nostalgia|drama|information|feelings|kindness|positivity|christmas|music|anime|games|gaming|videos|youtube|tiktok|junk food|food|sweets|ice cream|donuts|halloween|vitamin c|espresso|energy drinks|red bull|cheese|reality tv|podcasts|books)';
// "She'll kill me if I'm late / if I forget / if I miss the meeting" is the idiom; "if I leave",
// "if I tell anyone" and "if I call the police" are threats and are deliberately not listed.
export const IDIOM_FINDS_OUT =
  '(?:finds? out|found out|find about|when (?:i|she|he|they) (?:gets?|sees?|hears?)|if (?:i|she|he|they) (?:sees?|knew|knows|hears?)|lol|lmao|haha|jk|just kidding)';
/** Only for "X will kill me if...": the hitting rules keep "he hits me if I'm late" a crisis. */
export const IDIOM_IF_LATE =
  '(?:if (?:im|i am|i get|i come|i show up|i turn up|i get home|i come home|were|we are|we get)\\s+(?:\\w+\\s+)?late|if i (?:\\w+\\s+)?(?:forget|miss|skip|spend|eat|break|lose|mess up)\\b)';
/** The joke markers of "she'll kill me lol"; the hitting rule keeps "he choked me ... when he gets home" a crisis. */
export const JOKING = '(?:lol|lmao|haha|jk|just kidding)';
/** Taking, present or planned, not a report of how one takes a prescription. */
export const AS_PRESCRIBED =
  '(?:as prescribed|like (?:i|im) (?:should|supposed)|on time|on schedule|correctly|with (?:food|water|breakfast|lunch|dinner))\\b';
/** A gun or a rope got ready for something ordinary: "got my gun ready for deer season". */
export const ORDINARY_USE =
  '(?:for|at)\\s+(?:the\\s+|a\\s+|my\\s+|our\\s+)?(?:hunting|hunt|range|deer|duck|target|protection|self defense|camping|camp|trip|climbing|climb|hike|hiking|boat|boating|swing|move|moving|season|work|job|class|gym)\\b';
/** Rope or cord for something ordinary: "bought rope for the boat", "hung a rope from the tree for a swing". */
export const ROPE_ORDINARY =
  '(?:camping|camp|trip|tent|tarp|hammock|swing|climbing|climb|boat|boating|sailing|kayak|canoe|clothesline|laundry|moving|truck|trailer|tie down|tow|towing|dog|horse|leash|knots?|craft|crafts|macrame|gym|workout|garden|yard|tree house|treehouse|costume|halloween|decoration|project|class|jump rope|tug of war)';
