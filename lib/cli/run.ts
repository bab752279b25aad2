/**
 * Runs a command-line entry point: errors users can act on are printed as one Indonesian line,
 * anything else as a short line plus the stack on stderr when PATUH_DEBUG=1.
 */
import { isAppError } from "@/lib/errors";

export function runCli(main: () => Promise<void | number>): void {
  main().then(
    (code) => {
      if (typeof code === "number") process.exitCode = code;
    },
    (e: unknown) => {
      if (isAppError(e)) {
        console.error(`Galat: ${e.message}`);
      } else {
        console.error(`Galat tak terduga: ${e instanceof Error ? e.message : String(e)}`);
        if (process.env.PATUH_DEBUG === "1" && e instanceof Error) console.error(e.stack);
      }
      process.exitCode = 1;
    },
  );
}
