import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { parseCookieHeader, renderPdf } from "./pdf";

/** A stand-in for the app: the print page needs the session cookie, else it redirects to /masuk. */
let app: http.Server;
let other: http.Server;
let otherHits = 0;
let base = "";

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

beforeAll(async () => {
  other = http.createServer((_req, res) => {
    otherHits++;
    res.end("x");
  });
  const otherBase = await listen(other);
  app = http.createServer((req, res) => {
    const cookies = Object.fromEntries(parseCookieHeader(req.headers.cookie ?? null).map((c) => [c.name, c.value]));
    if (req.url === "/masuk") return res.end("<h1>Masuk</h1>");
    if (cookies["__Secure-patuh.session_token"] !== "tok.sig%3D") {
      res.writeHead(307, { Location: "/masuk" });
      return res.end();
    }
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="id"><body>
      <h1>Paket Rapat Evaluasi II</h1><p>Dinas Kependudukan dan Pencatatan Sipil</p>
      <img src="${otherBase}/pixel.png" alt="">
      <p style="break-before: page">Badan Pendapatan Daerah</p></body></html>`);
  });
  base = await listen(app);
});

afterAll(async () => {
  await new Promise((r) => app.close(r));
  await new Promise((r) => other.close(r));
});

describe("parseCookieHeader", () => {
  it("splits a Cookie header into names and raw values", () => {
    expect(parseCookieHeader("a=1; __Secure-patuh.session_token=tok.sig%3D; b=x=y")).toEqual([
      { name: "a", value: "1" },
      { name: "__Secure-patuh.session_token", value: "tok.sig%3D" },
      { name: "b", value: "x=y" },
    ]);
    expect(parseCookieHeader(null)).toEqual([]);
  });
});

describe("renderPdf", () => {
  it("prints the page with the user's Secure session cookie over loopback and fetches nothing from elsewhere", async () => {
    const pdf = await renderPdf(`${base}/rapat/2/cetak`, {
      cookies: [{ name: "__Secure-patuh.session_token", value: "tok.sig%3D" }],
      footer: "Rapat Evaluasi II <uji>",
      owner: "uji",
    });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    expect(doc.numPages).toBe(2);
    const { text } = await extractText(doc, { mergePages: true });
    expect(text).toContain("Dinas Kependudukan dan Pencatatan Sipil");
    expect(text).toContain("Badan Pendapatan Daerah");
    expect(text).toContain("Halaman 1 dari 2");
    expect(text).toContain("Rapat Evaluasi II <uji>");
    expect(otherHits).toBe(0);
  });

  it("refuses with unauthenticated when the app sends the browser to its sign-in page", async () => {
    await expect(renderPdf(`${base}/rapat/2/cetak`, { cookies: [], footer: "x", owner: "uji" })).rejects.toMatchObject({
      code: "unauthenticated",
      status: 401,
    });
  });
});
