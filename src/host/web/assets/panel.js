/* The chat panel (`/chat`): gets a Direct Line token from the bot, renders Web Chat, and talks to
 * widget.js in the host page: "sgn:ready" when it can take focus, "sgn:close" on Escape or Close.
 * The host asks for focus with "sgn:focus"; focus goes to the message box.
 */
/* global window, document, navigator, fetch */
(function () {
  'use strict';
  var root = document.getElementById('webchat');
  var status = document.getElementById('status');
  var closeButton = document.getElementById('close');
  var nonce = document.currentScript ? document.currentScript.nonce : undefined;
  var framed = window.parent !== window;
  var locale = navigator.language || 'en-US';

  function tellHost(type) {
    // Only a type crosses: nothing about the conversation leaves the frame.
    if (framed) window.parent.postMessage({ type: type }, '*');
  }

  if (framed)
    closeButton.addEventListener('click', function () {
      tellHost('sgn:close');
    });
  else closeButton.hidden = true;

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // In the chat history Escape belongs to Web Chat (it leaves the history for the message box).
    var target = event.target;
    if (target && target.closest && target.closest('.webchat__basic-transcript')) return;
    tellHost('sgn:close');
  });

  function focusMessageBox(attempt) {
    var input = root.querySelector('[data-id="webchat-sendbox-input"]');
    if (input) input.focus();
    else if (status.textContent) closeButton.focus();
    else if (attempt < 50)
      window.setTimeout(function () {
        focusMessageBox(attempt + 1);
      }, 100);
  }

  window.addEventListener('message', function (event) {
    if (event.source === window.parent && event.data && event.data.type === 'sgn:focus') focusMessageBox(0);
  });

  function fail() {
    // The message is in the page, in the page's language (the bot chose it from Accept-Language).
    status.textContent = status.getAttribute('data-failure');
    tellHost('sgn:ready');
  }

  fetch(root.getAttribute('data-token-url'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
    credentials: 'same-origin',
  })
    .then(function (response) {
      if (!response.ok) throw new Error('token ' + response.status);
      return response.json();
    })
    .then(function (session) {
      var WebChat = window.WebChat;
      var directLine = WebChat.createDirectLine({
        token: session.token,
        domain: session.directLineUrl,
        webSocket: root.getAttribute('data-web-socket') === 'true',
        conversationStartProperties: { locale: locale },
      });
      // The bot marks each reply with the conversation's language: when it switches ("español"),
      // Web Chat is drawn again in that language, so the send box and its labels follow.
      var store = WebChat.createStore({}, function () {
        return function (next) {
          return function (action) {
            var activity = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity;
            var said =
              activity && activity.from && activity.from.role === 'bot' && typeof activity.locale === 'string' ? activity.locale : '';
            if (said && said.slice(0, 2) !== locale.slice(0, 2) && /^(en|es)(-[A-Za-z]{2})?$/.test(said)) {
              locale = said;
              window.setTimeout(render, 0);
            }
            return next(action);
          };
        };
      });
      function render() {
        WebChat.renderWebChat(
          {
            directLine: directLine,
            store: store,
            locale: locale,
            nonce: nonce,
            role: 'main',
            styleOptions: {
              accent: '#0b5cad',
              primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
              bubbleBackground: '#f2f2f2',
              bubbleBorderWidth: 0,
              bubbleFromUserBackground: '#0b5cad',
              bubbleFromUserTextColor: '#ffffff',
              bubbleFromUserBorderWidth: 0,
              hideUploadButton: true,
              // Choices wrap in rows: all visible at once, and the transcript keeps its room.
              suggestedActionLayout: 'flow',
              suggestedActionsStackedLayoutButtonTextWrap: true,
            },
          },
          root,
        );
      }
      render();
      tellHost('sgn:ready');
    })
    .catch(fail);
})();
