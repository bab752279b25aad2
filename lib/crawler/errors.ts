/**
 * Failures are classified once, here: the class decides whether a retry can help and what the
 * OPD officer reads about it. Everything else in the crawler throws or records a CrawlError (or
 * lets Node/Playwright errors through) and calls classifyError at the edge.
 */
import { ERROR_CLASSES, type ErrorClass } from "@/lib/artifacts/types";

/** An error whose class is already known where it happened (policy, size cap, redirects, ...). */
export class CrawlError extends Error {
  readonly errorClass: ErrorClass;
  constructor(errorClass: ErrorClass, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CrawlError";
    this.errorClass = errorClass;
  }
}

/** Node (libuv, OpenSSL) error codes by class. */
const NODE_CODES: Array<[RegExp, ErrorClass]> = [
  [/^(ENOTFOUND|EAI_AGAIN|EAI_NODATA|EAI_NONAME|EAI_FAIL)$/, "dns"],
  [/^(ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH|EPIPE|ECONNABORTED)$/, "refused"],
  [/^(ETIMEDOUT|ESOCKETTIMEDOUT|UND_ERR_CONNECT_TIMEOUT|ABORT_ERR_TIMEOUT)$/, "timeout"],
  [/^(CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_TLS|ERR_SSL|EPROTO|HOSTNAME_MISMATCH|ERR_TLS_CERT)/, "tls"],
];

/** Chromium net:: errors and Playwright messages by class, checked in order. */
const MESSAGE_PATTERNS: Array<[RegExp, ErrorClass]> = [
  [/ERR_NAME_NOT_RESOLVED|ERR_NAME_RESOLUTION_FAILED|getaddrinfo/i, "dns"],
  [/ERR_CERT_|ERR_SSL_|ERR_BAD_SSL|certificate|SSL routines/i, "tls"],
  [/ERR_TOO_MANY_REDIRECTS|too many redirects/i, "too_many_redirects"],
  [/ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|ERR_CONNECTION_CLOSED|ERR_ADDRESS_UNREACHABLE|ERR_EMPTY_RESPONSE|socket hang up/i, "refused"],
  [/ERR_BLOCKED_BY_CLIENT|blocked by target policy/i, "blocked_target"],
  [/Target crashed|Target page, context or browser has been closed|Browser has been closed|browser has disconnected|Page crashed/i, "browser_crash"],
  [/ERR_TIMED_OUT|Timeout \d+ms exceeded|timed out|timeout/i, "timeout"],
];

/**
 * The class of a failure: a CrawlError keeps its own, an HTTP status maps to http_4xx/http_5xx,
 * Node and Chromium errors by code and message; anything unrecognised is "unknown".
 */
export function classifyError(err: unknown): ErrorClass {
  if (typeof err === "number") return classifyStatus(err) ?? "unknown";
  if (err instanceof CrawlError) return err.errorClass;
  if (err && typeof err === "object") {
    const code = (err as { code?: unknown }).code;
    if (typeof code === "string") {
      for (const [re, cls] of NODE_CODES) if (re.test(code)) return cls;
    }
    const name = (err as { name?: unknown }).name;
    if (name === "TimeoutError") return "timeout";
    const cause = (err as { cause?: unknown }).cause;
    const message = (err as { message?: unknown }).message;
    if (typeof message === "string") {
      for (const [re, cls] of MESSAGE_PATTERNS) if (re.test(message)) return cls;
    }
    if (cause && cause !== err) {
      const fromCause = classifyError(cause);
      if (fromCause !== "unknown") return fromCause;
    }
  }
  if (typeof err === "string") {
    for (const [re, cls] of MESSAGE_PATTERNS) if (re.test(err)) return cls;
  }
  return "unknown";
}

/** http_4xx / http_5xx for error statuses, null for the rest. */
export function classifyStatus(status: number): ErrorClass | null {
  if (status >= 500 && status <= 599) return "http_5xx";
  if (status >= 400 && status <= 499) return "http_4xx";
  return null;
}

/**
 * Failures that may pass by themselves: a slow or overloaded server, a restarting one, a
 * browser that crashed. DNS, certificates, 4xx, policy and size failures will not change on
 * a retry seconds later (GSA Site Scanning's lesson), so they are not retried.
 */
const TRANSIENT: ReadonlySet<ErrorClass> = new Set(["timeout", "http_5xx", "refused", "browser_crash"]);

export function isTransient(cls: ErrorClass): boolean {
  return TRANSIENT.has(cls);
}

/** First retry after half a second, then doubling: enough for a restarting PHP-FPM or a 503. */
const BACKOFF_BASE_MS = 500;
/** Never wait longer than this between attempts; the scan has a time limit. */
const BACKOFF_MAX_MS = 4_000;

