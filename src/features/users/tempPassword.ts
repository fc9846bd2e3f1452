/** Temporary passwords for admin resets: 16+ random characters, comfortably above Coder's 52-bit rule. */
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '!@$&*-_.';
const ALL = LOWER + UPPER + DIGITS + SYMBOLS;

/** An unbiased random index below n (rejection sampling over crypto.getRandomValues). */
function randomIndex(n: number): number {
  const limit = Math.floor(256 / n) * n;
  const buf = new Uint8Array(1);
  for (;;) {
    crypto.getRandomValues(buf);
    const b = buf[0] ?? 0;
    if (b < limit) return b % n;
  }
}

const pick = (set: string) => set.charAt(randomIndex(set.length));

export function generateTempPassword(length = 20): string {
  for (;;) {
    const pw = Array.from({ length: Math.max(16, length) }, () => pick(ALL)).join('');
    // One of every class, and no run of three identical characters (Coder discounts those).
    if (
      [LOWER, UPPER, DIGITS, SYMBOLS].every((set) => [...pw].some((c) => set.includes(c))) &&
      !/(.)\1\1/.test(pw)
    )
      return pw;
  }
}
