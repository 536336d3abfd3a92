// Charts of the statistics pages (Apache ECharts): every element with a data-chart description
// {type: "bar" | "line", categories: [...], series: [{name, data}], percent} is drawn; the same figures are in the
// table beside it, so the chart is an image for assistive technology (role="img" with a label on the element).
(function () {
  'use strict';
  function draw(element) {
    var spec = JSON.parse(element.getAttribute('data-chart'));
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: false },
      color: ['#1d4f91', '#2e8540', '#b85c00'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: spec.categories.length > 8 ? 96 : 40 },
      xAxis: { type: 'category', data: spec.categories,
        axisLabel: { interval: 0, rotate: spec.categories.length > 8 ? 40 : 0 } },
      yAxis: { type: 'value', max: spec.percent ? 100 : null,
        axisLabel: { formatter: spec.percent ? '{value}%' : '{value}' } },
      series: spec.series.map(function (s) {
        return { name: s.name, type: spec.type, data: s.data, smooth: spec.type === 'line' };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  function start() {
    if (!window.echarts) {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), draw);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
