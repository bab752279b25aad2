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
