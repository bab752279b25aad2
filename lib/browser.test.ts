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

describe("WebRTC", () => {
  it("sends no UDP from a page outside the proxy: a STUN request never reaches a local listener", async () => {
    const dgram = await import("node:dgram");
    const { launchChromium } = await import("./browser");
    const socket = dgram.createSocket("udp4");
    const received: Buffer[] = [];
    socket.on("message", (m) => received.push(m));
    await new Promise<void>((r) => socket.bind(0, "127.0.0.1", r));
    const port = socket.address().port;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent("<title>webrtc</title>");
      const gathered = await page.evaluate(async (stunPort) => {
        const pc = new RTCPeerConnection({ iceServers: [{ urls: `stun:127.0.0.1:${stunPort}` }] });
        pc.createDataChannel("x");
        await pc.setLocalDescription(await pc.createOffer());
        // Gathering ends, or gives up on the unanswered STUN server, within a few seconds.
        await new Promise<void>((resolve) => {
          pc.onicegatheringstatechange = () => pc.iceGatheringState === "complete" && resolve();
          setTimeout(resolve, 4000);
        });
        const sdp = pc.localDescription?.sdp ?? "";
        pc.close();
        return sdp.split("\n").filter((l) => l.startsWith("a=candidate")).length;
      }, port);
      expect(gathered).toBe(0);
      expect(received).toHaveLength(0);
    } finally {
      await browser.close();
      socket.close();
    }
  });
});

describe("sandbox", () => {
  it("never runs the crawler's Chromium as root with the sandbox off when user namespaces exist", async () => {
    const fs = await import("node:fs");
    const { launchChromium } = await import("./browser");
    const { sandboxPlan, BROWSER_UID } = await import("./browser-sandbox");
    const plan = sandboxPlan();
    const marker = `--patuh-test-marker=${process.pid}-${Date.now()}`;
    const browser = await launchChromium({ args: [marker] });
    try {
      const page = await browser.newPage();
      await page.setContent("<h1>uji</h1>");
      expect(await page.textContent("h1")).toBe("uji");
      const procs = fs
        .readdirSync("/proc")
        .filter((d) => /^\d+$/.test(d))
        .map((pid) => {
          try {
            return { cmdline: fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0"), status: fs.readFileSync(`/proc/${pid}/status`, "utf8") };
          } catch {
            return null;
          }
        })
        .filter((p): p is { cmdline: string[]; status: string } => !!p && p.cmdline.includes(marker));
      expect(procs.length).toBeGreaterThan(0);
      const uid = Number(/^Uid:\s+(\d+)/m.exec(procs[0].status)![1]);
      if (plan.kind === "no-sandbox") {
        expect(procs[0].cmdline).toContain("--no-sandbox");
        return;
      }
      expect(procs[0].cmdline).not.toContain("--no-sandbox");
      expect(uid).not.toBe(0);
      if (process.getuid?.() === 0) expect(uid).toBe(BROWSER_UID);
    } finally {
      await browser.close();
    }
  });
});
