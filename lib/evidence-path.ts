/**
 * Which evidence file a /bukti URL names. The crawler writes screenshots flat into
 * <data dir>/evidence/<scanId>/<basename>, so a request names exactly a scan id and a basename;
 * anything else (a separator, a dot segment, a percent sign left over from double encoding, a
 * control character) is refused here, before any path is built, rather than normalised.
 */
import path from "node:path";

/** The only files the route serves, with their content type. */
export const EVIDENCE_TYPES: Record<string, string> = { ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png" };

/** A scan id as the app writes it: a positive integer without sign, zeros or decimals. */
const SCAN_ID = /^[1-9][0-9]{0,15}$/;
/** Letters, digits, "-", "_" and single dots, ending in a served extension: no "/", "\", "%", "..". */
const BASENAME = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/;
/** Longer than any screenshot name the crawler writes (e.g. "012-c0c16c0bae65.jpg"). */
const MAX_BASENAME_LENGTH = 128;

export type EvidenceRef = { scanId: number; basename: string; contentType: string };

/** The (scanId, basename) of a request's segments (as Next decodes them), or null. */
export function parseEvidencePath(segments: readonly string[]): EvidenceRef | null {
  if (segments.length !== 2) return null;
  const [id, basename] = segments;
  if (!SCAN_ID.test(id) || basename.length > MAX_BASENAME_LENGTH || !BASENAME.test(basename)) return null;
  const contentType = EVIDENCE_TYPES[path.extname(basename).toLowerCase()];
  return contentType ? { scanId: Number(id), basename, contentType } : null;
}

/** The file of a parsed reference under the evidence root; built from the two parts only. */
export function evidenceFile(root: string, ref: EvidenceRef): string {
  return path.join(root, String(ref.scanId), ref.basename);
}
