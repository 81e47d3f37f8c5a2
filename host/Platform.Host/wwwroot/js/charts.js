// Draws every [data-chart] on the page with ECharts (loaded before this file); the option is the attribute's JSON.
document.querySelectorAll('[data-chart]').forEach(function (el) {
    if (window.echarts) echarts.init(el).setOption(JSON.parse(el.dataset.chart));
});
