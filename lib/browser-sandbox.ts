/**
 * How the crawler's Chromium is sandboxed. It renders hostile pages in the process tree that
 * holds the database and the auth secret, so its own sandbox must be on. Chromium refuses its
 * sandbox as root; then a small launcher starts it as the unprivileged `nobody` with a clean
 * environment. The sandbox needs unprivileged user namespaces: where the kernel (or AppArmor)
 * refuses them, say so once in the log and fall back to --no-sandbox, the only case it is used.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** `nobody`: owns no files and no process of the app, the classic unprivileged identity. */
export const BROWSER_UID = 65534;
export const BROWSER_GID = 65534;

export type SandboxPlan =
  | { kind: "sandbox" }
  | { kind: "unprivileged"; launcher: string }
  | { kind: "no-sandbox"; reason: string };

/**
 * The launcher: Playwright passes Chromium's flags to it; it hands Playwright's temporary profile
 * folder to `nobody` and execs (no extra process, so killing Chromium's pid still kills it) the
 * real browser as `nobody`, with only the environment a browser needs (no secrets).
 */
const LAUNCHER = `#!/bin/sh
set -e
for arg in "$@"; do
  case "$arg" in --user-data-dir=*) chown -R ${BROWSER_UID}:${BROWSER_GID} "\${arg#--user-data-dir=}" ;; esac
done
exec setpriv --reuid=${BROWSER_UID} --regid=${BROWSER_GID} --clear-groups \\
  env -i PATH="$PATH" HOME=/tmp LANG="\${LANG:-C.UTF-8}" "$PATUH_CHROMIUM" "$@"
`;

let cached: SandboxPlan | undefined;

/** Decided once per process; logs once when the sandbox has to stay off. */
export function sandboxPlan(): SandboxPlan {
  if (cached) return cached;
  cached = decide();
  if (cached.kind === "no-sandbox") console.warn(`[browser] Chromium berjalan tanpa sandbox: ${cached.reason}`);
  return cached;
}

function decide(): SandboxPlan {
  const root = process.getuid?.() === 0;
  if (!root) {
    return userNamespaces([]) ? { kind: "sandbox" } : { kind: "no-sandbox", reason: "kernel ini tidak mengizinkan user namespace tanpa hak root." };
  }
  const drop = ["setpriv", `--reuid=${BROWSER_UID}`, `--regid=${BROWSER_GID}`, "--clear-groups"];
  if (!userNamespaces(drop)) {
    return { kind: "no-sandbox", reason: "aplikasi berjalan sebagai root dan kernel tidak mengizinkan user namespace bagi pengguna biasa (atau setpriv tidak ada)." };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "patuh-browser-"));
  const launcher = path.join(dir, "chromium-unprivileged.sh");
  fs.writeFileSync(launcher, LAUNCHER, { mode: 0o755 });
  fs.chmodSync(dir, 0o755);
  return { kind: "unprivileged", launcher };
}

/** Whether `unshare --user` works (after `prefix`, e.g. dropping to nobody). */
function userNamespaces(prefix: string[]): boolean {
  const [cmd, ...args] = [...prefix, "unshare", "--user", "true"];
  const r = spawnSync(cmd, args, { stdio: "ignore", timeout: 5_000 });
  return r.status === 0;
}
