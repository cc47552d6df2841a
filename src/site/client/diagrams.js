// @ts-check
// Draws Mermaid diagrams in a browser: at build time in headless Chromium (src/node/diagram-renderer.ts
// loads this file and calls `renderBatch`), and in readers' browsers when no Chromium was found (the site
// serves it as `/_sop/diagrams.js` beside a copy of Mermaid). Plain JavaScript so that both can load it
// as it is; `@ts-check` keeps it typed. Both modes share the settings and the tidy-up below, so an SVG
// looks the same whichever way it was drawn.

/**
 * @typedef {{ initialize(config: object): void; render(id: string, source: string): Promise<{ svg: string }> }} Mermaid
 * @typedef {{ svg: string } | { error: string }} Outcome
 */

/** Colours come from the page's CSS variables (light and dark), with fallbacks for pages without them. */
const themeCss = [
  '.node rect,.node circle,.node ellipse,.node polygon,.node path{fill:var(--sop-diagram-node,#f6f8fa);stroke:' +
    'var(--sop-diagram-border,#8c959f)}',
  '.nodeLabel,.edgeLabel,.label,.label text,span,p{color:var(--sop-diagram-text,#1b1f24);fill:var(--sop-diagram-text,#1b1f24)}',
  '.edgeLabel,.edgeLabel p,.edgeLabel span,.labelBkg{background-color:var(--sop-diagram-bg,#fff)}',
  '.edgeLabel rect{fill:var(--sop-diagram-bg,#fff);opacity:1}',
  '.flowchart-link{stroke:var(--sop-diagram-edge,#57606a)}',
  '.marker,.arrowMarkerPath,.arrowheadPath{fill:var(--sop-diagram-edge,#57606a);stroke:var(--sop-diagram-edge,#57606a)}',
].join('');

/**
 * `strict` keeps labels free of script; HTML labels because, in Mermaid 12, SVG-text labels
 * decode only `&amp;`, `&lt;` and `&gt;`, so a quotation mark in an edge label would show as `&quot;`.
 * `dompurifyConfig`: `strict` alone runs DOMPurify with its defaults, which keep the HTML an author writes in
 * a label of a ```mermaid block (an image or link to another site, a form, a `style` laid over the page); only
 * the markup Mermaid's own labels use is kept, and the text of the rest.
 */
export const mermaidConfig = {
  startOnLoad: false,
  securityLevel: 'strict',
  theme: 'neutral',
  deterministicIds: true,
  // Class, state and other diagrams draw their boxes with rough.js, whose strokes are random unless seeded:
  // the same diagram must give the same SVG on every build.
  handDrawnSeed: 1,
  suppressErrorRendering: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  flowchart: { htmlLabels: true, useMaxWidth: true, wrappingWidth: 260 },
  themeCSS: themeCss,
  dompurifyConfig: { ALLOWED_TAGS: ['p', 'span', 'div', 'br', 'b', 'strong', 'i', 'em'], ALLOWED_ATTR: ['class'] },
};

/** Mermaid's own limit on a diagram's source (its `maxTextSize`, 50,000 characters by default). */
export const maxTextSize = 50_000;

/**
 * What went wrong when Mermaid drew an error diagram instead of the one asked for (its "Maximum text
 * size" box, or a syntax-error bomb with `suppressErrorRendering` off); undefined for a real diagram.
 * @param {string} svg
 */
export function mermaidErrorIn(svg) {
  if (svg.includes('Maximum text size in diagram exceeded')) return 'Maximum text size in diagram exceeded';
  if (/aria-roledescription="error"/.test(svg)) return 'Mermaid drew its error diagram';
  return undefined;
}

/** @type {Promise<Mermaid> | undefined} */
let mermaidReady;

