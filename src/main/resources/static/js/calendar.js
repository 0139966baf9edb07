// The calendar page: copies the feed address (a button naming its input in data-copy-target).
(function () {
  'use strict';

  function copied(button) {
    const status = document.getElementById('calendar-copied');
    if (status) {
      status.hidden = false;
    }
    button.focus();
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-copy-target]').forEach(function (button) {
      button.addEventListener('click', function () {
        const field = document.getElementById(button.dataset.copyTarget);
        if (!field) {
          return;
        }
        field.select();
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(field.value).then(function () { copied(button); }, function () {
            // Selected: the user can still copy it with the keyboard.
            field.focus();
          });
        }
        else {
          field.focus();
          if (document.execCommand && document.execCommand('copy')) {
            copied(button);
          }
        }
      });
    });
  });
}());
