// Marks an SOP's checkable steps in its rendered body (`data-step` on each top-level step, `data-steps` on
// their list) and puts the run bar before the first list. Without script nothing of this shows: the run bar
// carries `needs-script`, which the page's <noscript> stylesheet hides, and data attributes change nothing.
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { ChecklistStep } from '../core/checklist/steps.ts';

/** The hast pass for `renderBody`'s `transform` option. */
export function markChecklist(steps: readonly ChecklistStep[]): (tree: HastRoot) => void {
  const byOffset = new Map<number, ChecklistStep>();
  for (const step of steps) if (step.item.position?.start.offset !== undefined) byOffset.set(step.item.position.start.offset, step);
  return (tree) => {
    if (byOffset.size === 0) return;
    let barPlaced = false;
    const visit = (parent: HastRoot | Element) => {
      parent.children.forEach((child, index) => {
        if (child.type !== 'element') return;
        if (child.tagName === 'ol' && markList(child, byOffset) && !barPlaced) {
          barPlaced = true;
          parent.children.splice(index, 0, runBar());
          return;
        }
        visit(child);
      });
    };
    visit(tree);
  };
}

function markList(list: Element, byOffset: ReadonlyMap<number, ChecklistStep>): boolean {
  let marked = false;
  for (const item of list.children) {
    if (item.type !== 'element' || item.tagName !== 'li') continue;
    const step = item.position?.start.offset === undefined ? undefined : byOffset.get(item.position.start.offset);
    if (!step) continue;
    item.properties.dataStep = step.id;
    item.properties.dataStepNumber = String(step.number);
    marked = true;
  }
  if (marked) list.properties.dataSteps = '';
  return marked;
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/** Buttons for the run; the browser script wires them. Space is held from the first paint, so nothing moves. */
function runBar(): Element {
  return element('div', { className: ['run-bar', 'needs-script'], dataRunBar: '', dataPagefindIgnore: 'all' }, [
    element('span', { className: ['run-progress'], dataRunProgress: '' }, [text('Checklist: tick steps as you go')]),
    element('button', { type: 'button', dataRunCopy: '' }, [text('Copy run log')]),
    element('button', { type: 'button', dataRunReset: '' }, [text('Reset')]),
    element('span', { className: ['run-status'], dataRunStatus: '', role: 'status', ariaLive: 'polite' }),
    element('textarea', { className: ['run-source'], dataRunSource: '', hidden: true, readOnly: true, ariaLabel: 'Run log' }),
  ]);
}
