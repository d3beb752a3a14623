// The presenter view's script (/assets/presenter.js): current and next slide, notes, clock, timer, keys; the audience window kept on the same slide.
import { SHARED_JS } from './client-shared.js';

export const PRESENTER_JS =
  SHARED_JS +
  String.raw`
(function () {
  'use strict';
  var slides = [];
  var size = { w: 13.333, h: 7.5 };
  var slide = 1;
  var started = Date.now();
  var $ = function (id) { return document.getElementById(id); };

  function fitPane(pane, width, height) {
    briefdeck.setSize(pane, size);
    pane.style.setProperty('--scale', String(briefdeck.fitScale(size, width, height)));
  }

  function fit() {
    var stage = $('current').parentElement;
    fitPane($('current'), stage.clientWidth, stage.clientHeight);
    fitPane($('next'), $('next').parentElement.clientWidth, window.innerHeight * 0.3);
  }

  function show() {
    var count = slides.length;
    slide = Math.min(Math.max(slide, 1), Math.max(count, 1));
    var now = slides[slide - 1];
    var next = slides[slide];
    $('current').innerHTML = now ? briefdeck.frame(now, slide) : '';
    $('next').innerHTML = next ? briefdeck.frame(next, slide + 1) : '<p class="end">End of the deck</p>';
    $('notes').innerHTML = now && now.notesHtml ? now.notesHtml : '<p class="none">No notes for this slide.</p>';
    $('position').textContent = (count ? slide : 0) + ' / ' + count;
    document.body.dataset.slide = String(slide);
    fit();
  }

  function go(n, quiet) {
    slide = n;
    show();
    if (!quiet && briefdeck.channel) briefdeck.channel.postMessage({ type: 'go', slide: slide });
  }

  function two(n) { return (n < 10 ? '0' : '') + n; }
  function tick() {
    var now = new Date();
    $('clock').textContent = two(now.getHours()) + ':' + two(now.getMinutes());
    var seconds = Math.floor((Date.now() - started) / 1000);
    var hours = Math.floor(seconds / 3600);
    $('elapsed').textContent = (hours ? hours + ':' : '') + two(Math.floor(seconds / 60) % 60) + ':' + two(seconds % 60);
  }

  briefdeck.subscribe(function (state) {
    slides = state.slides;
    size = state.size;
    document.title = 'Presenter \u00b7 ' + state.title;
    show();
  });
  if (briefdeck.channel) {
    briefdeck.channel.addEventListener('message', function (event) {
      var data = event.data || {};
      if (data.type === 'go') go(data.slide, true); // the audience window was moved on
      else if (data.type === 'hello') briefdeck.channel.postMessage({ type: 'go', slide: slide }); // a new audience window: this slide
    });
  }
  briefdeck.keys(function () { return true; }, function () { return slide; }, function () { return slides.length; }, go, function (text) {
    $('typed').textContent = text ? 'go to ' + text : '';
  });
  // Each button gives the focus back, so Space and Enter go on moving the slides rather than pressing it again.
  $('audience').addEventListener('click', function () { this.blur(); window.open('/#present', 'briefdeck-audience'); });
  $('reset').addEventListener('click', function () { this.blur(); started = Date.now(); tick(); });
  window.addEventListener('resize', fit);
  setInterval(tick, 1000);
  tick();
  show();
})();
`;
