/** Starts the fixtures in this folder as real Node processes (TypeScript through tsx). */
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";

export type Child = {
  proc: ChildProcess;
  /** Resolves when the child says it is ready. */
  ready: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
};

/** Starting tsx and opening the database takes seconds, and far longer when 2 cores are shared. */
const READY_TIMEOUT_MS = 60_000;

export function startChild(file: string, env: Record<string, string>): Child {
  const proc = fork(path.join(import.meta.dirname, file), [], {
    cwd: path.resolve(import.meta.dirname, "../../.."),
    execArgv: ["--import", "tsx"],
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  let err = "";
  proc.stderr?.on("data", (d) => (err += String(d)));
  proc.stdout?.on("data", (d) => (err += String(d)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${file} not ready in time:\n${err}`)), READY_TIMEOUT_MS);
    proc.on("message", (m) => {
      if (m === "ready") {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`${file} exited (${code ?? signal}) before ready:\n${err}`));
    });
  });
  ready.catch(() => {}); // observed by the test that awaits it
  return { proc, ready, exited, stderr: () => err };
}

/** Kills a child if still running and waits for it to go. */
export async function stopChild(c: Child, signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
  if (c.proc.exitCode === null && c.proc.signalCode === null) c.proc.kill(signal);
  await c.exited;
}

/** Polls `check` until it returns a value other than undefined/false, or throws after `timeoutMs`. */
export async function waitFor<T>(check: () => T | undefined | false, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
