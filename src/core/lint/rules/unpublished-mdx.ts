// unpublished-mdx: what an SOP holds that the site will not publish as written (HTML elements, MDX code, expressions, script links).
import type { Nodes } from 'mdast';
import type { ContentDocument } from '../../model.ts';
import { defineRule, type Finding } from '../rule.ts';
import { componentNames, isComponentName as isSiteComponent } from '../../../../schemas/components.ts';

type MdxAttribute = { type: string; name?: string; position?: Nodes['position'] };
type MdxElement = {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: MdxAttribute[];
  children: Nodes[];
  position?: Nodes['position'];
};

/** What to write instead of an HTML element, by tag; elements not listed get the general advice. */
const insteadOf: Record<string, string> = {
  img: 'write the image in Markdown, `![what it shows](images/file.png)`',
  a: 'write the link in Markdown, `[text](address)`',
  iframe: 'link to the page instead, `[title](address)`',
  video: 'link to the video instead, `[title](address)`',
  audio: 'link to the recording instead, `[title](address)`',
  embed: 'link to it instead, `[title](address)`',
  object: 'link to it instead, `[title](address)`',
  script: 'no code runs on the playbook site; remove it',
  style: 'the site has one style for every SOP; remove it',
  form: 'the site has no forms; link to the form instead, `[title](address)`',
  input: 'the site has no forms; link to the form instead, `[title](address)`',
  button: 'the site has no forms; link to the form instead, `[title](address)`',
  br: 'end the line with a backslash `\\` for a line break',
  b: 'write `**bold**`',
  strong: 'write `**bold**`',
  i: 'write `*italic*`',
  em: 'write `*italic*`',
  code: 'write `` `code` `` in backticks',
  pre: 'write a fenced code block (```)',
  table: 'write a Markdown table (`| a | b |`)',
  ul: 'write a Markdown list (`- item`)',
  ol: 'write a numbered Markdown list (`1. item`)',
  li: 'write a Markdown list item (`- item`)',
  h1: 'write a Markdown heading (`## Heading`)',
  h2: 'write a Markdown heading (`## Heading`)',
  h3: 'write a Markdown heading (`### Heading`)',
  hr: 'write `---` on a line of its own',
};
const generalAdvice = 'write it in Markdown instead';
/** Elements without content: nothing of them is left on the page. */
const voidElements = new Set([
  'img',
  'iframe',
  'video',
  'audio',
  'embed',
  'object',
  'script',
  'style',
  'br',
  'hr',
  'input',
  'source',
  'track',
  'link',
  'meta',
]);
const scriptAddress = /^\s*(javascript|vbscript|data):/i;
/**
 * Whatever this rule reports starts with one of these in the text: a tag, an expression, a character
 * reference (which may spell a script address), a script address, or ESM. A body without any is not
 * parsed for it.
 */
