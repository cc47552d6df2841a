// An escalation path as Mermaid flowchart source: one node per tier (the tier in bold, owner, contact,
// what it handles, time box), one edge per hand-off labelled with what triggers it. Deterministic ids (`s0`,
// `s1` …) and no SOP-specific names, so SOPs that share a path share one diagram.
import { describeDuration } from '../../../schemas/duration.ts';
import type { Sla } from '../../../schemas/index.ts';
import { mermaidLabel } from './escape-label.ts';
import type { EscalationStepView } from './path.ts';

export interface FlowchartOptions {
  /** Service levels shown on the first node: the first response each priority is owed. */
  sla?: readonly Sla[];
}

/** Flowchart source (`flowchart TD`), or undefined for an SOP without an escalation path. */
export function escalationFlowchart(path: readonly EscalationStepView[], options: FlowchartOptions = {}): string | undefined {
  if (path.length === 0) return undefined;
  // Dagre draws a chain of boxes as well as Mermaid 12's default (ELK) does, in about two thirds of the time.
  const lines = ['---', 'config:', '  layout: dagre', '---', 'flowchart TD'];
  path.forEach((step, index) => {
    const label = mermaidLabel(
      [
        step.tierName,
        step.ownerName,
        step.contact ?? '',
        step.handles ? `Handles: ${step.handles}` : '',
        step.withinText ? `Within ${step.withinText}` : '',
        index === 0 ? firstResponseLine(options.sla) : '',
        // The last step's `when` has no edge to sit on.
        index === path.length - 1 && step.when ? `Escalate when: ${step.when}` : '',
      ],
      { heading: true },
    );
    lines.push(`  s${index}[${label}]`);
  });
  path.slice(1).forEach((_, index) => {
    const when = path[index]?.when;
    lines.push(when ? `  s${index} -->|${mermaidLabel([when])}| s${index + 1}` : `  s${index} --> s${index + 1}`);
  });
  return `${lines.join('\n')}\n`;
}

function firstResponseLine(sla: readonly Sla[] | undefined): string {
  if (!sla || sla.length === 0) return '';
  return `First response: ${sla.map((line) => `${line.priority} ${describeDuration(line.firstResponse)}`).join(', ')}`;
}
