/* Small SVG charts drawn by the console itself (no third-party code): grouped bars and lines. */
(function (global) {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var COLORS = ['#2f7de1', '#e8743b', '#19a979', '#945ecf', '#ed4a7b', '#13a4b4', '#525df4', '#bf399e'];

  function el(name, attrs, text) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  var TOP_MARGIN = 12; // room for the highest tick's label

  function logScale(values, height) {
    var max = Math.max.apply(null, values.concat([1]));
    var top = Math.pow(10, Math.max(1, Math.ceil(Math.log10(max))));
    var span = height - TOP_MARGIN;
    return { top: top, y: function (v) { return height - span * Math.log10(Math.max(1, v)) / Math.log10(top); } };
  }

  function axis(svg, scale, x0, height) {
    for (var t = 1; t <= scale.top; t *= 10) {
      var y = scale.y(t);
      svg.appendChild(el('line', { x1: x0, x2: '100%', y1: y, y2: y, stroke: '#e4e7ef' }));
      svg.appendChild(el('text', { x: x0 - 4, y: y + 4, 'text-anchor': 'end', 'font-size': 10, fill: '#6b7385' }, String(t)));
    }
    svg.appendChild(el('line', { x1: x0, x2: x0, y1: 0, y2: height, stroke: '#6b7385' }));
  }

  /** groups: [{label, values: {series: number}}]; one bar per series in each group. */
  function bars(container, groups, series, options) {
    var height = 200, x0 = 50, groupWidth = Math.max(60, 24 * series.length + 20);
    var width = x0 + groups.length * groupWidth + 160;
    var svg = el('svg', { width: width, height: height + 40, role: 'img', 'aria-label': options.title, 'class': 'bars' });
    var all = [];
    groups.forEach(function (g) { series.forEach(function (s) { if (g.values[s] !== undefined) { all.push(g.values[s]); } }); });
    var scale = logScale(all, height);
    axis(svg, scale, x0, height);
    groups.forEach(function (g, gi) {
      var gx = x0 + 10 + gi * groupWidth;
      series.forEach(function (s, si) {
        var v = g.values[s];
        if (v === undefined) { return; }
        var y = scale.y(v);
        var rect = el('rect', { x: gx + si * 24, y: y, width: 20, height: Math.max(1, height - y), fill: COLORS[si % COLORS.length], 'data-value': v });
        rect.appendChild(el('title', {}, g.label + ' ' + s + ': ' + v + ' µs'));
        svg.appendChild(rect);
      });
      svg.appendChild(el('text', { x: gx, y: height + 14, 'font-size': 11, fill: '#1d2433' }, g.label));
    });
    legend(svg, series, width - 150);
    container.replaceChildren(svg);
  }

  /** lines: {series: [[timeMillis, value], ...]} over time. */
  function lines(container, data, options) {
    var height = 160, x0 = 50, width = 760;
    var names = Object.keys(data);
    var points = [];
    names.forEach(function (n) { points = points.concat(data[n]); });
    var svg = el('svg', { width: width, height: height + 30, role: 'img', 'aria-label': options.title, 'class': 'lines' });
    if (points.length === 0) { container.replaceChildren(svg); return; }
    var scale = logScale(points.map(function (p) { return p[1]; }), height);
    var tMin = Math.min.apply(null, points.map(function (p) { return p[0]; }));
    var tMax = Math.max.apply(null, points.map(function (p) { return p[0]; }));
    var x = function (t) { return x0 + 10 + (tMax === tMin ? 0 : (t - tMin) / (tMax - tMin)) * (width - x0 - 180); };
    axis(svg, scale, x0, height);
    names.forEach(function (n, i) {
      var color = COLORS[i % COLORS.length];
      var sorted = data[n].slice().sort(function (a, b) { return a[0] - b[0]; });
      svg.appendChild(el('polyline', { fill: 'none', stroke: color, 'stroke-width': 2,
        points: sorted.map(function (p) { return x(p[0]) + ',' + scale.y(p[1]); }).join(' ') }));
      sorted.forEach(function (p) { svg.appendChild(el('circle', { cx: x(p[0]), cy: scale.y(p[1]), r: 3, fill: color })); });
    });
    legend(svg, names, width - 160);
    container.replaceChildren(svg);
  }

  function legend(svg, names, x) {
    names.forEach(function (n, i) {
      svg.appendChild(el('rect', { x: x, y: 8 + i * 16, width: 10, height: 10, fill: COLORS[i % COLORS.length] }));
      svg.appendChild(el('text', { x: x + 14, y: 17 + i * 16, 'font-size': 11 }, n));
    });
  }

  global.AitbcChart = { bars: bars, lines: lines, colors: COLORS };
})(window);
