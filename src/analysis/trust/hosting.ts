/**
 * Domains under which anyone can publish a site or register a name: a check
 * that trusts every host under one of them trusts strangers.
 */

/** Suffixes under which anyone can publish a site (private entries of the Public Suffix List). */
export const SHARED_HOSTING_SUFFIXES = [
  '.vercel.app',
  '.netlify.app',
  '.github.io',
  '.herokuapp.com',
  '.pages.dev',
  '.web.app',
  '.firebaseapp.com',
  '.azurewebsites.net',
  '.onrender.com',
  '.glitch.me',
  '.ngrok.io',
  '.ngrok-free.app',
  '.workers.dev',
  '.surge.sh',
  '.fly.dev',
  '.repl.co',
] as const;

/**
 * The shared-hosting (or top-level) domain a host suffix check trusts: `'.vercel.app'`,
 * `'vercel.app'`, `'-team.vercel.app'` (an open first label), `'.com'`; null
 * for a suffix that names a label of its own (`'.myapp.vercel.app'`).
 */
export function sharedHostingSuffixOf(suffix: string): string | null {
  const lower = suffix.toLowerCase();
  for (const shared of SHARED_HOSTING_SUFFIXES) {
    if (lower === shared || lower === shared.slice(1)) return shared;
    if (lower.endsWith(shared)) {
      const head = lower.slice(0, -shared.length);
      // `-team.vercel.app`: the label is open on the left, anyone can create `x-team`.
      if (!head.includes('.') && !/^[a-z0-9]/.test(head)) return shared;
    }
  }
  return null;
}

/** Names that only resolve locally. */
const LOCAL_NAMES = new Set(['localhost', 'local', 'internal', 'test', 'lan', 'home']);

/** `.com`, `com`, `.co.uk`: a suffix under which anyone can register a domain. */
export function isPublicSuffix(suffix: string): boolean {
  const labels = suffix.toLowerCase().replace(/^\./, '').split('.');
  if (labels.length === 1) return /^[a-z]{2,}$/.test(labels[0]!) && !LOCAL_NAMES.has(labels[0]!);
  return labels.length === 2 && /^(?:co|com|net|org|gov|edu|ac)$/.test(labels[0]!) && /^[a-z]{2}$/.test(labels[1]!);
}
