// Small behaviours of the desk's pages; no inline scripts (the CSP forbids them).
(function () {
  'use strict';

  // Fields required only for some answers (e.g. "advisor" when the decision is ACCEPT):
  // shown, and marked required, only when the controlling field has one of those values.
  function controllingValue(form, name) {
    const checked = form.querySelector('input[name="' + name + '"]:checked');
    if (checked) {
      return checked.value;
    }
    const field = form.querySelector('select[name="' + name + '"], input[name="' + name + '"]:not([type=radio]):not([type=checkbox])');
    return field ? field.value : '';
  }

  function refresh(form) {
    form.querySelectorAll('.form-field[data-when-field]').forEach(function (wrapper) {
      const values = (wrapper.dataset.whenValues || '').split(',');
      const active = values.indexOf(controllingValue(form, wrapper.dataset.whenField)) >= 0;
      wrapper.hidden = !active && !wrapper.querySelector('.invalid-feedback');
      wrapper.querySelectorAll('.required-mark').forEach(function (mark) {
        mark.classList.toggle('d-none', !active);
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.task-form').forEach(function (form) {
      refresh(form);
      form.addEventListener('change', function () { refresh(form); });
    });
    // Open a case: a product of the register fills in its name and category (both stay editable).
    // Delegated: the form of a case from a notice arrives later, through htmx.
    document.addEventListener('change', function (event) {
      const select = event.target;
      if (!(select instanceof HTMLSelectElement) || !select.matches('select[data-product-select]')) {
        return;
      }
      const option = select.options[select.selectedIndex];
      if (!option || !option.value) {
        return;
      }
      const form = select.form;
      form.querySelector('[name="productName"]').value = option.dataset.name || '';
      form.querySelector('[name="productCategory"]').value = option.dataset.category || '';
    });
    // Open a case: pathways are required for support, optional for a question.
    document.querySelectorAll('form[data-inquiry-form]').forEach(function (form) {
      form.addEventListener('change', function () {
        const checked = form.querySelector('input[name="kind"]:checked');
        const question = checked && checked.value === 'QUESTION';
        form.querySelectorAll('[data-pathways-required]').forEach(function (mark) { mark.classList.toggle('d-none', question); });
        form.querySelectorAll('[data-pathways-optional]').forEach(function (note) { note.classList.toggle('d-none', !question); });
      });
    });
    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        if (!window.confirm(form.dataset.confirm)) {
          event.preventDefault();
        }
      });
    });
  });
})();