/** Mermaid's ES build sits beside this file (`./mermaid/`), so only the chunks a diagram needs load. */
function loadMermaid() {
  mermaidReady ??= import(new URL('./mermaid/mermaid.esm.min.js', import.meta.url).href).then((module) => {
    /** @type {Mermaid} */
    const mermaid = module.default;
    mermaid.initialize(mermaidConfig);
    return mermaid;
  });
  return mermaidReady;
}

/**
 * Renders one diagram with `id` as the SVG's id (Mermaid prefixes every inner id with it) and tidies it.
 * @param {string} id
 * @param {string} source
 * @returns {Promise<Outcome>}
 */
export async function renderDiagram(id, source) {
  // Past this size Mermaid draws its own "Maximum text size in diagram exceeded" box instead of the diagram.
  if (source.length > maxTextSize)
    return { error: `Maximum text size in diagram exceeded (${source.length} characters, Mermaid draws at most ${maxTextSize})` };
  const mermaid = await loadMermaid();
  try {
    const { svg } = await mermaid.render(id, source);
    const error = mermaidErrorIn(svg);
    if (error) return { error };
    return { svg: tidy(svg, id) };
  } catch (error) {
    document.getElementById(id)?.remove();
    document.getElementById(`d${id}`)?.remove();
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Renders diagrams one after another (Mermaid renders one at a time anyway).
 * @param {Array<{ id: string; source: string }>} requests
 * @returns {Promise<Outcome[]>}
 */
export async function renderBatch(requests) {
  /** @type {Outcome[]} */
  const outcomes = [];
  for (const request of requests) outcomes.push(await renderDiagram(request.id, request.source));
  return outcomes;
}

const geometry = new Set([
  'd',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'width',
  'height',
  'transform',
  'viewBox',
  'points',
  'style',
  'refX',
  'refY',
]);
const noise = new Set(['data-points', 'data-look', 'data-et', 'data-edge', 'data-id', 'data-node', 'data-labeltype']);

/**
 * Shrinks Mermaid's SVG without changing how it looks: drops unused markers and styles, ids nothing
 * points at, bookkeeping attributes and digits beyond a hundredth of a pixel; makes it one labelled image.
 * @param {string} markup
 * @param {string} id
 */
function tidy(markup, id) {
  // Mermaid writes HTML labels as HTML (`<br>`), so its SVG is parsed, and written back, as HTML: in a template,
  // inert like a parsed document but without one to build for every diagram.
  const template = document.createElement('template');
  template.innerHTML = markup;
  const svg = template.content.querySelector('svg');
  if (!svg) return markup;
  const style = svg.querySelector('style');
  if (style) style.textContent = usedRules(style.textContent ?? '', classesIn(svg));
  // Serialising is most of this function's time: the markup is written out once, then kept in step with each removal.
  let serialized = svg.outerHTML;
  const remove = (/** @type {Element} */ element) => {
    // One inside a definition removed before is no longer in the markup.
    const rest = svg.contains(element) ? without(serialized, element.outerHTML) : serialized;
    element.remove();
    serialized = rest ?? svg.outerHTML;
  };
  const referenced = (/** @type {string} */ elementId) => serialized.includes(`#${elementId})`) || serialized.includes(`"#${elementId}"`);
  for (const definition of svg.querySelectorAll('marker, filter, linearGradient, radialGradient, clipPath, mask, symbol')) {
    if (!referenced(definition.id)) remove(definition);
  }
  for (const defs of svg.querySelectorAll('defs')) if (defs.children.length === 0) remove(defs);
  for (const element of svg.querySelectorAll('[id]')) {
    if (!referenced(element.id) && !element.matches('title, desc')) element.removeAttribute('id');
  }
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      const { name, value } = attribute;
      if (noise.has(name) || (name === 'style' && value === '')) element.removeAttribute(name);
      else if (geometry.has(name)) {
        const rounded = value.replace(/-?\d+\.\d{3,}/g, (number) => String(Math.round(Number(number) * 100) / 100));
        if (rounded !== value) attribute.value = rounded;
      }
    }
  }
  svg.removeAttribute('aria-roledescription');
  svg.setAttribute('role', 'img');
  if (!svg.getAttribute('aria-labelledby')) {
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.id = `${id}-title`;
    svg.prepend(title);
    svg.setAttribute('aria-labelledby', title.id);
  }
  const width = Number(/max-width:\s*([\d.]+)px/.exec(svg.getAttribute('style') ?? '')?.[1]);
  // Scales down to fit a phone, but never below three quarters of its size: past that, it scrolls.
  if (width > 0) svg.setAttribute('style', `max-width:${width}px;min-width:${Math.round(width * 0.75)}px`);
  return svg.outerHTML;
}