const mayHoldUnpublished = /[<{&]|(?:javascript|vbscript|data):|\b(?:import|export)\b/i;

const isComponentName = (name: string) => /^[A-Z]/.test(name);

/** Expressions that hold only a comment, such as `{/* sop-lint-disable-next-line … *\/}`, are authors' notes. */
function isCommentOnly(value: string): boolean {
  const stripped = value.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  return stripped.trim() === '' && value.trim() !== '';
}

function elementFinding(document: ContentDocument<unknown>, element: MdxElement): Finding[] {
  const name = element.name!;
  const findings: Finding[] = [];
  const start = element.position?.start;
  if (start) {
    const fate = voidElements.has(name) ? 'is left out of the page' : 'is left out of the page (only the text inside it is kept)';
    findings.push({
      file: document.file.path,
      line: start.line,
      column: start.column,
      message: `the HTML element \`<${name}>\` ${fate}; ${insteadOf[name] ?? generalAdvice}`,
    });
  }
  for (const attribute of element.attributes) {
    if (attribute.name !== 'dangerouslySetInnerHTML' || !attribute.position) continue;
    findings.push({
      file: document.file.path,
      line: attribute.position.start.line,
      column: attribute.position.start.column,
      message: '`dangerouslySetInnerHTML` is never published, as no author code or HTML runs on the site; write the content as Markdown',
    });
  }
  return findings;
}

function rawHtmlFinding(document: ContentDocument<unknown>, node: Extract<Nodes, { type: 'html' }>): Finding | undefined {
  if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value) || !node.position) return undefined;
  // Opening tags only: `<b>bold</b>` is one finding, not two.
  const name = /^\s*<([A-Za-z][\w.-]*)/.exec(node.value)?.[1];
  if (name === undefined) return undefined;
  // A component in a `.md` SOP (only `.mdx` is read as MDX), such as `<Tabs>` kept from a docs site.
  if (isComponentName(name)) {
    return {
      file: document.file.path,
      line: node.position.start.line,
      column: node.position.start.column,
      message:
        `\`<${name}>\` is shown as text on the page: components work only in \`.mdx\` SOPs` +
        (isSiteComponent(name)
          ? '; rename the file to `.mdx`'
          : `, and the site has no \`<${name}>\` (it has ${componentNames.map((component) => `\`<${component}>\``).join(', ')})`),
    };
  }
  const tag = name.toLowerCase();
  return {
    file: document.file.path,
    line: node.position.start.line,
    column: node.position.start.column,
    message: `raw HTML \`<${tag}>\` is shown as text on the page, not as HTML; ${insteadOf[tag] ?? generalAdvice}`,
  };
}

function check(document: ContentDocument<unknown>, report: (finding: Finding) => void): void {
  const file = document.file.path;
  const visit = (node: Nodes): void => {
    const type = node.type as string;
    const start = node.position?.start;
    if (type === 'mdxjsEsm' && start) {
      const keyword = /^\s*export\b/.test((node as { value: string }).value) ? 'export' : 'import';
      report({
        file,
        line: start.line,
        column: start.column,
        message:
          `\`${keyword}\` is not run: an SOP cannot load or define code, and the components it may use need no import; ` +
          `remove this line`,
      });
    } else if ((type === 'mdxFlowExpression' || type === 'mdxTextExpression') && start) {
      const value = (node as { value: string }).value;
      if (!isCommentOnly(value)) {
        report({
          file,
          line: start.line,
          column: start.column,
          message:
            `the expression \`{${value.length > 40 ? `${value.slice(0, 37)}…` : value}}\` is left out of the page, as ` +
            `expressions are not run; write the text itself, or \`\\{\` for a literal brace`,
        });
      }
    } else if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
      const element = node as unknown as MdxElement;
      if (element.name !== null && !isComponentName(element.name)) for (const finding of elementFinding(document, element)) report(finding);
    } else if (node.type === 'html') {
      const finding = rawHtmlFinding(document, node);
      if (finding) report(finding);
    } else if ((node.type === 'link' || node.type === 'definition') && scriptAddress.test(node.url) && start) {
      const scheme = scriptAddress.exec(node.url)![1]!.toLowerCase();
      report({
        file,
        line: start.line,
        column: start.column,
        message:
          `a \`${scheme}:\` link is published as a link to nowhere (\`#\`), as links may not run code or carry data; ` +
          `link to a page or a web address`,
      });
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(document.tree);
}

export const unpublishedMdx = defineRule({
  meta: {
    id: 'unpublished-mdx',
    defaultSeverity: 'warning',
    description: 'An SOP holds HTML, MDX code, an expression or a script link that the site leaves out or changes; write it in Markdown',
  },
  check({ playbook, report }) {
    for (const document of playbook.sops) {
      // A file that does not parse is mdx-syntax's; its fallback tree would put findings in the wrong places.
      if (!mayHoldUnpublished.test(document.body) || document.syntaxError) continue;
      check(document, report);
    }
  },
});
