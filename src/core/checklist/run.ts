// A checklist run as data: what the URL fragment and sessionStorage hold, how a run started on an older
// version of the SOP carries over, and the run log a rep pastes into the ticket. Shared with the browser.

export interface RunState {
  /** The SOP's version when the run started. */
  version: string;
  /** When the run started, milliseconds since 1970. */
  started: number;
  /** Ids of the ticked steps, in page order. */
  done: string[];
}

/** `run=1&v=5.0.1&at=<ms>&done=id,id`: the fragment of a run link (also what sessionStorage keeps). */
export function encodeRun(state: RunState): string {
  return `run=1&v=${encodeURIComponent(state.version)}&at=${state.started}&done=${state.done.join(',')}`;
}

/** The run in a fragment (with or without `#`), or undefined when it holds none or a damaged one. */
export function decodeRun(fragment: string): RunState | undefined {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const version = params.get('v');
  const started = Number(params.get('at'));
  if (params.get('run') !== '1' || !version || !Number.isSafeInteger(started) || started <= 0) return undefined;
  const done = (params.get('done') ?? '').split(',').filter((id) => /^[a-z0-9-]+$/.test(id));
  return { version, started, done };
}

export interface CarriedRun {
  state: RunState;
  /** Set when the SOP changed since the run started. */
  changed?: { from: string; to: string; dropped: number };
}

/** Keeps the ticks whose steps still exist; says so when the SOP's version moved on. */
export function carryRun(state: RunState, version: string, stepIds: readonly string[]): CarriedRun {
  const done = stepIds.filter((id) => state.done.includes(id));
  const carried = { state: { ...state, done } };
  if (state.version === version) return carried;
  return { ...carried, changed: { from: state.version, to: version, dropped: state.done.length - done.length } };
}

export interface RunLogInput {
  title: string;
  version: string;
  link: string;
  steps: ReadonlyArray<{ number: number; text: string; done: boolean }>;
  /** Already in the rep's time zone, e.g. `2026-12-01 10:05 (Europe/Berlin)`. */
  started: string;
  copied: string;
  /** The version the run started on, when it differs from `version`. */
  startedOn?: string;
}

/** Plain text that pastes cleanly as an internal note in Zendesk, Intercom or Front: no markup, no tabs. */
export function runLog(input: RunLogInput): string {
  const done = input.steps.filter((step) => step.done).length;
  return [
    `SOP run: ${input.title} (version ${input.version})`,
    input.link,
    `Started: ${input.started}${input.startedOn ? ` on version ${input.startedOn}` : ''}`,
    `Copied: ${input.copied}`,
    '',
    ...input.steps.map((step) => `[${step.done ? 'x' : ' '}] ${step.number}. ${step.text}`),
    '',
    `${done} of ${input.steps.length} steps done`,
  ].join('\n');
}

/** `2026-12-01 10:05 (Europe/Berlin)`: the local time of the environment it runs in, and that zone's name. */
export function localTime(instant: Date, timeZone: string): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())} ` +
    `${pad(instant.getHours())}:${pad(instant.getMinutes())} (${timeZone})`
  );
}
