// component-props: the components an SOP uses without import (`<Callout>`, `<Screenshot>`, `<Macro>`,
// `<Tabs>`/`<Tab>`, `<Video>`) exist and carry the props their schema asks for, at the prop's position.
import { componentProblems } from '../../components/check-props.ts';
import { mayHoldComponents } from '../../components/references.ts';
import { bodyStart } from '../locate.ts';
import { defineRule } from '../rule.ts';

export const componentProps = defineRule({
  meta: {
    id: 'component-props',
    defaultSeverity: 'error',
    description: 'Components in SOP bodies must be ones the site provides, with the props their schema requires and no others',
  },
  check({ playbook, report }) {
    for (const sop of playbook.sops) {
      if (sop.format !== 'mdx' || !mayHoldComponents(sop.body) || sop.syntaxError) continue;
      for (const problem of componentProblems(sop.tree, sop.file.path)) {
        report({ file: sop.file.path, ...(problem.range ?? bodyStart(sop)), message: problem.message });
      }
    }
  },
});
