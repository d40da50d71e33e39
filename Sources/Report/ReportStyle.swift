/// The report's inline style sheet and script.
enum ReportStyle {
    /// Readable from phone width up: one column under 40 rem, a grid of cards above; visible focus rings.
    static let css = """
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --line: #d0d0d0; --accent: #0b5cad; --bad: #a4161a; --good: #1e6b2a; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink);
          background: #fff; }
        header, main, footer { max-width: 80rem; margin: 0 auto; padding: 0 1rem; }
        header { border-bottom: 1px solid var(--line); padding-bottom: .5rem; }
        h1 { margin: .2rem 0; font-size: 1.6rem; }
        h2 { margin-top: 2rem; font-size: 1.3rem; border-bottom: 1px solid var(--line); }
        h3.paper { margin-top: 1.5rem; }
        h4 { margin: 0 0 .5rem; font-size: 1.05rem; }
        .project, .meta, footer { color: var(--muted); font-size: .9rem; margin: .2rem 0; }
        nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: 0; margin: .5rem 0 0; }
        a { color: var(--accent); }
        a:focus-visible, button:focus-visible, summary:focus-visible, input:focus-visible, [tabindex]:focus-visible {
          outline: 3px solid #f5a623; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; }
        .skip:focus { left: 1rem; }
        .notice { background: #fff6d6; border: 1px solid #e0c060; padding: .5rem .75rem; border-radius: 4px; }
        .contents { columns: 16rem; padding-left: 1.2rem; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 24rem), 1fr)); gap: 1rem; }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: .75rem; min-width: 0; }
        .number, .paper-id { color: var(--muted); font-weight: normal; }
        .image svg.plot { width: 100%; height: auto; display: block; background: #fff; }
        .changed .image svg.plot, .compare svg.plot { max-width: 44rem; }
        .caption { font-size: .95rem; }
        .files { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: 0; }
        table { border-collapse: collapse; font-size: .9rem; margin: .5rem 0; }
        caption { text-align: left; font-weight: 600; }
        th, td { border-bottom: 1px solid var(--line); padding: .2rem .5rem; text-align: left; vertical-align: top; }
        td.number { text-align: right; white-space: nowrap; }
        .scroll { overflow-x: auto; max-width: 100%; }
        .hash, code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; overflow-wrap: anywhere; }
        details { margin: .4rem 0; }
        summary { cursor: pointer; }
        .bar-column { width: 40%; }
        .bar { display: inline-block; height: .8rem; background: var(--accent); min-width: 1px; }
        svg.graph .node { fill: #f4f7fb; stroke: #6b7c93; }
        svg.graph .node.dataset { fill: #eef7ee; }
        svg.graph .node.figure { fill: #fdf1e4; }
        svg.graph text { font: 11px ui-monospace, "DejaVu Sans Mono", monospace; fill: var(--ink); }
        svg.graph .edge { fill: none; stroke: #9aa7b8; stroke-width: 1; }
        svg.graph a:focus-visible rect { stroke: #f5a623; stroke-width: 3; }
        .bad { color: var(--bad); } .good { color: var(--good); }
        .views { display: flex; gap: .5rem; margin: .5rem 0; flex-wrap: wrap; }
        button.view { font: inherit; padding: .3rem .8rem; border: 1px solid var(--accent); background: #fff; color: var(--accent);
          border-radius: 4px; cursor: pointer; }
        button.view[aria-pressed="true"] { background: var(--accent); color: #fff; }
        .stack { position: relative; max-width: 44rem; }
        .stack .after { position: absolute; inset: 0; }
        .slider { display: flex; align-items: center; gap: .5rem; max-width: 44rem; }
        .slider input { flex: 1; }
        .missing { color: var(--bad); }
        @media (max-width: 40rem) { body { font-size: 15px; } h1 { font-size: 1.3rem; } .bar-column { display: none; } }

        """

    /// View switches and before/after sliders; any script error is written into #script-errors so a
    /// test (or a reader) sees it.
    static let script = """
        (function () {
          var sink = document.getElementById('script-errors');
          window.addEventListener('error', function (event) {
            sink.hidden = false;
            sink.textContent += 'error: ' + event.message + '\\n';
          });
          document.querySelectorAll('.compare').forEach(function (compare) {
            var range = compare.querySelector('input[type=range]');
            var after = compare.querySelector('.after');
            function update() { after.style.clipPath = 'inset(0 0 0 ' + range.value + '%)'; }
            range.addEventListener('input', update);
            update();
          });
          document.querySelectorAll('.changed').forEach(function (section) {
            var buttons = section.querySelectorAll('button.view');
            buttons.forEach(function (button) {
              button.addEventListener('click', function () {
                buttons.forEach(function (other) { other.setAttribute('aria-pressed', other === button ? 'true' : 'false'); });
                section.querySelectorAll('[data-view-panel]').forEach(function (panel) {
                  panel.hidden = panel.getAttribute('data-view-panel') !== button.getAttribute('data-view');
                });
              });
            });
          });
          document.documentElement.setAttribute('data-script', 'ran');
        })();

        """
}
