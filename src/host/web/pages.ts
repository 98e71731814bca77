// The two HTML pages: `/`, a short introduction with a button that opens the chat, and `/chat`,
// the panel that widget.js shows in a frame (header with the crisis line, then Web Chat). Every
// script and style carries the response's nonce; nothing in them comes from a request (the
// panel's language is one of two fixed tables, chosen from the request).
import type { Locale } from '../../../content/schema';

/** The crisis line: in the panel header, always in the same place. */
const CRISIS_LINE =
  'Urgent help: <a href="tel:988" aria-label="Call 988">call</a> or <a href="sms:988" aria-label="Text 988">text 988</a>, or <a href="tel:911" aria-label="Call 911">call 911</a>';

export type PageLanguage = Locale;

/**
 * The panel's own words, as HTML. Web Chat translates its controls itself (from the locale
 * panel.js gives it) and the bot answers in the same language, so the whole panel agrees.
 */
const PANEL_TEXT: Record<PageLanguage, { title: string; close: string; crisisLine: string; failure: string }> = {
  en: {
    title: 'Support Group Navigator chat',
    close: 'Close',
    crisisLine: CRISIS_LINE,
    failure: 'The chat is not available right now. Please try again later. If you need help now, call or text 988, or call 911.',
  },
  es: {
    title: 'Chat de Support Group Navigator',
    close: 'Cerrar',
    // 988 answers calls in Spanish (press 2) and, since July 2023, texts sent with AYUDA (as content/data/crisis.yaml says).
    crisisLine:
      'Ayuda urgente: <a href="tel:988">llama al 988</a> (marca 2 para español), <a href="sms:988" aria-label="Enviar AYUDA al 988">envía AYUDA al 988</a> o <a href="tel:911" aria-label="Llamar al 911">llama al 911</a>',
    failure:
      'El chat no está disponible en este momento. Inténtalo de nuevo más tarde. Si necesitas ayuda ahora, llama al 988 (marca 2 para español), envía AYUDA al 988 o llama al 911.',
  },
};

/**
 * The panel's language from an Accept-Language header: Spanish when the visitor's most preferred
 * language (highest q, the first of equals) is Spanish, else English. The most preferred one, not
 * the best we support: Web Chat sends the bot navigator.language, the first of the same list, so
 * the panel's words and the bot's replies stay in one language ("fr, es;q=0.5" gets English from
 * both), and widget.js picks its button's words the same way.
 */
export function preferredLanguage(acceptLanguage: string | undefined): PageLanguage {
  let best = '';
  let bestQ = 0;
  for (const range of (acceptLanguage ?? '').split(',')) {
    const [tag, ...params] = range.split(';').map((p) => p.trim());
    const q = params.find((p) => /^q=/i.test(p));
    const weight = q === undefined ? 1 : Number(q.slice(2)); // a malformed q is NaN: never chosen
    if (tag && weight > bestQ && weight <= 1) {
      best = tag;
      bestQ = weight;
    }
  }
  return /^es(-|$)/i.test(best) ? 'es' : 'en';
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** The start of every page: language, viewport, title, and the opening of the nonce'd style. */
function documentStart(title: string, nonce: string, lang: PageLanguage = 'en'): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
<style nonce="${nonce}">`;
}

export function landingPage(nonce: string, widgetSrc: string): string {
  return `${documentStart('Support Group Navigator', nonce)}
  body { margin: 0; font: 18px/1.6 ${FONT}; color: #1a1a1a; background: #ffffff; }
  .crisis { margin: 0; padding: 0.5rem 1rem; background: #fdf0e6; border-bottom: 1px solid #c8b8a8; }
  .crisis a { color: #7a2e00; font-weight: 600; }
  main { max-width: 38rem; padding: 1.5rem 1rem 7rem; }
  h1 { font-size: 2rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
  .start { font: inherit; font-weight: 600; color: #ffffff; background: #0b5cad; border: 2px solid #0b5cad; border-radius: 0.5rem; padding: 0.6rem 1.2rem; min-height: 48px; cursor: pointer; }
  .start:hover { background: #084a8c; }
  a:focus-visible, button:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 3px; }
  .note { color: #4a4a4a; font-size: 1rem; }
</style>
</head>
<body>
<header><p class="crisis">${CRISIS_LINE}</p></header>
<main>
  <h1>Support Group Navigator</h1>
  <p>Find a mutual support group for recovery from alcohol or drug use: for yourself, for a family member or friend, or for a client.</p>
  <p>Ask about groups such as Alcoholics Anonymous, SMART Recovery, Al-Anon or LifeRing, compare them, or answer a few short questions to see the options that fit. No account and no name needed.</p>
  <p><button type="button" class="start" data-sgn-open>Start a chat</button></p>
  <p class="note">The navigator gives information about support groups. It is not a substitute for professional or emergency help.</p>
</main>
<script nonce="${nonce}" src="${widgetSrc}" async></script>
</body>
</html>
`;
}

export interface PanelPageOptions {
  nonce: string;
  webChatSrc: string;
  panelSrc: string;
  tokenUrl: string;
  /** The Azure Direct Line streams over a WebSocket; the local one is polled. */
  webSocket: boolean;
  language: PageLanguage;
}

export function panelPage({ nonce, webChatSrc, panelSrc, tokenUrl, webSocket, language }: PanelPageOptions): string {
  const text = PANEL_TEXT[language];
  return `${documentStart(text.title, nonce, language)}
  html, body { height: 100%; margin: 0; }
  body { display: flex; flex-direction: column; font: 16px/1.4 ${FONT}; color: #1a1a1a; background: #ffffff; }
  .bar { flex: none; background: #0b5cad; color: #ffffff; }
  .bar__row { display: flex; align-items: center; justify-content: space-between; gap: 0.5rem; padding: 0.5rem 0.5rem 0.5rem 1rem; }
  .bar__title { margin: 0; font-size: 1.05rem; font-weight: 600; }
  .bar__close { font: inherit; font-weight: 600; color: #ffffff; background: transparent; border: 2px solid #ffffff; border-radius: 0.4rem; padding: 0.25rem 0.75rem; min-height: 36px; cursor: pointer; }
  .bar__close:hover { background: #084a8c; }
  .bar__crisis { margin: 0; padding: 0.4rem 1rem; background: #fdf0e6; color: #1a1a1a; border-bottom: 1px solid #c8b8a8; }
  .bar__crisis a { color: #7a2e00; font-weight: 600; display: inline-block; min-height: 24px; }
  .bar a:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
  .bar__close:focus-visible { outline: 3px solid #ffffff; outline-offset: 2px; box-shadow: 0 0 0 5px #1a1a1a; }
  .status:empty { display: none; }
  .status { margin: 1rem; }
  .chat { flex: 1; min-height: 0; }
  /* Web Chat shows no ring around the message box; a caret alone is hard to see. */
  .chat .webchat__send-box-text-box:focus-within { outline: 2px solid #0b5cad; outline-offset: -2px; }
</style>
</head>
<body>
<header class="bar">
  <div class="bar__row">
    <h1 class="bar__title">Support Group Navigator</h1>
    <button type="button" class="bar__close" id="close">${text.close}</button>
  </div>
  <p class="bar__crisis">${text.crisisLine}</p>
</header>
<p class="status" id="status" role="status" data-failure="${text.failure}"></p>
<div class="chat" id="webchat" data-token-url="${tokenUrl}" data-web-socket="${webSocket}"></div>
<script nonce="${nonce}" src="${webChatSrc}" defer></script>
<script nonce="${nonce}" src="${panelSrc}" defer></script>
</body>
</html>
`;
}
