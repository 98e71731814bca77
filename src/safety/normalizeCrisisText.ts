// Normalization for crisis detection: the text as the crisis rules see it.
/** At most this many characters are analysed: the first HEAD_CHARS and the last TAIL_CHARS. */
export const MAX_ANALYSED_CHARS = 4000;
const HEAD_CHARS = 3000;
const TAIL_CHARS = MAX_ANALYSED_CHARS - HEAD_CHARS;

// Normalization: lowercase, no accents, straight quotes, no apostrophes ("don't" -> "dont"),
// sentence punctuation kept as " . " and " , " tokens, every other symbol a space, repeated
// letters squeezed to one ("wanna" -> "wana", "kill" -> "kil", "diiie" -> "die"), common
// texting shorthand spelled out ("u" -> "you", "gonna" -> "going to"). Patterns below are
// written in plain spelling and squeezed the same way when they are compiled.

/**
 * Squeezes runs of one letter to one letter; in a regex source, escapes are left alone.
 * Squeezing merges a few words ("feel"/"fell", "off"/"of", "too"/"to", "good"/"god"): a
 * pattern must not rely on telling those apart.
 */
export function squeezeSource(source: string): string {
  return source.replace(/(\\.)|([a-z])\2+/g, (whole, escape: string | undefined, letter: string | undefined) => escape ?? letter ?? whole);
}

function squeezeText(text: string): string {
  return text.replace(/([a-z])\1+/g, '$1');
}

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '*': 'i',
};

/** Shorthand, in squeezed spelling, and what it stands for. */
const SHORTHAND: ReadonlyMap<string, string> = new Map(
  Object.entries({
    u: 'you',
    ur: 'your',
    urself: 'yourself',
    r: 'are',
    iam: 'i am',
    ima: 'im going to',
    imma: 'im going to',
    wanna: 'want to',
    wana: 'want to',
    wanan: 'want to',
    gonna: 'going to',
    gona: 'going to',
    gunna: 'going to',
    gna: 'going to',
    goin: 'going',
    finna: 'going to',
    tryna: 'trying to',
    gotta: 'got to',
    hafta: 'have to',
    cnt: 'cant',
    canot: 'cant',
    cannot: 'cant',
    dnt: 'dont',
    isn: 'isnt',
    rn: 'right now',
    ppl: 'people',
    sm1: 'someone',
    some1: 'someone',
    any1: 'anyone',
    every1: 'everyone',
    no1: 'no one',
    noone: 'no one',
    b4: 'before',
    w: 'with',
    alot: 'a lot',
    meself: 'myself',
    myslf: 'myself',
    mysef: 'myself',
    myslef: 'myself',
    mself: 'myself',
    mysel: 'myself',
    myelf: 'myself',
    kilmyself: 'kill myself',
    killmyself: 'kill myself',
    wantodie: 'want to die',
    wanttodie: 'want to die',
    endmylife: 'end my life',
    selfharm: 'self harm',
    '2': 'to',
    // Spanish texting
    q: 'que',
    xq: 'porque',
    pq: 'porque',
    pk: 'porque',
    kiero: 'quiero',
    qiero: 'quiero',
    qero: 'quiero',
    quero: 'quiero',
    kero: 'quiero',
  }).map(([k, v]) => [squeezeText(k), squeezeText(v)]),
);

/** The start and the end of a long message, cut between words where one is near. */
function headAndTail(input: string): string {
  let head = input.slice(0, HEAD_CHARS);
  const lastSpace = head.lastIndexOf(' ');
  if (lastSpace > HEAD_CHARS - 50) head = head.slice(0, lastSpace);
  let tail = input.slice(-TAIL_CHARS);
  const firstSpace = tail.indexOf(' ');
  if (firstSpace >= 0 && firstSpace < 50) tail = tail.slice(firstSpace + 1);
  return `${head} . ${tail}`;
}

/**
 * The text as the rules see it. Exported for tests and for debugging a missed phrase; not for
 * showing to anyone.
 */
export function normalizeForCrisis(input: string): string {
  let text = input.length > MAX_ANALYSED_CHARS ? headAndTail(input) : input;
  text = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"');
  // "OD", "OD'd", "ODing", "o.d." -> overdose, before "od'd" loses its apostrophe and becomes "odd".
  text = text.replace(/(^|[^a-z0-9'])o\.?d\.?(?:'d|'?ed|'?ing|'?in|'?s|-ing|-ed)?(?![a-z0-9])/g, '$1 overdose ');
  // Letters written as digits or symbols inside a word: "k1ll", "su1c1de", "d!e", "k*ll".
  text = text.replace(/(?<=[a-z])[013457@$!*]+(?=[a-z])/g, (run) => [...run].map((c) => LEET[c] ?? c).join(''));
  text = text
    .replace(/'/g, '')
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' and ')
    .replace(/[.!?;:\n\r\u2026]+/g, ' . ')
    .replace(/,+/g, ' , ')
    .replace(/[^a-z0-9 .,]+/g, ' ');
  text = squeezeText(text);
  const words = text.split(/\s+/).filter(Boolean);
  return words.map((w) => SHORTHAND.get(w) ?? w).join(' ');
}
