// The standalone page's presenting script (inline, allowed by its sha256 in the CSP): one slide scaled to the window, keys to move, an overview with notes.

/**
 * Keys: → ↓ Space PageDown next; ← ↑ PageUp Backspace previous; Home/End; digits then Enter go to that slide; o or Escape
 * the overview (every slide with its notes; click one to present it); n notes under the slide; f full screen. A click on
 * the slide moves on (on its left quarter, back). Printed, each slide is a page of its own size.
 * The slide shown is kept in the address (#3), so a reload or a link keeps it.
 */
export const CLIENT_SCRIPT = `(function () {
  'use strict';
  var root = document.documentElement;
  var deck = document.getElementById('deck');
  var frames = Array.prototype.slice.call(deck.querySelectorAll('.frame'));
  var status = document.getElementById('status');
  var count = frames.length;
  var current = 0;
  var typed = '';
  var typedTimer = 0;
  var slideW = Number(deck.getAttribute('data-width')) * 96;
  var slideH = Number(deck.getAttribute('data-height')) * 96;
  function fromHash() {
    var n = parseInt(location.hash.replace('#', ''), 10);
    return n >= 1 && n <= count ? n - 1 : 0;
  }
  function fit() {
    var overview = root.classList.contains('overview');
    var width = overview ? Math.min(deck.clientWidth - 32, 1280) : window.innerWidth;
    var height = overview ? Infinity : window.innerHeight;
    var scale = Math.min(width / slideW, height / slideH);
    frames.forEach(function (frame) {
      var slide = frame.querySelector('.slide');
      slide.style.transform = 'scale(' + scale + ')';
      var holder = frame.querySelector('.holder');
      holder.style.width = slideW * scale + 'px';
      holder.style.height = slideH * scale + 'px';
    });
  }
  function show(index, scroll) {
    current = Math.max(0, Math.min(count - 1, index));
    frames.forEach(function (frame, i) {
      frame.classList.toggle('current', i === current);
      frame.setAttribute('aria-hidden', root.classList.contains('overview') || i === current ? 'false' : 'true');
    });
    if (location.hash !== '#' + (current + 1)) history.replaceState(null, '', '#' + (current + 1));
    status.textContent = 'Slide ' + (current + 1) + ' of ' + count;
    if (scroll && root.classList.contains('overview')) frames[current].scrollIntoView({ block: 'center' });
  }
  function toggleOverview() {
    root.classList.toggle('overview');
    fit();
    show(current, true);
  }
  function go(n) {
    typed = '';
    show(n, true);
  }
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var key = event.key;
    if (/^[0-9]$/.test(key)) {
      typed += key;
      clearTimeout(typedTimer);
      typedTimer = setTimeout(function () { typed = ''; }, 3000);
      status.textContent = 'Go to slide ' + typed;
      event.preventDefault();
      return;
    }
    if (key === 'Enter' && typed) { go(parseInt(typed, 10) - 1); event.preventDefault(); return; }
    if (key === 'ArrowRight' || key === 'ArrowDown' || key === ' ' || key === 'PageDown' || key === 'Enter') go(current + 1);
    else if (key === 'ArrowLeft' || key === 'ArrowUp' || key === 'PageUp' || key === 'Backspace') go(current - 1);
    else if (key === 'Home') go(0);
    else if (key === 'End') go(count - 1);
    else if (key === 'o' || key === 'Escape') { if (key === 'Escape' && !root.classList.contains('overview') && document.fullscreenElement) return; toggleOverview(); }
    else if (key === 'n') root.classList.toggle('notes-shown');
    else if (key === 'f') { if (document.fullscreenElement) document.exitFullscreen(); else if (root.requestFullscreen) root.requestFullscreen(); }
    else return;
    event.preventDefault();
  });
  deck.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('a')) return;
    var frame = event.target.closest ? event.target.closest('.frame') : null;
    if (!frame) return;
    if (root.classList.contains('overview')) { root.classList.remove('overview'); fit(); go(frames.indexOf(frame)); }
    else if (event.target.closest('.holder')) go(current + (event.clientX < window.innerWidth / 4 ? -1 : 1));
  });
  window.addEventListener('resize', fit);
  window.addEventListener('hashchange', function () { show(fromHash(), true); });
  fit();
  show(fromHash(), true);
  root.classList.add('ready');
})();`;
