/**
 * Coder's password rule (wagslane/go-password-validator, 52 bits minimum, 64 chars maximum):
 * entropy = effective length × log2(charset size).
 */
const MIN_ENTROPY = 52;

function charsetBase(pw: string): number {
  let base = 0;
  if (/[a-z]/.test(pw)) base += 26;
  if (/[A-Z]/.test(pw)) base += 26;
  if (/[0-9]/.test(pw)) base += 10;
  if (/[!@$&*]/.test(pw)) base += 5;
  if (/[_\-., ]/.test(pw)) base += 5;
  const others = new Set([...pw].filter((c) => !/[a-zA-Z0-9!@$&*_\-., ]/.test(c)));
  if (others.size) base += 22 + Math.max(0, others.size - 1);
  return base;
}

const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '01234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function effectiveLength(pw: string): number {
  // Runs of more than two identical characters count as two.
  let s = pw.replace(/(.)\1{2,}/g, '$1$1');
  // Common sequences of 3+ count as two characters.
  for (const seq of SEQUENCES) {
    for (let len = seq.length; len >= 3; len--) {
      for (let i = 0; i + len <= seq.length; i++) {
        const part = seq.slice(i, i + len);
        s = s.replaceAll(part, part.slice(0, 2)).replaceAll(part.toUpperCase(), part.slice(0, 2));
      }
    }
  }
  return s.length;
}

export function passwordEntropy(pw: string): number {
  const base = charsetBase(pw);
  return base ? effectiveLength(pw) * Math.log2(base) : 0;
}

/** undefined when valid, else Coder's explanation. */
export function passwordProblem(pw: string): string | undefined {
  if (pw.length > 64) return 'password exceeds maximum length of 64 characters';
  if (passwordEntropy(pw) >= MIN_ENTROPY) return undefined;
  const hints: string[] = [];
  if (!/[!@$&*_\-., ]/.test(pw) && !/[^a-zA-Z0-9]/.test(pw)) hints.push('including more special characters');
  if (!/[A-Z]/.test(pw)) hints.push('using uppercase letters');
  if (!/[0-9]/.test(pw)) hints.push('using numbers');
  hints.push('using a longer password');
  return `insecure password, try ${hints.join(', ').replace(/, ([^,]*)$/, ' or $1')}`;
}
