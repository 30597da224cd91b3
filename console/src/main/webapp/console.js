/* The admin console: reads /console/api/* (session of the SSO login) and renders tables and charts. */
(function () {
  'use strict';

  function get(path) {
    return fetch('api/' + path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) {
        if (r.redirected) { // the session ended and the server sent the request to the SSO: sign in again
          window.location.reload();
          throw new Error('signed out: reloading to sign in');
        }
        if (!r.ok) { throw new Error(path + ': HTTP ' + r.status); }
        return r.json();
      });
  }

  function cell(text) {
    var td = document.createElement('td');
    td.textContent = text === null || text === undefined ? '–' : String(text);
    return td;
  }

  function fill(tableId, rows, columns) {
    var body = document.querySelector('#' + tableId + ' tbody');
    body.replaceChildren.apply(body, rows.map(function (row) {
      var tr = document.createElement('tr');
      columns.forEach(function (c) { tr.appendChild(typeof c === 'function' ? c(row) : cell(row[c])); });
      return tr;
    }));
  }

  function progress(job) {
    var td = document.createElement('td');
    var bar = document.createElement('div');
    bar.className = 'bar';
    var inner = document.createElement('div');
    inner.style.width = job.progressPercent + '%';
    bar.appendChild(inner);
    td.appendChild(bar);
    td.title = job.progressPercent + '%';
    return td;
  }

  function status(job) {
    var td = cell(job.status);
    td.className = 'status-' + job.status;
    return td;
  }

  function renderBenchmarks(results) {
    var latest = {};
    results.forEach(function (r) {
      var key = 'model ' + r.modelId + ' v' + r.modelVersion;
      latest[key] = latest[key] || {};
      if (latest[key][r.benchmark] === undefined) { latest[key][r.benchmark] = r.medianMicros; } // newest first
    });
    var series = Array.from(new Set(results.map(function (r) { return r.benchmark; }))).sort();
    var groups = Object.keys(latest).sort().map(function (k) { return { label: k, values: latest[k] }; });
    AitbcChart.bars(document.getElementById('benchmark-chart'), groups, series, { title: 'median latency per model' });
    var history = {};
    results.forEach(function (r) {
      var name = 'model ' + r.modelId + ' ' + r.benchmark;
      (history[name] = history[name] || []).push([Date.parse(r.measuredAt), r.medianMicros]);
    });
    AitbcChart.lines(document.getElementById('benchmark-history'), history, { title: 'median latency over time' });
  }

  function showJobs(jobs) {
    fill('jobs', jobs, ['id', 'kind', 'owner', 'modelId', 'privacyLevel', status, progress, 'progressStep']);
  }

  function refreshJobs() {
    return get('jobs').then(showJobs);
  }

  /** Live progress: the server pushes the job list (Server-Sent Events) whenever a job moves. */
  function followJobs() {
    var events = new EventSource('api/jobs/events');
    var received = 0;
    events.addEventListener('jobs', function (e) {
      showJobs(JSON.parse(e.data));
      document.body.setAttribute('data-job-events', String(++received));
    });
  }

  function load() {
    get('me').then(function (me) {
      document.getElementById('me').textContent = me.subject + ' (' + me.roles.join(', ') + ')';
      return Promise.all([
        get('benchmarks').then(renderBenchmarks),
        refreshJobs(),
        get('models').then(function (models) {
          fill('models', models, [function (m) { return cell(m.model.id); }, function (m) { return cell(m.model.name); },
            function (m) { return cell(m.model.owner); },
            function (m) { return cell(m.versions.map(function (v) { return 'v' + v.number + ' (' + v.circuitStatus + ')'; }).join(', ')); }]);
        }),
        get('listings').then(function (ls) {
          fill('listings', ls, ['id', 'title', 'owner', 'status', 'priceFhe', 'priceZkml', 'priceHybrid',
            'plaintextLatencyMicros', 'verifiedProofs', 'failedProofs', 'completedJobs']);
        }),
        get('verifications').then(function (vs) {
          fill('verifications', vs, ['verifiedAt', 'modelId', 'proofId',
            function (v) { return cell(v.verified ? 'verified' : 'rejected'); }, 'micros']);
        }),
        get('users').then(function (us) { fill('users', us, ['actor', 'roles', 'lastSeen', 'events']); }),
        get('audit').then(function (es) {
          fill('audit', es, ['occurredAt', 'actor', 'actorRoles', 'action', 'outcome', 'httpStatus', 'clientAddress']);
        }),
        get('chain').then(function (c) { document.getElementById('chain').textContent = JSON.stringify(c, null, 2); })
      ]);
    }).then(function () {
      document.body.setAttribute('data-loaded', 'true');
      followJobs();
    }).catch(function (e) {
      document.getElementById('me').textContent = 'error: ' + e.message;
      document.body.setAttribute('data-error', e.message);
    });
  }

  load();
})();
