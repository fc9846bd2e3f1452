/** Collects what a test writes to console.error/warn (React's warnings land there) so it can assert none. */
import { onTestFinished, vi } from 'vitest';

/** Call inside a test; the console is restored when the test ends. */
export function captureConsole(): string[] {
  const messages: string[] = [];
  const spies = (['error', 'warn'] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      messages.push(args.map(String).join(' '));
    }),
  );
  onTestFinished(() => spies.forEach((s) => s.mockRestore()));
  return messages;
}
