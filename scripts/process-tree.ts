// For `npm run bench`: runs a command and follows its whole process tree through /proc (children such
// as Pagefind's binary and Chromium included, which a wrapper timing only the direct child misses):
// peak resident memory of the tree, CPU time of every process seen, wall time.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeRun {
  code: number | null;
  wallMs: number;
  /** User + system CPU of the whole tree: what this process's `cutime` + `cstime` grew by (each process waits for its own children). */
  cpuMs: number;
  /**
   * Largest sum of memory over the tree at one sample: proportional set size (shared pages split among the processes sharing them, as
   * Chromium's do), else resident size.
   */
  peakRssBytes: number;
  stdout: string;
  stderr: string;
}

const ticksPerSecond = 100;
const pageSize = 4096;

interface ProcessSample {
  parent: number;
  /** User + system CPU of the process itself, and of its children it has waited for. */
  ownTicks: number;
  childTicks: number;
  /** When the process started, in ticks since boot: with the pid, names one process even if its pid is reused. */
  startTicks: number;
  rssPages: number;
}

function readProcess(pid: number): ProcessSample | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields start after the last `)`.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      parent: Number(fields[1]),
      ownTicks: Number(fields[11]) + Number(fields[12]),
      childTicks: Number(fields[13]) + Number(fields[14]),
      startTicks: Number(fields[19]),
      rssPages: Number(fields[21]),
    };
  } catch {
    return undefined;
  }
}

/** `Pss` from /proc/PID/smaps_rollup, in bytes; undefined when it cannot be read. */
function proportionalBytes(pid: number): number | undefined {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reading a process's proportional size walks its whole memory map: every 100 ms over a build's tree (Chromium's
 * processes included) it cost about 30 % of one of the two cores, slowing what it measured. Memory is therefore
 * sampled every 500 ms by default, where a figure is about time; a figure about the peak asks for more.
 */
const defaultMemoryIntervalMs = 500;

/** Runs `command` with `args`, sampling its process tree every `intervalMs`, its memory every `memoryIntervalMs` at most. */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; intervalMs?: number; memoryIntervalMs?: number } = {},
): Promise<TreeRun> {
  const memoryIntervalMs = options.memoryIntervalMs ?? defaultMemoryIntervalMs;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const childTicksBefore = readProcess(process.pid)?.childTicks ?? 0;
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let peakRssBytes = 0;
    // Chromium's renderers are children of its zygote, which nobody waits for on exit: their CPU never reaches
    // this process's `cutime`, so each process's own CPU is also followed while it runs.
    const ownTicksSeen = new Map<string, number>();
    let memorySampledAt = -Infinity;
    const sample = () => {
      if (child.pid === undefined) return;
      const samples = new Map<number, ProcessSample>();
      for (const name of readdirSync('/proc')) {
        const pid = Number(name);
        if (!Number.isInteger(pid)) continue;
        const entry = readProcess(pid);
        if (entry) samples.set(pid, entry);
      }
      const inTree = new Set<number>([child.pid]);
      // Parents come before children often but not always: repeat until nothing joins.
      let grew = true;
      while (grew) {
        grew = false;
        for (const [pid, entry] of samples) {
          if (!inTree.has(pid) && inTree.has(entry.parent)) {
            inTree.add(pid);
            grew = true;
          }
        }
      }
      const now = performance.now();
      const sampleMemory = now - memorySampledAt >= memoryIntervalMs;
      if (sampleMemory) memorySampledAt = now;
      let rss = 0;
      for (const pid of inTree) {
        const entry = samples.get(pid);
        if (!entry) continue;
        ownTicksSeen.set(`${pid}:${entry.startTicks}`, entry.ownTicks);
        if (sampleMemory) rss += proportionalBytes(pid) ?? entry.rssPages * pageSize;
      }
      peakRssBytes = Math.max(peakRssBytes, rss);
    };
    const timer = setInterval(sample, options.intervalMs ?? 100);
    sample();
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const waitedFor = (readProcess(process.pid)?.childTicks ?? 0) - childTicksBefore;
      // Both undercount (the last sample misses a process's final moments; `cutime` misses orphans): take the larger.
      const ticks = Math.max(
        waitedFor,
        [...ownTicksSeen.values()].reduce((sum, each) => sum + each, 0),
      );
      resolve({ code, wallMs: performance.now() - started, cpuMs: (ticks * 1000) / ticksPerSecond, peakRssBytes, stdout, stderr });
    });
  });
}
