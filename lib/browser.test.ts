import { afterEach, describe, expect, it } from "vitest";
import { chromiumPath } from "./browser";

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
});

describe("finding Chromium", () => {
  it("names the install command when the configured browser is missing", () => {
    process.env.CHROMIUM_PATH = "/tidak/ada/chromium";
    expect(() => chromiumPath()).toThrow(/apt-get install -y chromium/);
  });

  it("finds the system Chromium this machine has", () => {
    delete process.env.CHROMIUM_PATH;
    expect(chromiumPath()).toMatch(/chrom/i);
  });
});
