// The catalogue's print button (templates/opportunities/catalogue.html): no inline script under the CSP.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
