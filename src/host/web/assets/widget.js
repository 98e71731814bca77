/* Support Group Navigator website widget.
 *
 * Embed with one tag:  <script src="https://<bot>/widget.js" async></script>
 *
 * Adds a chat button at the bottom right. The chat opens in a panel: a frame served by the bot
 * (`/chat`, under the bot's own strict Content-Security-Policy), so the host page's styles and
 * scripts cannot reach the conversation, and the conversation cannot reach the host page.
 * Elements with a `data-sgn-open` attribute open the chat too, and so does
 * `window.SupportGroupNavigator.open()`.
 *
 * Keyboard: the button opens the panel and focus moves into it; Escape or the panel's Close button
 * closes it and focus returns to the element that opened it. Styles are set through the CSSOM
 * (element.style), which a host page's Content-Security-Policy does not block.
 *
 * The button's text, the panel's label and the frame's title are in English or Spanish, like the
 * chat itself.
 */
/* global window, document, navigator, URL */
(function () {
  'use strict';
  if (window.SupportGroupNavigator) return;

  var script = document.currentScript;
  var botOrigin = new URL(script && script.src ? script.src : window.location.href).origin;
  // The widget's own words. The rest of the panel is the `/chat` page, whose words the bot picks.
  var STRINGS = {
    en: { launcher: 'Chat about support groups', label: 'Support Group Navigator chat' },
    es: { launcher: 'Chat sobre grupos de apoyo', label: 'Chat de Support Group Navigator' },
  };
  // The visitor's browser language, not the host page's <html lang>: the chat behind the button
  // follows the browser (the panel page goes by Accept-Language, Web Chat and the bot by
  // navigator.language), so a button in the page's language could promise a chat in another.
  var LANG = /^es(-|$)/i.test(navigator.language || '') ? 'es' : 'en';
  var TEXT = STRINGS[LANG];
  var BLUE = '#0b5cad';
  var Z = '2147483000';

  var launcher;
  var panel;
  var frame;
  var frameReady = false;
  var isOpen = false;
  var returnFocusTo = null;

  function css(element, styles) {
    Object.keys(styles).forEach(function (name) {
      element.style.setProperty(name, styles[name]);
    });
  }

  /** A focus ring that shows on any background: white inside, near-black outside. */
  function showFocus(element) {
    element.addEventListener('focus', function () {
      css(element, { outline: '3px solid #ffffff', 'outline-offset': '0', 'box-shadow': '0 0 0 6px #1a1a1a' });
    });
    element.addEventListener('blur', function () {
      css(element, { outline: 'none', 'box-shadow': '0 2px 8px rgba(0, 0, 0, 0.35)' });
    });
  }

  function build() {
    launcher = document.createElement('button');
    launcher.type = 'button';
    launcher.id = 'sgn-chat-launcher';
    launcher.textContent = TEXT.launcher;
    // The host page may be in the other language: screen readers then still read ours right.
    launcher.lang = LANG;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.setAttribute('aria-controls', 'sgn-chat-panel');
    css(launcher, {
      position: 'fixed',
      right: '16px',
      bottom: '16px',
      'z-index': Z,
      margin: '0',
      padding: '12px 20px',
      'min-height': '48px',
      font: '600 16px/1.25 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
      color: '#ffffff',
      background: BLUE,
      border: '2px solid #ffffff',
      'border-radius': '24px',
      'box-shadow': '0 2px 8px rgba(0, 0, 0, 0.35)',
      cursor: 'pointer',
    });
    showFocus(launcher);
    launcher.addEventListener('click', function () {
      if (isOpen) close();
      else open(launcher);
    });

    panel = document.createElement('div');
    panel.id = 'sgn-chat-panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', TEXT.label);
    panel.lang = LANG;
    css(panel, {
      display: 'none',
      position: 'fixed',
      'z-index': Z,
      background: '#ffffff',
      overflow: 'hidden',
      'box-shadow': '0 4px 24px rgba(0, 0, 0, 0.35)',
    });
    place();
    var narrow = window.matchMedia('(max-width: 480px), (max-height: 560px)');
    if (narrow.addEventListener) narrow.addEventListener('change', place);

    document.body.appendChild(launcher);
    document.body.appendChild(panel);
  }

  /** A floating panel above the button; the whole screen on a phone (or a zoomed-in page). */
  function place() {
    var narrow = window.matchMedia('(max-width: 480px), (max-height: 560px)').matches;
    css(
      panel,
      narrow
        ? { top: '0', left: '0', right: '0', bottom: '0', width: 'auto', height: 'auto', 'border-radius': '0', border: 'none' }
        : {
            top: 'auto',
            left: 'auto',
            right: '16px',
            bottom: '80px',
            width: 'min(400px, calc(100vw - 32px))',
            height: 'min(720px, calc(100vh - 112px))',
            'border-radius': '12px',
            border: '1px solid #6b6b6b',
          },
    );
  }

  function createFrame() {
    frame = document.createElement('iframe');
    frame.src = botOrigin + '/chat';
    frame.title = TEXT.label;
    css(frame, { display: 'block', width: '100%', height: '100%', border: '0' });
    panel.appendChild(frame);
  }

  function focusPanel() {
    if (!frameReady) return; // the panel asks for focus when it is ready
    frame.focus();
    frame.contentWindow.postMessage({ type: 'sgn:focus' }, botOrigin);
  }

  function open(opener) {
    if (!launcher) return;
    if (!isOpen) {
      returnFocusTo = opener || document.activeElement || launcher;
      isOpen = true;
      panel.style.setProperty('display', 'block');
      launcher.setAttribute('aria-expanded', 'true');
      if (!frame) createFrame();
    }
    focusPanel();
  }

  function close() {
    if (!isOpen) return;
    isOpen = false;
    panel.style.setProperty('display', 'none');
    launcher.setAttribute('aria-expanded', 'false');
    var target = returnFocusTo && document.contains(returnFocusTo) ? returnFocusTo : launcher;
    returnFocusTo = null;
    target.focus();
  }

  window.addEventListener('message', function (event) {
    if (!frame || event.source !== frame.contentWindow || event.origin !== botOrigin) return;
    var type = event.data && event.data.type;
    if (type === 'sgn:ready') {
      frameReady = true;
      if (isOpen) focusPanel();
    } else if (type === 'sgn:close') {
      close();
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && isOpen && (document.activeElement === launcher || panel.contains(document.activeElement))) close();
  });

  document.addEventListener('click', function (event) {
    var trigger = event.target && event.target.closest ? event.target.closest('[data-sgn-open]') : null;
    if (!trigger) return;
    event.preventDefault();
    open(trigger);
  });

  window.SupportGroupNavigator = {
    open: function () {
      open(document.activeElement);
    },
    close: close,
  };

  if (document.body) build();
  else document.addEventListener('DOMContentLoaded', build);
})();
