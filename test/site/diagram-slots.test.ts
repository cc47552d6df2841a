// Pages a build renders while Chromium still draws hold a slot per diagram, filled afterwards with the very figure they would
// have had, had the drawing come first.
import { describe, expect, it } from 'vitest';
import { fillDiagramSlots, prepareDiagrams } from '../../src/site/diagrams.ts';

const drawn = 'flowchart TD\n  a["Tier 1"] --> b\n';
const huge = 'huge flowchart';
const leftToBrowser = 'flowchart LR\n  x --> y\n';
const svgs = { [drawn]: '<svg id="sop-diagram-placeholder"><title id="sop-diagram-placeholder-title"></title></svg>' };
const undrawn = { [huge]: 'Maximum text size in diagram exceeded' };

describe('diagram slots', () => {
  it('are filled with the figures the pages would have had with the SVGs at hand', () => {
    const figures = [
      [drawn, { id: 'escalation-flowchart', label: 'Escalation of "refunds" & <credits>' }],
      [huge, { id: 'diagram-1', label: 'Diagram 1 in Outage' }],
      [leftToBrowser, { id: 'diagram-2', label: 'Diagram 2 in Outage' }],
    ] as const;
    const sources = [leftToBrowser, huge, drawn];
    const slotted = prepareDiagrams({}, '/playbook/', {}, sources);
    const page = `<main>${figures.map(([source, options]) => slotted.figure(source, options)).join('<p>text</p>')}</main>`;
    expect(page).not.toContain('<svg');
    const final = prepareDiagrams(svgs, '/playbook/', undrawn);
    expect(fillDiagramSlots(page, final)).toBe(
      `<main>${figures.map(([source, options]) => final.figure(source, options)).join('<p>text</p>')}</main>`,
    );
    expect(fillDiagramSlots(page, final)).toContain('<title id="escalation-flowchart-title">Escalation of &quot;refunds&quot;');
  });

  it('are only made for the diagrams being drawn', () => {
    expect(prepareDiagrams(svgs, '/', {}, [huge]).figure(drawn, { id: 'd', label: 'L' })).toContain('<svg id="d">');
  });
});
