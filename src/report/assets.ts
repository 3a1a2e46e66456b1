/**
 * The report's static page and style sheet. The page carries no data at all (the data are in
 * data/*.js), so nothing from a run is ever parsed as HTML; its Content-Security-Policy allows
 * scripts and styles from its own folder only and no connections, so an inline script or an
 * event handler attribute could not run even if one got in, and nothing leaves the machine.
 */
export const INDEX_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parley report</title>
<link rel="stylesheet" href="report.css">
<script src="report.js" defer></script>
</head>
<body>
<header id="header"><strong>Parley</strong> <span>loading…</span></header>
<main id="main"><noscript>This report needs JavaScript, which runs only on your machine: it loads its data from the data/ folder beside this page.</noscript></main>
</body>
</html>
`;

/*
 * Mention types differ by colour, by the label before each mention and by the style of its
 * underline (solid, double, dotted, dashed, wavy), so that no reader depends on colour alone.
 */
export const REPORT_CSS = `
:root { --per: #cfe3ff; --org: #ffe0b3; --plc: #d4f5d0; --date: #f3d6ff; --qty: #fff3a8; --bad: #b00020; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; }
header { position: sticky; top: 0; z-index: 5; background: #263238; color: #fff; padding: .5em 1em; }
header .muted { color: #cfd8dc; }
header nav { display: inline-flex; gap: 1em; margin-left: 2em; flex-wrap: wrap; }
header nav a { color: #fff; }
header nav a.current { font-weight: bold; text-decoration-thickness: 3px; }
main { max-width: 70em; margin: 0 auto; padding: 1em; }
a { color: #0b57d0; }
.muted { color: #5f6368; }
.bad { color: var(--bad); }
.k { font-size: .8em; text-transform: uppercase; letter-spacing: .05em; color: #5f6368; }
.toc { display: flex; gap: 1em; flex-wrap: wrap; }
.round { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: .5em 1em; margin: 1em 0; }
.slot { border-top: 1px solid #eee; padding: .25em 0; }
.slot h3 { margin: .3em 0; font-size: 1em; }
.slot.has-conflict { border-left: 4px solid #e37400; padding-left: .6em; }
.conflict { background: #fff4e5; border: 1px dashed #e37400; padding: .2em .5em; }
.fact { margin: .2em 0 .4em; }
ul.evidence { margin: .1em 0 .3em 1em; padding-left: 1em; font-size: .9em; }
ul.evidence q { color: #3c4043; }
.delegation h4 { margin: .4em 0 .1em; }
table { border-collapse: collapse; }
th, td { padding: .15em .6em; text-align: left; border-bottom: 1px solid #eee; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.total { font-weight: bold; }
.bar { display: inline-block; width: 8em; height: .8em; background: #eceff1; border: 1px solid #b0bec5; vertical-align: middle; }
.bar .fill { display: block; height: 100%; background: #1565c0; }
.legends { display: flex; gap: 1em; flex-wrap: wrap; }
.legend { border: 1px solid #ccc; border-radius: 4px; }
.legend .toggle { margin-right: 1em; white-space: nowrap; cursor: pointer; }
.legend .gd { margin-right: .8em; }
.text { white-space: pre-wrap; background: #fff; border: 1px solid #ddd; padding: 1em; line-height: 2.1; font-size: 16px; }
.m { position: relative; border-radius: 2px; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
.m::before { content: attr(data-label); font-size: .62em; font-weight: bold; vertical-align: super; margin-right: .15em; color: #37474f; }
.m:focus { outline: 2px solid #000; }
.m:hover::after, .m:focus::after { content: attr(data-tip); position: absolute; left: 0; top: 1.7em; z-index: 10; background: #263238; color: #fff; font-size: .8em; line-height: 1.3; padding: .2em .4em; border-radius: 3px; white-space: nowrap; pointer-events: none; }
.t-Person { background: var(--per); text-decoration-style: solid; text-decoration-color: #1a4fa0; }
.t-Organization { background: var(--org); text-decoration-style: double; text-decoration-color: #a35200; }
.t-Place { background: var(--plc); text-decoration-style: dotted; text-decoration-color: #1b6e20; }
.t-Date { background: var(--date); text-decoration-style: dashed; text-decoration-color: #6a1b9a; }
.t-Quantity { background: var(--qty); text-decoration-style: wavy; text-decoration-color: #7a6400; }
.hide-Person .t-Person, .hide-Organization .t-Organization, .hide-Place .t-Place, .hide-Date .t-Date, .hide-Quantity .t-Quantity { background: none; text-decoration: none; }
.hide-Person .t-Person::before, .hide-Organization .t-Organization::before, .hide-Place .t-Place::before, .hide-Date .t-Date::before, .hide-Quantity .t-Quantity::before { content: none; }
.m.sel { outline: 3px solid #0b57d0; }
.gd { border-bottom: 3px solid var(--bad); }
.gd::before { content: attr(data-label); font-size: .58em; font-weight: bold; color: #fff; background: var(--bad); padding: 0 .2em; margin-right: .15em; vertical-align: super; border-radius: 2px; }
.gd-missed { border: 2px dashed var(--bad); border-bottom-width: 2px; }
.gd-spurious { text-decoration: line-through; text-decoration-color: var(--bad); }
.gd-partial { border-bottom-style: double; }
.gd-value, .gd-link { border-bottom-style: dotted; }
.gd.focus { outline: 3px solid #e37400; }
.hide-gold .gd { border: none; text-decoration: none; }
.hide-gold .gd::before { content: none; }
mark.ev { background: #ffeb3b; outline: 3px solid #e65100; outline-offset: 2px; box-shadow: 0 0 0 7px rgba(255, 213, 79, .55); }
.evnote { font-weight: bold; }
ul.errors { list-style: none; padding-left: 0; }
ul.errors li { padding: .2em 0; border-bottom: 1px solid #eee; }
.entity { border-bottom: 1px solid #eee; }
.entity h3 { margin: .5em 0 0; font-size: 1em; }
.entity p { margin: .1em 0; }
input[type=search] { width: 24em; max-width: 100%; padding: .3em; }
`;
