// The preview page's script (/assets/preview.js): every slide, replaced in place on each build (the scroll position kept); `#present`: one slide, following the presenter.
import { SHARED_JS } from './client-shared.js';

export const PREVIEW_JS =
  SHARED_JS +
  String.raw`
(function () {
  'use strict';
  var deck = document.getElementById('deck');
  var size = { w: Number(deck.dataset.w), h: Number(deck.dataset.h) };
  var slide = 1;

  var presenting = function () { return location.hash === '#present'; };
  var frames = function () { return deck.querySelectorAll('.frame'); };

  function fit() {
    document.body.classList.toggle('presenting', presenting());
    briefdeck.setSize(document.documentElement, size);
    var scale = presenting()
      ? briefdeck.fitScale(size, window.innerWidth, window.innerHeight)
      : Math.min(1, briefdeck.fitScale(size, deck.clientWidth - 48, window.innerHeight - 48 - 88)); // a whole slide in the window, below the bar
    document.documentElement.style.setProperty('--scale', String(scale));
    frames().forEach(function (element, i) { element.classList.toggle('current', i + 1 === slide); });
  }

  function go(n, quiet) {
    slide = Math.min(Math.max(n, 1), Math.max(frames().length, 1));
    fit();
    if (!quiet && briefdeck.channel) briefdeck.channel.postMessage({ type: 'go', slide: slide });
  }

  briefdeck.subscribe(function (state) {
    var scrolled = window.scrollY;
    size = state.size;
    deck.innerHTML = state.slides.map(function (slide, i) { return briefdeck.frame(slide, i + 1); }).join('\n');
    document.title = state.title;
    document.getElementById('name').textContent = state.title;
    document.getElementById('meta').textContent = state.slides.length + (state.slides.length === 1 ? ' slide' : ' slides');
    var time = new Date().toTimeString().slice(0, 8);
    var status = document.getElementById('status');
    status.textContent = state.problemsHtml ? 'save refused at ' + time + ': last good deck shown' : 'updated ' + time;
    status.classList.toggle('refused', Boolean(state.problemsHtml));
    go(slide, true);
    window.scrollTo(window.scrollX, scrolled);
  });

  if (briefdeck.channel) {
    briefdeck.channel.addEventListener('message', function (event) {
      if (event.data && event.data.type === 'go' && presenting()) go(event.data.slide, true);
    });
    briefdeck.channel.postMessage({ type: 'hello' });
  }
  briefdeck.keys(presenting, function () { return slide; }, function () { return frames().length; }, go, function () {});
  // The audience window: a click moves on, f toggles full screen (the browser allows it on a key press).
  deck.addEventListener('click', function (event) {
    if (presenting() && !event.target.closest('a')) go(slide + 1);
  });
  document.addEventListener('keydown', function (event) {
    if (!presenting() || event.key !== 'f' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (document.fullscreenElement) document.exitFullscreen();
    else if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen().catch(function () {});
  });
  window.addEventListener('resize', fit);
  window.addEventListener('hashchange', fit);
  fit();
})();
`;
