/**
 * The socket address of each request, for lib/net/client-address.ts. Next.js gives route
 * handlers, server actions and better-auth only headers, and fills `X-Forwarded-For` from the
 * socket only when the client did not send one, so the client can choose it. This stamps the
 * real socket address into a header of its own on every request the Node server receives,
 * overwriting any copy the client sent. Installed once at server start (instrumentation.ts).
 */
import http from "node:http";

/** Request header holding the TCP peer's address; never taken from the client. */
export const PEER_ADDRESS_HEADER = "x-patuh-peer-address";

const INSTALLED = Symbol.for("patuh.peerAddressHeader");
type Flagged = typeof globalThis & { [INSTALLED]?: boolean };

/** Patches http.Server so that every "request" event carries the peer address header. Idempotent. */
export function installPeerAddressHeader(): void {
  const g = globalThis as Flagged;
  if (g[INSTALLED]) return;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function patched(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      const address = req.socket?.remoteAddress;
      if (address) req.headers[PEER_ADDRESS_HEADER] = address;
      else delete req.headers[PEER_ADDRESS_HEADER];
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
  g[INSTALLED] = true;
}

/**
 * Whether the header can be believed in this process: only once the patch is in, otherwise a
 * client could write it (a server started some other way than `next start` with instrumentation).
 */
export function peerAddressHeaderInstalled(): boolean {
  return (globalThis as Flagged)[INSTALLED] === true;
}
