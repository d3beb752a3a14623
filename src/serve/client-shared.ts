// Client code both pages share (sent before each page's own script): slides in frames scaled to fit, the live updates, the keys.
export const SHARED_JS = String.raw`
var briefdeck = (function () {
  'use strict';
  var PX_PER_INCH = 96;

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (ch) { return '&#' + ch.charCodeAt(0) + ';'; });
  }

  /** A slide's HTML (escaped by the server) in a frame that the stylesheet scales by --scale. */
  function frame(slide, n) {
    return '<div class="frame" data-n="' + n + '" data-label="' + escapeHtml(n + ' \u00b7 ' + slide.title) + '">' + slide.html + '</div>';
  }

  /** Sets the slide size (inches) on an element, as --w and --h in CSS pixels. */
  function setSize(element, size) {
    element.style.setProperty('--w', size.w * PX_PER_INCH + 'px');
    element.style.setProperty('--h', size.h * PX_PER_INCH + 'px');
  }

  /** The scale at which a slide of size (inches) fits width × height pixels. */
  function fitScale(size, width, height) {
    return Math.max(0.05, Math.min(width / (size.w * PX_PER_INCH), height / (size.h * PX_PER_INCH)));
  }

  /** The deck's stylesheet swapped for a new one only once it has loaded, so the slides never show unstyled. */
  function swapStylesheet(href) {
    var current = document.getElementById('deck-css');
    if (!current || current.getAttribute('href') === href) return;
    var next = current.cloneNode();
    next.removeAttribute('id');
    next.setAttribute('href', href);
    next.addEventListener('load', function () { current.remove(); next.id = 'deck-css'; });
    current.after(next);
  }

  function showProblems(html) {
    var panel = document.getElementById('problems');
    panel.innerHTML = html;
    panel.hidden = !html;
  }

  /** Every deck the server builds, as it is built (the current one first). */
  function subscribe(onDeck) {
    var events = new EventSource('/events');
    events.addEventListener('deck', function (event) {
      var state = JSON.parse(event.data); // applied even when it is the one shown: after a reconnection it may come from a restarted server
      document.body.dataset.version = String(state.version);
      document.querySelectorAll('.deck-text').forEach(function (element) { element.lang = state.lang; element.dir = state.dir; });
      swapStylesheet(state.cssHref);
      showProblems(state.problemsHtml);
      onDeck(state);
      document.body.dataset.live = 'yes'; // the stream is open and its deck shown
    });
    return events;
  }

  /**
   * The presenting keys: next (arrow right/down, space, PageDown), previous (arrow left/up, PageUp), Home, End,
   * a slide number typed then Enter (Escape forgets it); only while active(). go(n) is given the slide wanted; typed(text) what is typed so far.
   */
  function keys(active, current, count, go, typed) {
    var buffer = '';
    document.addEventListener('keydown', function (event) {
      if (!active() || event.ctrlKey || event.metaKey || event.altKey) return;
      var key = event.key;
      var n = null;
      if (/^[0-9]$/.test(key)) { buffer = (buffer + key).slice(-5); typed(buffer); event.preventDefault(); return; }
      if (key === 'Enter' && buffer) { n = parseInt(buffer, 10); }
      else if (key === 'Escape') { buffer = ''; typed(''); return; }
      else if (key === 'ArrowRight' || key === 'ArrowDown' || key === 'PageDown' || key === ' ' || key === 'Spacebar') n = current() + 1;
      else if (key === 'ArrowLeft' || key === 'ArrowUp' || key === 'PageUp') n = current() - 1;
      else if (key === 'Home') n = 1;
      else if (key === 'End') n = count();
      if (n === null) return;
      event.preventDefault();
      buffer = '';
      typed('');
      go(Math.min(Math.max(n, 1), Math.max(count(), 1)));
    });
  }

  /** Same-origin windows (the presenter view and its audience window) keep to one slide through this channel. */
  var channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('briefdeck') : null;

  return { escapeHtml: escapeHtml, frame: frame, setSize: setSize, fitScale: fitScale, subscribe: subscribe, keys: keys, channel: channel };
})();
`;
