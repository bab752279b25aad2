/**
 * The client's address, for sign-in throttling, sessions and the audit log: one function for
 * the whole app. By default (PATUH_TRUSTED_PROXY_HOPS=0, the app exposed directly) it is the TCP
 * peer's address and forwarded headers are ignored, because any client can write them. Behind
 * N reverse proxies, each of which appends the address it saw to X-Forwarded-For, the client
 * is the Nth entry from the right; entries further left were written by the client.
 */
import ipaddr from "ipaddr.js";
import { env } from "@/lib/env";
import { PEER_ADDRESS_HEADER, peerAddressHeaderInstalled } from "./peer-address";

/**
 * The resolved address, handed to better-auth (its `ipAddressHeaders`) so that sessions and its
 * own limiter see the same address as the rest of the app. Always rewritten by withClientAddress.
 */
export const CLIENT_ADDRESS_HEADER = "x-patuh-client-address";

/** The client's address (normalised: "::ffff:1.2.3.4" is "1.2.3.4"), or null when unknown. */
export function clientAddress(headers: Headers, trustedHops: number = env().PATUH_TRUSTED_PROXY_HOPS): string | null {
  const peer = peerAddressHeaderInstalled() ? headers.get(PEER_ADDRESS_HEADER) : null;
  // Nearest first: the socket, then X-Forwarded-For from its right end.
  const chain = [peer, ...forwardedFor(headers).reverse()];
  if (trustedHops === 0 || chain.length === 1) return normalise(peer);
  return normalise(chain[Math.min(trustedHops, chain.length - 1)]);
}

/** A copy of `headers` whose CLIENT_ADDRESS_HEADER is the resolved address (removed when unknown). */
export function withClientAddress(headers: Headers): Headers {
  const out = new Headers(headers);
  const address = clientAddress(headers);
  if (address) out.set(CLIENT_ADDRESS_HEADER, address);
  else out.delete(CLIENT_ADDRESS_HEADER);
  return out;
}

function forwardedFor(headers: Headers): string[] {
  return (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

function normalise(raw: string | null | undefined): string | null {
  if (!raw || !(ipaddr.IPv4.isValidFourPartDecimal(raw) || ipaddr.IPv6.isValid(raw))) return null;
  const parsed = ipaddr.parse(raw);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (parsed as ipaddr.IPv6).toIPv4Address().toString();
  }
  return parsed.toString();
}
