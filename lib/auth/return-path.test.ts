/**
 * The `lanjut` return path after signing in (issue 16, finding 2): only a path on this site, so a
 * crafted link cannot send a user elsewhere after they sign in, and a bad one never breaks the page.
 */
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/opd/bapenda", "/opd/bapenda"],
    ["/rapat/3?tab=butir#x", "/rapat/3?tab=butir#x"],
    ["/ringkasan?cari=dinas%20sosial", "/ringkasan?cari=dinas%20sosial"],
  ])("keeps a same-site path %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    ["a tab between slashes", "/\t/example.com"],
    ["a newline", "/opd\n/x"],
    ["a carriage return", "/opd\r\nSet-Cookie: a=b"],
    ["a NUL", "/opd\0"],
    ["a DEL", "/opd\x7f"],
    ["a protocol-relative URL", "//example.com"],
    ["a backslash", "/\\example.com"],
    ["backslashes that browsers read as slashes", "\\\\example.com"],
    ["an absolute URL", "https://example.com/"],
    ["an absolute URL on this scheme", "http:/example.com"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path", "opd/bapenda"],
    ["an empty string", ""],
    ["the sign-in page itself", "/masuk?lanjut=/opd"],
    ["an API route", "/api/auth/sign-out"],
    ["a space before the slashes", " //example.com"],
    ["a path that normalises to another host", "/./\\/example.com"],
    ["an encoded slash pair that a later decode would open", "/%2F/example.com"],
  ])("refuses %s", (_name, input) => {
    expect(safeReturnPath(input)).toBeNull();
  });

  it("refuses nothing at all", () => {
    expect(safeReturnPath(null)).toBeNull();
    expect(safeReturnPath(undefined)).toBeNull();
  });
});