/** Wait before attempt number `attempt` (1 = first retry), with jitter so workers spread out. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

export type ErrorExplanation = { title: string; explanation: string; fixHint: string };

const EXPLANATIONS: Record<ErrorClass, ErrorExplanation> = {
  timeout: {
    title: "Waktu habis",
    explanation: "Halaman tidak selesai dimuat dalam batas waktu pemindaian. Pengunjung juga akan menunggu terlalu lama.",
    fixHint: "Periksa kecepatan server dan ukuran halaman (gambar besar, skrip berat). Minta pengelola hosting memeriksa beban server.",
  },
  dns: {
    title: "Nama domain tidak ditemukan",
    explanation: "Alamat situs tidak dapat diterjemahkan menjadi alamat server (DNS). Situs tidak dapat dibuka oleh siapa pun.",
    fixHint: "Periksa ejaan alamat situs dan pastikan domain .go.id masih aktif serta rekaman DNS-nya mengarah ke server yang benar (hubungi Diskominfo).",
  },
  tls: {
    title: "Sertifikat keamanan (HTTPS) bermasalah",
    explanation: "Sertifikat HTTPS situs tidak sah, kedaluwarsa, atau tidak cocok dengan nama domain, sehingga peramban menampilkan peringatan.",
    fixHint: "Perbarui atau pasang ulang sertifikat SSL/TLS (misalnya Let's Encrypt) untuk nama domain ini, termasuk varian www.",
  },
  refused: {
    title: "Server menolak sambungan",
    explanation: "Server tidak menerima sambungan atau memutusnya di tengah jalan. Situs mungkin mati atau layanan web-nya berhenti.",
    fixHint: "Pastikan server web (Apache/Nginx) berjalan dan port 80/443 terbuka. Hubungi pengelola hosting atau Diskominfo.",
  },
  http_4xx: {
    title: "Halaman tidak ditemukan atau ditolak (4xx)",
    explanation: "Server menjawab dengan kode galat 4xx (misalnya 404 tidak ditemukan atau 403 dilarang). Tautan ini tidak membawa pengunjung ke isi yang dijanjikan.",
    fixHint: "Perbaiki atau hapus tautan yang rusak, atau pulihkan halamannya. Jika 403, pastikan halaman publik tidak diblokir untuk pengunjung.",
  },
  http_5xx: {
    title: "Galat server (5xx)",
    explanation: "Server mengalami galat internal saat membuka halaman ini.",
    fixHint: "Periksa log galat aplikasi situs (PHP/CMS) dan basis datanya; perbarui plugin atau tema yang rusak.",
  },
  too_many_redirects: {
    title: "Pengalihan berputar-putar",
    explanation: "Halaman mengalihkan ke halaman lain terus-menerus (atau berputar kembali) sehingga isinya tidak pernah tampil.",
    fixHint: "Periksa aturan pengalihan (redirect) di server dan pengaturan alamat situs pada CMS, misalnya http/https atau www yang saling mengalihkan.",
  },
  soft_404: {
    title: "Halaman kosong atau 'tidak ditemukan'",
    explanation: "Server menjawab seolah-olah berhasil, tetapi isi halaman menyatakan halaman tidak ditemukan atau kosong.",
    fixHint: "Isi halaman tersebut atau hapus menu/tautan yang mengarah ke sana; halaman yang hilang sebaiknya menjawab dengan kode 404.",
  },
  too_large: {
    title: "Berkas terlalu besar",
    explanation: "Halaman atau dokumen melebihi batas ukuran yang dibaca pemindai, sehingga isinya tidak dinilai. Pengunjung dengan koneksi lambat juga kesulitan membukanya.",
    fixHint: "Perkecil ukuran berkas: kompres PDF dan gambar, pecah dokumen besar, dan jangan menaruh data mentah di halaman.",
  },
  robots: {
    title: "Dilarang oleh robots.txt",
    explanation: "Berkas robots.txt situs melarang pemindai membuka halaman ini, sehingga isinya tidak dinilai.",
    fixHint: "Izinkan halaman publik di robots.txt, atau minta Bagian Organisasi mengaktifkan pengecualian robots.txt untuk OPD ini.",
  },
  blocked_target: {
    title: "Alamat tidak boleh dipindai",
    explanation: "Alamat ini mengarah ke jaringan internal, alamat lokal, atau layanan metadata server, sehingga tidak dibuka demi keamanan.",
    fixHint: "Gunakan alamat publik situs (nama domain .go.id) yang dapat dibuka dari internet.",
  },
  endless_url_space: {
    title: "Ruang alamat tanpa akhir",
    explanation: "Situs membuat alamat halaman baru tanpa batas (misalnya kalender yang selalu punya bulan berikutnya atau ID sesi di alamat). Pemindai berhenti mengikutinya.",
    fixHint: "Batasi tautan kalender ke rentang yang wajar, gunakan rel=\"nofollow\" atau robots.txt untuk arsip tanpa akhir, dan jangan menaruh ID sesi di alamat.",
  },
  browser_crash: {
    title: "Peramban pemindai berhenti",
    explanation: "Peramban yang dipakai pemindai mogok saat membuka halaman ini; pemindaian dilanjutkan dengan peramban baru.",
    fixHint: "Biasanya sementara. Jika berulang pada halaman yang sama, periksa skrip berat atau halaman yang sangat besar di situs.",
  },
  unsupported_content: {
    title: "Jenis isi tidak didukung",
    explanation: "Alamat ini berisi berkas yang bukan halaman web atau PDF (misalnya arsip ZIP atau video), sehingga isinya tidak dibaca.",
    fixHint: "Terbitkan informasi pelayanan sebagai halaman web atau PDF yang dapat dibaca, bukan hanya sebagai berkas unduhan lain.",
  },
  unknown: {
    title: "Galat tak terduga",
    explanation: "Terjadi galat yang tidak dikenali saat membuka alamat ini.",
    fixHint: "Coba pindai ulang. Jika berulang, laporkan alamat ini kepada pengelola Patuh.",
  },
};

/** Title, explanation and fix hint in plain Indonesian, for every ErrorClass. */
export function explainError(cls: ErrorClass): ErrorExplanation {
  return EXPLANATIONS[cls] ?? EXPLANATIONS.unknown;
}

export function isErrorClass(value: unknown): value is ErrorClass {
  return typeof value === "string" && (ERROR_CLASSES as readonly string[]).includes(value);
}

/** A short, single-line message for artifacts (no stack, bounded length). */
export function errorMessage(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  return raw.split("\n")[0].slice(0, 300);
}