/**
 * `markup` without `part`, an element's own markup, when it occurs once: an element's markup is part of its
 * parent's as it is, so that is the parent's markup once the element is removed; undefined when it is not so sure.
 * @param {string} markup
 * @param {string} part
 */
function without(markup, part) {
  const at = markup.indexOf(part);
  if (at < 0 || markup.includes(part, at + 1)) return undefined;
  return markup.slice(0, at) + markup.slice(at + part.length);
}

/** @param {Element} svg */
function classesIn(svg) {
  const classes = new Set();
  for (const element of [svg, ...svg.querySelectorAll('[class]')]) for (const name of element.classList) classes.add(name);
  return classes;
}

/**
 * Keeps the style rules that can match something in this SVG: a selector naming a class the SVG does
 * not use cannot, nor one on Mermaid's bookkeeping attributes (`[data-look]`), which `tidy` drops.
 * Keyframes stay only when an animation class is used.
 * @param {string} css
 * @param {Set<string>} classes
 */
function usedRules(css, classes) {
  const kept = [];
  const pattern = /(@keyframes[^{]*\{(?:[^{}]*\{[^}]*\})*\s*\})|([^{}]+)\{([^}]*)\}/g;
  for (const match of css.matchAll(pattern)) {
    if (match[1]) {
      if ([...classes].some((name) => name.includes('animation'))) kept.push(match[1]);
      continue;
    }
    const selectors = (match[2] ?? '')
      .split(',')
      .filter(
        (selector) =>
          !selector.includes('[data-') &&
          !selector.includes(':root') &&
          [...selector.matchAll(/\.([\w-]+)/g)].every((name) => classes.has(name[1] ?? '')),
      );
    if (selectors.length > 0) kept.push(`${selectors.join(',')}{${match[3]}}`);
  }
  return kept.join('');
}

/**
 * On a page of the site: replaces every diagram's source (`<pre data-diagram-source>`) with its SVG,
 * labelled from the figure's `data-diagram-label`; diagrams in closed `<details>` wait until opened,
 * because Mermaid cannot measure text that is not displayed.
 */
async function renderPage() {
  for (const figure of document.querySelectorAll('figure[data-diagram-id]')) {
    const details = figure.closest('details');
    if (details && !details.open) details.addEventListener('toggle', () => renderFigure(figure), { once: true });
    else await renderFigure(figure);
  }
}

/** @param {Element} figure */
async function renderFigure(figure) {
  const source = figure.querySelector('pre[data-diagram-source]');
  const id = figure.getAttribute('data-diagram-id');
  if (!source || !id) return;
  const outcome = await renderDiagram(id, source.textContent ?? '');
  if ('error' in outcome) {
    const message = document.createElement('p');
    message.className = 'sop-diagram-error';
    message.textContent = `This diagram could not be drawn: ${outcome.error}`;
    source.after(message);
    return;
  }
  const holder = document.createElement('div');
  holder.innerHTML = outcome.svg;
  const svg = holder.querySelector('svg');
  if (!svg) return;
  const title = svg.querySelector(`#${CSS.escape(id)}-title`);
  if (title) title.textContent = figure.getAttribute('data-diagram-label') ?? '';
  source.replaceWith(svg);
}

if (document.querySelector('figure[data-diagram-id]')) void renderPage();
