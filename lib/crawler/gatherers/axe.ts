/**
 * Gatherer: accessibility findings from axe-core (WCAG 2.x A/AA rules), run on the home page
 * and a few key pages. axe is injected from node_modules; nothing is fetched.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Page } from "playwright";
import type { AxeArtifact } from "@/lib/artifacts/types";
import { arr, num, obj, str } from "./dom";

let axeSource: string | null = null;

function loadAxe(): string {
  if (axeSource) return axeSource;
  let file: string;
  try {
    file = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
  } catch {
    // Bundled (Next) builds may not resolve packages the Node way; the working directory does.
    file = path.join(process.cwd(), "node_modules", "axe-core", "axe.min.js");
  }
  // Read at run time from node_modules; not something for the build to trace.
  axeSource = fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8");
  return axeSource;
}

const RUN = String.raw`async () => {
  const r = await window.axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    resultTypes: ["violations"],
  });
  return r.violations.map((v) => ({ id: v.id, impact: v.impact || null, help: v.help, nodes: v.nodes.length }));
}`;

const MAX_VIOLATIONS = 100;

export async function gatherAxe(page: Page): Promise<AxeArtifact> {
  await page.evaluate(loadAxe());
  const raw = arr(await page.evaluate(`(${RUN})()`), MAX_VIOLATIONS).map(obj);
  return {
    violations: raw.map((v) => ({
      id: str(v.id, 100),
      impact: typeof v.impact === "string" ? v.impact.slice(0, 20) : null,
      help: str(v.help, 300),
      nodes: Math.max(0, Math.round(num(v.nodes))),
    })),
  };
}
