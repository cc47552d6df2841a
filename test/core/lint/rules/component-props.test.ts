import { componentProps } from '../../../../src/core/lint/rules/component-props.ts';
import { sopText } from '../../../helpers/playbook.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const file = 'content/sops/refunds.mdx';
/** The body starts on line 13, after the frontmatter (11 lines with its fences) and a blank line. */
const withBody = (lines: string) => ({
  [file]: sopText({ body: `${lines}\n\n## Steps\n\n1. Grant the refund.\n\n## Edge cases\n\n- **Expired card**: credit.\n` }),
});

testRule(componentProps, {
  valid: [
    {
      name: 'every component with the props it needs',
      files: withBody(
        [
          '<Callout kind="warning" title="Cancel first">Cancel before you refund.</Callout>',
          '',
          '<Screenshot src="../assets/refund.png" alt="The refund dialog" caption="Stripe" highlight="10,20,30,15" />',
          '',
          '<Macro id="refund-approved" />',
          '',
          '<Tabs>',
          '  <Tab channel="email">By email.</Tab>',
          '  <Tab channel="chat">In chat.</Tab>',
          '</Tabs>',
          '',
          '<Video src="../assets/refund.webm" title="Issuing a refund" captions="../assets/refund.vtt" />',
        ].join('\n'),
      ),
    },
    { name: 'lowercase HTML, which another rule handles', files: withBody('<div class="x">Text</div>') },
    {
      name: 'a plain Markdown SOP that mentions <Callout> in text',
      files: { 'content/sops/refunds.md': sopText({ body: '## Steps\n\n1. Use <Callout>.\n\n## Edge cases\n\n- **A**: b.\n' }) },
    },
  ],
  invalid: [
    {
      name: 'an unknown component, with the name it probably meant',
      files: withBody('<Calout kind="note">Text</Calout>'),
      findings: [{ file, line: 13, column: 1, message: 'unknown component `<Calout>`; did you mean `Callout`? Use one of' }],
    },
    {
      name: 'an unknown component with no near name',
      files: withBody('<Accordion>Text</Accordion>'),
      findings: [{ file, line: 13, column: 1, message: 'unknown component `<Accordion>`; use one of `<Callout>`' }],
    },
    {
      name: 'a screenshot without alt, at its tag',
      files: withBody('Intro.\n\n<Screenshot src="../assets/a.png" />'),
      findings: [{ file, line: 15, column: 1, message: '`<Screenshot>` needs `alt`' }],
    },
    {
      name: 'an unknown prop, at the prop',
      files: withBody('<Callout kind="tip" titel="Hi">Text</Callout>'),
      findings: [{ file, line: 13, column: 21, message: '`<Callout>` has no prop `titel`; did you mean `title`?' }],
    },
    {
      name: 'a callout kind outside the list, at the prop',
      files: withBody('<Callout  kind="info">Text</Callout>'),
      findings: [{ file, line: 13, column: 11, message: '`kind="info"` on `<Callout>` must be one of `note`, `tip`, `warning`, `danger`' }],
    },
    {
      name: 'a prop written as an expression',
      files: withBody('<Macro id={"refund-approved"} />'),
      findings: [{ file, line: 13, column: 8, message: 'prop `id` of `<Macro>` is an expression' }],
    },
    {
      name: 'a web address as a screenshot',
      files: withBody('<Screenshot src="https://example.com/a.png" alt="A" />'),
      findings: [{ file, line: 13, column: 13, message: 'not a web address' }],
    },
    {
      name: 'a highlight box outside the image',
      files: withBody('<Screenshot src="../assets/a.png" alt="A" highlight="80,10,30,10" />'),
      findings: [{ file, line: 13, column: 43, message: 'must be a box inside the image' }],
    },
    {
      name: 'a highlight that is not four numbers, without the rule failing',
      files: withBody('<Screenshot src="../assets/a.png" alt="A" highlight="1,2,3" />'),
      findings: [{ file, line: 13, column: 43, message: 'must be `x,y,width,height` in percent of the image' }],
    },
    {
      name: 'a screenshot or captions file outside the assets folder, at the prop',
      files: withBody(
        '<Screenshot src="./images/a.png" alt="A" />\n\n<Video src="/videos/a.webm" title="T" captions="../../notes/a.vtt" />',
      ),
      findings: [
        { file, line: 13, column: 13, message: '`src="./images/a.png"` on `<Screenshot>` is not in the assets folder' },
        { file, line: 15, column: 39, message: '`captions="../../notes/a.vtt"` on `<Video>` is not in the assets folder' },
      ],
    },
    {
      name: 'a video without a title',
      files: withBody('<Video src="../assets/a.webm" />'),
      findings: [{ file, line: 13, column: 1, message: '`<Video>` needs `title`' }],
    },
    {
      name: 'a tab outside tabs',
      files: withBody('<Tab channel="email">Text</Tab>'),
      findings: [{ file, line: 13, column: 1, message: '`<Tab>` must sit directly inside `<Tabs>`' }],
    },
    {
      name: 'tabs holding other content and a channel twice',
      files: withBody('<Tabs>\n\n  <Tab channel="email">A</Tab>\n\n  Loose text.\n\n  <Tab channel="email">B</Tab>\n\n</Tabs>'),
      findings: [
        { file, line: 17, column: 3, message: '`<Tabs>` holds only `<Tab channel="…">` elements' },
        { file, line: 19, column: 3, message: 'two tabs for channel `email`' },
      ],
    },
  ],
});
