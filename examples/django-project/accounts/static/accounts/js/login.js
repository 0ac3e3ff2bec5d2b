// Login form: show/hide password and keep the submit button from double posting.
(function () {
  'use strict';
  var $ = window.tinyDom;
  var form = $.one('form.login-form');
  if (!form) return;

  $.all('[data-toggle-password]', form).forEach(function (button) {
    var input = $.one('#' + button.getAttribute('data-toggle-password'));
    button.addEventListener('click', function () {
      var shown = input.type === 'text';
      input.type = shown ? 'password' : 'text';
      button.textContent = shown ? 'Show' : 'Hide';
    });
  });

  form.addEventListener('submit', function () {
    $.one('[type=submit]', form).disabled = true;
  });
})();
