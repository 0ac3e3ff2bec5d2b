// Site-wide behaviour: theme toggle and "copy link" buttons.
(function () {
  'use strict';

  function onReady(fn) {
    if (document.readyState !== 'loading') fn();
    else document.addEventListener('DOMContentLoaded', fn);
  }

  onReady(function () {
    var $ = window.tinyDom;
    $.all('[data-copy-link]').forEach(function (button) {
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(button.getAttribute('data-copy-link')).then(function () {
          $.flash(button, 'Copied');
        });
      });
    });

    var toggle = $.one('[data-theme-toggle]');
    if (toggle) {
      toggle.addEventListener('click', function () {
        var dark = document.documentElement.classList.toggle('dark');
        localStorage.setItem('theme', dark ? 'dark' : 'light');
      });
    }
  });
})();
