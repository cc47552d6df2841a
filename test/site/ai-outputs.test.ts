// The AI outputs in the built sample site: llms files, Markdown twins and the JSON API, beside pages that
// gain nothing from them but one <link> in their head.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseLlmsTxt } from '../core/ai/llms-format.ts';
import { buildSite, type SiteBuild } from './harness.ts';
import { parseHtml } from './parse-html.ts';

let site: SiteBuild;
beforeAll(async () => {
  site = await buildSite();
}, 180_000);

const read = (file: string) => readFile(path.join(site.dist, file), 'utf8');

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(path.join(site.dist, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(site.dist, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('the AI outputs of the built sample', () => {
  it('publishes /llms.txt per llmstxt.org, every link resolving to a twin in dist/', async () => {
    const llms = parseLlmsTxt(await read('llms.txt'));
    expect(llms.title).toBe('Northwind Cloud Support Playbook');
    const links = llms.sections.flatMap((section) => section.links);
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      expect(link.url, link.name).toMatch(/^\/(sops|macros)\/[a-z0-9-]+\.md$/);
      const twin = await read(link.url.slice(1));
      expect(twin.startsWith(`# ${link.name.replace(/\\(.)/g, '$1')}\n`), link.url).toBe(true);
    }
  });

  it('publishes a twin for each SOP agents may use and none for the others, with no HTML or MDX in any', async () => {
    const twins = (await filesUnder('sops')).filter((file) => file.endsWith('.md'));
    expect(twins.map((file) => path.basename(file, '.md'))).toEqual([
      'cancellation-and-save-offers',
      'csat-follow-up',
      'escalation-tiers',
      'first-response-sla',
      'knowledge-base-workflow',
      'outage-communication',
      'refunds-and-credits',
      'ticket-intake',
      'vip-accounts',
      'voice-and-tone',
    ]);
    for (const file of twins) {
      const text = await read(file);
      expect(text, file).not.toMatch(/<\/?[A-Za-z][^>]*>/);
      expect(text, file).not.toMatch(/^(import|export) /m);
    }
    // Other SOPs may name a withheld one in their text; none of its own sections or links may appear.
    const llms = await read('llms.txt');
    const full = await read('llms-full.txt');
    const withheld = {
      'account-recovery': 'Account recovery and ownership transfer',
      'macro-management': 'Macro management',
      'legacy-phone-callback': 'Legacy phone callback',
      'chargeback-disputes': 'Chargebacks',
    };
    for (const [id, title] of Object.entries(withheld)) {
      expect(`${llms}${full}`, id).not.toContain(`/sops/${id}.md`);
      expect(llms, id).not.toContain(`[${title}`);
      expect(full, id).not.toMatch(new RegExp(`^## ${title}`, 'm'));
    }
  });

  it('validates every JSON document against /api/schema.json', async () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(await read('api/schema.json')));
    const documents = (await filesUnder('api')).filter((file) => file !== 'api/schema.json');
    expect(documents).toHaveLength(11);
    for (const file of documents) expect(validate(JSON.parse(await read(file))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  it('adds nothing to an SOP page but one <link rel="alternate" type="text/markdown"> to its twin', async () => {
    const pages = (await filesUnder('sops')).filter((file) => file.endsWith('index.html'));
    expect(pages).toHaveLength(13);
    for (const file of pages) {
      const html = await read(file);
      const document = parseHtml(html);
      const id = file.split('/')[1]!;
      const links = [...document.querySelectorAll('link[type="text/markdown"]')];
      const hasTwin = await read(`sops/${id}.md`).then(
        () => true,
        () => false,
      );
      expect(
        links.map((link) => [link.getAttribute('rel'), link.getAttribute('href'), link.parentElement?.tagName]),
        file,
      ).toEqual(hasTwin ? [['alternate', `/sops/${id}.md`, 'HEAD']] : []);
      // No other trace of the AI outputs: no links to them, no policy text, no JSON.
      expect(html.replace(/<link rel="alternate" type="text\/markdown" href="[^"]*">/, ''), file).not.toMatch(
        /\.md"|\/api\/|llms|whenToUse|AI use/,
      );
    }
  });
});
