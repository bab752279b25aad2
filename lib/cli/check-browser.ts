import { launchChromium } from "@/lib/browser";
import { runCli } from "./run";

runCli(async () => {
  const browser = await launchChromium();
  console.error(`Chromium siap: versi ${browser.version()}`);
  await browser.close();
});
