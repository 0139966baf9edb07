// The dashboard's charts (Chart.js). The figures and labels come from data-* attributes of
// #dashboard-charts: no inline script (Content-Security-Policy).
(function () {
  'use strict';
  function start() {
    var root = document.getElementById('dashboard-charts');
    if (!root || typeof Chart === 'undefined') {
      return;
    }
    var figures = JSON.parse(root.dataset.figures);
    var months = root.dataset.months.split(',');
    var opts = { responsive: true, animation: false };
    new Chart(document.getElementById('chart-months'), {
      type: 'bar',
      data: { labels: months, datasets: [
        { label: root.dataset.labelOpened, data: figures.openedPerMonth },
        { label: root.dataset.labelClosed, data: figures.closedPerMonth }] },
      options: opts
    });
    var pathways = Object.keys(figures.outcomes);
    var outcomeNames = [];
    pathways.forEach(function (p) {
      Object.keys(figures.outcomes[p]).forEach(function (o) {
        if (outcomeNames.indexOf(o) < 0) { outcomeNames.push(o); }
      });
    });
    new Chart(document.getElementById('chart-outcomes'), {
      type: 'bar',
      data: { labels: pathways, datasets: outcomeNames.map(function (o) {
        return { label: o, data: pathways.map(function (p) { return figures.outcomes[p][o] || 0; }) };
      }) },
      options: { responsive: true, animation: false, scales: { x: { stacked: true }, y: { stacked: true } } }
    });
    new Chart(document.getElementById('chart-workload'), {
      type: 'bar',
      data: { labels: figures.advisorWorkload.map(function (a) { return a.advisor; }), datasets: [
        { label: root.dataset.labelOpenTasks, data: figures.advisorWorkload.map(function (a) { return a.openTasks; }) },
        { label: root.dataset.labelOpenCases, data: figures.advisorWorkload.map(function (a) { return a.openCases; }) }] },
      options: { responsive: true, animation: false, indexAxis: 'y' }
    });
    new Chart(document.getElementById('chart-funnel'), {
      type: 'bar',
      data: { labels: Object.keys(figures.casesByStatus), datasets: [
        { label: root.dataset.labelCases, data: Object.values(figures.casesByStatus) }] },
      options: { responsive: true, animation: false, indexAxis: 'y' }
    });
    root.dataset.rendered = 'true';
  }
  document.addEventListener('DOMContentLoaded', function () {
    var select = document.querySelector('[data-autosubmit]');
    if (select) {
      select.addEventListener('change', function () { select.form.submit(); });
    }
    start();
  });
})();
