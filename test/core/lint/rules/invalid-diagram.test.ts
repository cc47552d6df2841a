import { describe, expect, it } from 'vitest';
import type { DiagramValidator, DiagramVerdict } from '../../../../src/core/lint/rule.ts';
import { invalidDiagram, mermaidSays } from '../../../../src/core/lint/rules/invalid-diagram.ts';
import { diagramSources } from '../../../../src/core/markdown/mermaid-blocks.ts';
import { validateDiagrams } from '../../../../src/node/mermaid-validator.ts';
import { loadTestPlaybook, macroText, playbookFiles, sopText } from '../../../helpers/playbook.ts';
import { lintCase, testRule } from '../../../helpers/rule-tester.ts';

const file = 'content/sops/refunds.mdx';
const steps = '## Steps\n\n1. Confirm the order.\n\n## Edge cases\n\n- **Expired card**: refund as credit.\n\n';
// `sopText` bodies start on line 13 and `steps` takes 8 lines: a fence written next opens on line 21.
const fenceLine = 21;
const sopWith = (text: string) => ({ [file]: sopText({ body: `${steps}${text}\n` }) });

const good = 'flowchart TD\n  A --> B';
const bad = 'flowchart TD\n  A --> B\n  B -->';
const jisonError =
  "Parse error on line 3:\n...D  A --> B  B -->\n--------------------^\nExpecting 'AMP', 'COLON', 'PIPE', 'TESTSTR', 'DOWN', " +
  "'DEFAULT', 'NUM', got 'EOF'";

/** Verdicts as the Mermaid adapter hands them over: by source, prepared before the run. */
const validator =
  (verdicts: Record<string, DiagramVerdict>): DiagramValidator =>
  (source) =>
    verdicts[source];
const verdicts = validator({
  [good]: { valid: true },
  [bad]: { valid: false, message: jisonError, line: 3 },
  'pie\n  "Dogs" 3': {
    valid: false,
    message: "Parsing failed:  Parse error on line 2, column 10: Expecting token of type ':' but found `3`.",
    line: 2,
    column: 10,
  },
  nonsense: { valid: false, message: 'No diagram type detected matching given configuration for text: nonsense' },
  'flowchart TD\n  A -->': { valid: false, message: jisonError, line: 3 },
});

testRule(invalidDiagram, {
  valid: [
    { name: 'a diagram that parses', files: sopWith(`\`\`\`mermaid\n${good}\n\`\`\``), validateDiagram: verdicts },
    { name: 'a broken diagram when no validator ran', files: sopWith(`\`\`\`mermaid\n${bad}\n\`\`\``) },
    { name: 'other code blocks', files: sopWith('```js\nconst x = ;\n```'), validateDiagram: verdicts },
    { name: 'a diagram the validator was not given', files: sopWith('```mermaid\ngraph LR\n  X --> Y\n```'), validateDiagram: verdicts },
  ],
  invalid: [
    {
      name: 'a broken diagram at the line Mermaid blames, with its own words',
      files: sopWith(`\`\`\`mermaid\n${bad}\n\`\`\``),
      validateDiagram: verdicts,
      findings: [
        {
          file,
          line: fenceLine + 3,
          column: 3,
          message:
            "mermaid diagram does not parse: `Parse error on line 3: expecting 'AMP', 'COLON', 'PIPE', 'TESTSTR', 'DOWN' …, " +
            "got 'EOF'`; fix the diagram so the page can draw it",
        },
      ],
    },
    {
      name: 'an error past the last line, on the last line',
      files: sopWith('```mermaid\nflowchart TD\n  A -->\n```'),
      validateDiagram: verdicts,
      findings: [{ file, line: fenceLine + 2, column: 3, message: 'Parse error on line 3' }],
    },
    {
      name: 'an error with a column, at that column',
      files: sopWith('```mermaid\npie\n  "Dogs" 3\n```'),
      validateDiagram: verdicts,
      findings: [
        { file, line: fenceLine + 2, column: 10, message: "`Parse error on line 2, column 10: Expecting token of type ':' but found '3'`" },
      ],
    },
    {
      name: 'an unknown diagram type, at the fence',
      files: sopWith('Text first.\n\n```mermaid\nnonsense\n```'),
      validateDiagram: verdicts,
      findings: [{ file, line: fenceLine + 2, column: 1, message: 'No diagram type detected' }],
    },
    {
      name: 'a broken diagram inside a list item and one in a macro',
      files: {
        ...sopWith(`- Draw it:\n\n  \`\`\`mermaid\n  ${bad.replace(/\n/g, '\n  ')}\n  \`\`\``),
        'content/macros/flow.md': macroText({ body: `\`\`\`mermaid\n${bad}\n\`\`\`\n` }),
      },
      validateDiagram: verdicts,
      findings: [
        { file: 'content/macros/flow.md', line: 12, column: 3, message: 'Parse error on line 3' },
        { file, line: fenceLine + 5, column: 5, message: 'Parse error on line 3' },
      ],
    },
  ],
});

describe('mermaidSays', () => {
  it('keeps a short message as it is, without backticks or a trailing period', () => {
    expect(mermaidSays('Lexical error on line 2. Unrecognized text `x`.')).toBe("Lexical error on line 2. Unrecognized text 'x'");
  });
});

describe('invalid-diagram with Mermaid itself', () => {
  it('accepts valid diagrams and reports a broken one at its line', async () => {
    const files = playbookFiles({
      [file]: sopText({
        body: `${steps}\`\`\`mermaid\n${good}\n\`\`\`\n\n\`\`\`mermaid\nsequenceDiagram\n  Alice->>Bob: Hi\n  Bob-->>Alice Hi\n\`\`\`\n`,
      }),
    });
    const playbook = loadTestPlaybook(files);
    const validateDiagram = await validateDiagrams(diagramSources(playbook));
    const diagnostics = lintCase(invalidDiagram, { name: 'real', files, validateDiagram });
    expect(diagnostics.map(({ line, column, message }) => ({ line, column, message }))).toEqual([
      {
        line: fenceLine + 8,
        column: 3,
        message:
          "mermaid diagram does not parse: `Parse error on line 3: expecting 'TXT', got 'NEWLINE'`; fix the diagram so the " +
          'page can draw it',
      },
    ]);
  }, 60_000);
});
