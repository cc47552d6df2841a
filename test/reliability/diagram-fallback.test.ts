// Item 4 of issue 17: a diagram Mermaid could not draw is never published as Mermaid's error box; the page says so and the build names
// the file.
import { describe, expect, it } from 'vitest';
import { undrawnWarnings } from '../../src/integration/diagrams.ts';
import { prepareDiagrams } from '../../src/site/diagrams.ts';

describe('a diagram Mermaid could not draw', () => {
  it('becomes a short note on the page instead of an SVG or a source for the browser', () => {
    const diagrams = prepareDiagrams({ 'flowchart TD\n  a --> b\n': '<svg id="sop-diagram-placeholder"></svg>' }, '/', {
      'huge flowchart': 'Maximum text size in diagram exceeded',
    });
    expect(diagrams.figure('huge flowchart', { id: 'escalation-flowchart', label: 'Escalation flowchart' })).toBe(
      '<figure class="sop-diagram" data-pagefind-ignore><p class="sop-diagram-error">This diagram could not be drawn: Maximum ' +
        'text size in diagram exceeded</p></figure>',
    );
    expect(diagrams.figure('flowchart TD\n  a --> b\n', { id: 'd', label: 'L' })).toContain('<svg id="d">');
  });

  it('is named in one build warning per file, for flowcharts and authors’ diagrams', () => {
    const undrawn = new Map([
      ['huge flowchart', 'Maximum text size in diagram exceeded'],
      ['flowchart TD\n  broken', "Parse error on line 2:\nflowchart TD\n  broken\n---^\nExpecting 'AMP', got 'EOF'"],
    ]);
    const warnings = undrawnWarnings(undrawn, [
      { path: 'content/sops/refunds.mdx', text: '---\n…', flowchart: 'huge flowchart' },
      { path: 'content/sops/outage.mdx', text: '```mermaid\nflowchart TD\n  broken\n```\n' },
      { path: 'content/sops/fine.mdx', text: 'nothing', flowchart: 'flowchart TD\n  a --> b\n' },
    ]);
    expect(warnings).toEqual([
      "warning: `content/sops/outage.mdx`: a diagram could not be drawn (Parse error on line 2: expecting 'AMP', got 'EOF'); its " +
        'page says so: fix the ```mermaid block (`sop lint` shows where)',
      'warning: `content/sops/refunds.mdx`: a diagram could not be drawn (Maximum text size in diagram exceeded); its page ' +
        'says so and keeps the steps as text: shorten the escalation path or split the diagram',
    ]);
  });
});
