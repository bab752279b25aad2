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

/** Sums RSS and PSS over `root` (default: this process) and every descendant. */
export function treeMemory(root = process.pid): TreeMemory {
  const kids = children();
  const pids: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
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

/** Samples treeMemory every `everyMs` until stopped; returns the peaks. */
export function sampleTreeMemory(everyMs = 250): { stop(): { peakRss: number; peakPss: number; peakNodeRss: number } } {
  let peakRss = 0;
  let peakPss = 0;
  let peakNodeRss = 0;
  const take = () => {
    const m = treeMemory();
    peakRss = Math.max(peakRss, m.rssBytes);
    peakPss = Math.max(peakPss, m.pssBytes);
    peakNodeRss = Math.max(peakNodeRss, process.memoryUsage().rss);
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return { peakRss, peakPss, peakNodeRss };
    },
  };
}
