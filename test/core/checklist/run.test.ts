import { describe, expect, it } from 'vitest';
import { carryRun, decodeRun, encodeRun, localTime, runLog } from '../../../src/core/checklist/run.ts';

describe('a checklist run', () => {
  const state = { version: '4.2.0', started: 1_764_583_200_000, done: ['s1abc', 'confirm-order'] };

  it('round-trips through a URL fragment', () => {
    expect(encodeRun(state)).toBe('run=1&v=4.2.0&at=1764583200000&done=s1abc,confirm-order');
    expect(decodeRun(`#${encodeRun(state)}`)).toEqual(state);
  });

  it('ignores fragments that hold no run or a damaged one', () => {
    expect(decodeRun('#steps')).toBeUndefined();
    expect(decodeRun('run=1&v=1.0.0&at=soon')).toBeUndefined();
    expect(decodeRun('run=1&at=5')).toBeUndefined();
    expect(decodeRun('run=1&v=1.0.0&at=5&done=ok,<script>')).toEqual({ version: '1.0.0', started: 5, done: ['ok'] });
  });

  it('keeps the ticks that still match when the SOP changed, and says so', () => {
    expect(carryRun(state, '4.2.0', ['s1abc', 'confirm-order', 'x'])).toEqual({ state });
    expect(carryRun(state, '5.0.0', ['confirm-order', 'snew'])).toEqual({
      state: { ...state, done: ['confirm-order'] },
      changed: { from: '4.2.0', to: '5.0.0', dropped: 1 },
    });
  });

  it('writes a plain-text run log', () => {
    const log = runLog({
      title: 'Refunds',
      version: '5.0.0',
      link: 'https://help.example.com/sops/refunds/#run=1',
      steps: [
        { number: 1, text: 'Confirm the order.', done: true },
        { number: 2, text: 'Grant the refund.', done: false },
      ],
      started: '2026-12-01 10:00 (Europe/Berlin)',
      copied: '2026-12-01 10:05 (Europe/Berlin)',
      startedOn: '4.2.0',
    });
    expect(log).toBe(
      'SOP run: Refunds (version 5.0.0)\nhttps://help.example.com/sops/refunds/#run=1\n' +
        'Started: 2026-12-01 10:00 (Europe/Berlin) on version 4.2.0\nCopied: 2026-12-01 10:05 (Europe/Berlin)\n\n' +
        '[x] 1. Confirm the order.\n[ ] 2. Grant the refund.\n\n1 of 2 steps done',
    );
  });

  it('formats a local time with its zone name', () => {
    expect(localTime(new Date(2026, 11, 1, 9, 5), 'Europe/Berlin')).toBe('2026-12-01 09:05 (Europe/Berlin)');
  });
});
