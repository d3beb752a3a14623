// The server's own stylesheet (/assets/serve.css): page chrome, slides scaled to fit (--scale, set by the scripts), the error panel, the presenter view.
export const SERVE_CSS = String.raw`
:root { color-scheme: dark; --scale: 1; --w: 1280px; --h: 720px; font-family: system-ui, "Segoe UI", Carlito, "Liberation Sans", sans-serif; }
* { box-sizing: border-box; }
html, body { margin: 0; background: #1f2329; color: #e8eaed; }
.top { position: sticky; top: 0; z-index: 11; display: flex; align-items: center; gap: 16px; height: 48px; padding: 0 20px; background: #15181c; border-bottom: 1px solid #30353b; font-size: 14px; white-space: nowrap; }
.top .brand { font-weight: 700; letter-spacing: .02em; color: #8ab4f8; }
.top .name { overflow: hidden; text-overflow: ellipsis; font-weight: 600; }
.top .meta { color: #9aa0a6; }
.top .status { margin-left: auto; color: #81c995; }
.top .status::before { content: "\25CF"; margin-right: 6px; }
.top .status.refused { color: #f28b82; }
.button { padding: 6px 14px; border-radius: 6px; background: #1a73e8; color: #fff; text-decoration: none; font-weight: 500; }
.deck { display: flex; flex-direction: column; align-items: center; gap: 40px; padding: 40px 24px 48px; }
.frame { position: relative; flex: none; width: calc(var(--w) * var(--scale)); height: calc(var(--h) * var(--scale)); }
.frame > .slide { position: absolute; left: 0; top: 0; transform: scale(var(--scale)); transform-origin: 0 0; box-shadow: 0 2px 14px rgb(0 0 0 / 45%); }
.preview .frame::before { content: attr(data-label); position: absolute; left: 0; right: 0; top: -24px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-size: 13px; color: #9aa0a6; }
.problems { position: sticky; top: 48px; z-index: 10; margin: 0; padding: 14px 24px 16px; background: #fdecea; color: #3c1512; border-bottom: 3px solid #c5221f; box-shadow: 0 4px 18px rgb(0 0 0 / 50%); max-height: 60vh; overflow: auto; }
.problems[hidden] { display: none; }
.problems h2 { margin: 0 0 4px; font-size: 17px; color: #a50e0e; }
.problems p { margin: 0 0 8px; font-size: 14px; }
.problems pre { margin: 8px 0 0; padding: 10px 12px; background: #fff; border: 1px solid #f3b7b3; border-radius: 4px; font: 13px/1.45 ui-monospace, "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; white-space: pre; overflow-x: auto; color: #202124; tab-size: 2; }
body.presenting { background: #000; overflow: hidden; }
body.presenting .problems, body.presenting .top { display: none; }
body.presenting .deck { display: block; padding: 0; }
body.presenting .frame { display: none; position: fixed; left: 50%; top: 50%; transform: translate(-50%, -50%); }
body.presenting .frame.current { display: block; }
body.presenting .frame > .slide { box-shadow: none; }
.presenter { display: flex; flex-direction: column; height: 100vh; overflow: hidden; }
.bar { display: flex; align-items: center; gap: 18px; padding: 10px 18px; background: #15181c; border-bottom: 1px solid #30353b; font-size: 15px; }
.bar .clock, .bar .elapsed { font: 600 26px/1 ui-monospace, "DejaVu Sans Mono", monospace; letter-spacing: .02em; }
.bar .elapsed { color: #8ab4f8; }
.bar .position { margin-left: auto; font-size: 18px; color: #bdc1c6; }
.bar .typed { min-width: 3em; font: 600 18px ui-monospace, monospace; color: #fdd663; }
.bar button { font: inherit; padding: 6px 14px; border-radius: 6px; border: 1px solid #5f6368; background: #2d3136; color: #e8eaed; cursor: pointer; }
.bar button.primary { background: #1a73e8; border-color: #1a73e8; color: #fff; }
.presenter .problems { position: static; max-height: 30vh; }
.stage { flex: 1; display: grid; grid-template-columns: minmax(0, 64fr) minmax(0, 36fr); gap: 18px; padding: 18px; min-height: 0; }
.current { display: flex; align-items: center; justify-content: center; min-width: 0; min-height: 0; }
.side { display: flex; flex-direction: column; min-height: 0; min-width: 0; }
.side h2 { margin: 0 0 8px; font-size: 13px; font-weight: 600; text-transform: uppercase; letter-spacing: .08em; color: #9aa0a6; }
.side .pane { margin-bottom: 18px; }
.pane { min-width: 0; }
.pane .end { display: flex; align-items: center; justify-content: center; height: 120px; margin: 0; border: 1px dashed #5f6368; color: #9aa0a6; }
.notes { flex: 1; overflow: auto; padding: 14px 16px; background: #2a2e34; border-radius: 6px; font-size: 20px; line-height: 1.45; color: #f1f3f4; }
.notes p { margin: 0 0 .7em; }
.notes .none { color: #9aa0a6; font-style: italic; }
`;
