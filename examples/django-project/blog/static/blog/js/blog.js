// Blog: reading-time estimate and lazy "load more".
(function () {
  'use strict';
  var $ = window.tinyDom;
  var WORDS_PER_MINUTE = 220;

  $.all('.post-body').forEach(function (body) {
    var words = body.textContent.trim().split(/\s+/).length;
    var minutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE));
    var badge = document.createElement('span');
    badge.className = 'reading-time';
    badge.textContent = minutes + ' min read';
    body.parentNode.insertBefore(badge, body);
  });

  var more = $.one('[data-load-more]');
  if (more) {
    more.addEventListener('click', function () {
      fetch(more.getAttribute('data-load-more'), { headers: { Accept: 'text/html' } })
        .then(function (response) { return response.text(); })
        .then(function (html) {
          $.one('.post-list').insertAdjacentHTML('beforeend', html);
        });
    });
  }
})();
