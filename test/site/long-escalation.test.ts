// Item 4 of issue 17, end to end: a 2,000-step escalation path lints with a warning, and its page says the
// flowchart could not be drawn instead of publishing Mermaid's "Maximum text size" box; the build names the file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePlaybook } from '../helpers/cli-run.ts';
import { basePlaybookYaml, playbookFiles, sopText } from '../helpers/playbook.ts';
import { buildSite } from './harness.ts';

const steps = 2000;
const tiers = `tiers:\n${Array.from({ length: steps }, (_, index) => `  - { id: t${index}, name: Tier ${index} }`).join('\n')}\n`;
const escalation = `escalation:\n${Array.from(
  { length: steps },
  (_, index) => `  - { tier: t${index}, owner: billing-ops${index < steps - 1 ? ', when: Still open after a day' : ''} }`,
).join('\n')}`;

describe('an escalation path too long to draw', () => {
  it("is published as its steps with a note, never as Mermaid's error box", { timeout: 600_000 }, async () => {
    const files = playbookFiles({
      'content/sops/refunds.mdx': sopText({
        frontmatter:
          `title: Refunds\nsummary: s\nowner: billing-ops\nversion: 1.0.0\nstatus: active\nreviewed: 2026-11-01\n` +
          `category: billing\nscope:\n  appliesTo: x\n${escalation}`,
      }),
    });
    files['content/playbook.yaml'] = basePlaybookYaml.replace(/tiers:\n( {2}- .*\n)+/, tiers);
    const root = writePlaybook(files);
    const site = await buildSite({ contentRoot: root });
    expect(site.output).toContain('escalation-too-long');
    expect(site.output).toContain(
      'sop: warning: `content/sops/refunds.mdx`: a diagram could not be drawn (Maximum text size in diagram exceeded',
    );
    const html = await readFile(path.join(site.dist, 'sops/refunds/index.html'), 'utf8');
    expect(html).not.toMatch(/<svg[^]*Maximum text size/);
    expect(html).toContain('<p class="sop-diagram-error">This diagram could not be drawn: Maximum text size in diagram exceeded');
    expect(html).toContain('Tier 1999');
  });
});
