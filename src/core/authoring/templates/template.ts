// The shape of an SOP template: what a support lead would start a procedure of one kind from.

interface EscalationStepTemplate {
  /** What this tier resolves on its own. */
  handles: string;
  /** What sends the case on to the next tier; dropped on the last tier actually rendered. */
  when: string;
  /** Time box at this tier, as an SLA duration (`4h`, `1d`). */
  within: string;
}

interface SlaTemplate {
  priority: string;
  firstResponse: string;
  update?: string;
  resolve?: string;
}

interface EdgeCaseTemplate {
  situation: string;
  action: string;
}

export interface SopTemplate {
  kind: string;
  /** One line on what the kind is for, shown in `sop new --help`. */
  description: string;
  /** Category ids or words to look for in playbook.yaml, best first. */
  categoryHints: readonly string[];
  /** Tags added when the chosen category lists them. */
  tags: readonly string[];
  /** Channels added when playbook.yaml lists them. */
  channels: readonly string[];
  summary: string;
  appliesTo: string;
  excludes: string;
  sla: readonly SlaTemplate[];
  /** Step `n` goes to the playbook's `n`th tier, lowest first; paths shorten when there are fewer tiers. */
  escalation: readonly EscalationStepTemplate[];
  /** Guidance comments shown above each section. */
  guidance: { intro: string; steps: string; edgeCases: string; commonMistakes: string; escalation: string };
  steps: readonly string[];
  edgeCases: readonly EdgeCaseTemplate[];
  commonMistakes: readonly string[];
  escalationNotes: string;
  /** What a rep must not miss, shown as a `<Callout>` above the steps. */
  callout?: { kind: 'note' | 'tip' | 'warning' | 'danger'; title: string; text: string };
  /** A step that differs by channel, as `<Tabs>` under step `after`; only the playbook's channels are written. */
  channelStep?: { after: number; intro: string; byChannel: Readonly<Record<string, string>> };
}
