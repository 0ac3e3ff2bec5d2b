/*! tiny-dom 1.2.0 | MIT License | a few DOM helpers, nothing more */
(function (root) {
  'use strict';

  function one(selector, scope) {
    return (scope || document).querySelector(selector);
  }

  function all(selector, scope) {
    return Array.prototype.slice.call((scope || document).querySelectorAll(selector));
  }

  function flash(element, text, ms) {
    var previous = element.textContent;
    element.textContent = text;
    element.disabled = true;
    setTimeout(function () {
      element.textContent = previous;
      element.disabled = false;
    }, ms || 1200);
  }

  function getCookie(name) {
    var match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return match ? decodeURIComponent(match[1]) : null;
  }

  function postJson(url, data) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRFToken': getCookie('csrftoken') },
      body: JSON.stringify(data)
    }).then(function (response) {
      if (!response.ok) throw new Error(response.status + ' ' + response.statusText);
      return response.json();
    });
  }

  root.tinyDom = { one: one, all: all, flash: flash, getCookie: getCookie, postJson: postJson };
})(window);
