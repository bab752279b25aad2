/**
 * Memory of this process and all its descendants (Chromium's browser, renderer, GPU and utility
 * processes), read from /proc. RSS counts shared pages once per process and so overstates a
 * multi-process browser; PSS splits shared pages fairly and is the honest total.
 */
import fs from "node:fs";

export type TreeMemory = { processes: number; rssBytes: number; pssBytes: number };

function children(): Map<number, number[]> {
  const kids = new Map<number, number[]>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name may hold spaces and parentheses; fields resume after the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = kids.get(ppid) ?? [];
      list.push(Number(name));
      kids.set(ppid, list);
    } catch {
      /* the process ended meanwhile */
    }
  }
  return kids;
}

function kb(text: string, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text);
  return m ? Number(m[1]) * 1024 : 0;
}

/** Sums RSS and PSS over `root` (default: this process) and every descendant, minus `exclude` subtrees. */
export function treeMemory(root = process.pid, exclude: number[] = []): TreeMemory {
  const kids = children();
  const pids: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (exclude.includes(pid)) continue;
    pids.push(pid);
    stack.push(...(kids.get(pid) ?? []));
  }
  let rss = 0;
  let pss = 0;
  for (const pid of pids) {
    try {
      rss += kb(fs.readFileSync(`/proc/${pid}/status`, "utf8"), "VmRSS");
      pss += kb(fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"), "Pss");
    } catch {
      /* ended meanwhile */
    }
  }
  return { processes: pids.length, rssBytes: rss, pssBytes: pss };
}

/** Descendant processes of this one whose command line matches `pattern` (e.g. Chromium). */
export function descendantPids(pattern: RegExp, root = process.pid): number[] {
  const kids = children();
  const out: number[] = [];
  const stack = [...(kids.get(root) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
      if (pattern.test(cmd)) out.push(pid);
    } catch {
      continue;
    }
    stack.push(...(kids.get(pid) ?? []));
  }
  return out;
}

/** Direct children of this process whose command line matches `pattern` (Chromium's browser process). */
export function childPids(pattern: RegExp, root = process.pid): number[] {
  return (children().get(root) ?? []).filter((pid) => {
    try {
      return pattern.test(fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " "));
    } catch {
      return false;
    }
  });
}

/** Reading PSS walks a process's page tables (Chromium reserves terabytes): take it at most this often. */
const PSS_MIN_INTERVAL_MS = 1_000;

/** RSS only (cheap counters from /proc/PID/status). */
function treeRss(root: number, exclude: number[]): number {
  const kids = children();
  let rss = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (exclude.includes(pid)) continue;
    try {
      rss += kb(fs.readFileSync(`/proc/${pid}/status`, "utf8"), "VmRSS");
    } catch {
      continue;
    }
    stack.push(...(kids.get(pid) ?? []));
  }
  return rss;
}

/**
 * Samples the tree's memory every `everyMs` until stopped; returns the peaks. RSS is read at
 * every tick; PSS (costly to read) when RSS is near its peak, at most once a second, so the
 * sampler does not itself load the machine it measures.
 */
export function sampleTreeMemory(everyMs = 250, exclude: number[] = []): { stop(): { peakRss: number; peakPss: number; peakNodeRss: number } } {
  let peakRss = 0;
  let peakPss = 0;
  let peakNodeRss = 0;
  let lastPss = 0;
  const take = (force: boolean) => {
    const rss = treeRss(process.pid, exclude);
    const nearPeak = rss >= peakRss * 0.97;
    peakRss = Math.max(peakRss, rss);
    peakNodeRss = Math.max(peakNodeRss, process.memoryUsage().rss);
    if (force || (nearPeak && Date.now() - lastPss >= PSS_MIN_INTERVAL_MS)) {
      lastPss = Date.now();
      peakPss = Math.max(peakPss, treeMemory(process.pid, exclude).pssBytes);
    }
  };
  take(true);
  const timer = setInterval(() => take(false), everyMs);
  return {
    stop() {
      clearInterval(timer);
      take(true);
      return { peakRss, peakPss, peakNodeRss };
    },
  };
}

/**
 * CPU seconds used by this process and by its children that have exited and been reaped
 * (utime+stime+cutime+cstime). Around a run that starts and closes its own Chromium, the
 * difference is the whole tree's CPU: steadier than wall time on a shared machine.
 */
export function cpuSeconds(): number {
  const stat = fs.readFileSync("/proc/self/stat", "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields 14-17 of stat (utime, stime, cutime, cstime) are 11-14 after the command name.
  const ticks = Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
  return ticks / CLOCK_TICKS_PER_SECOND;
}

/** USER_HZ on Linux (sysconf(_SC_CLK_TCK)); 100 on every mainstream kernel configuration. */
const CLOCK_TICKS_PER_SECOND = 100;
