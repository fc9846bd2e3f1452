/**
 * Node request → fetch `Request` for the MSW handlers, without buffering: the body is a stream read only
 * when a handler reads it (after `authed()` has checked the session), and it stops at `limit` bytes. A
 * declared `Content-Length` above the limit is refused before anything is read.
 */
import type { IncomingMessage } from 'node:http';
import { REMOTE_ADDR_HEADER } from '../audit';

/** 1 MiB: far above any request the dashboard sends (the largest is an ACL patch or a bulk of user ids). */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * What is read and thrown away of a body the server did not want (refused, or over the limit) so that the
 * client, still sending it, reads the answer instead of a reset connection: Go's server does the same
 * ("lingering close"). Past this the connection is cut.
 */
export const DISCARD_BYTES = 16 * MAX_BODY_BYTES;
/** …and for at most this long (a body that never ends does not hold its connection open). */
export const DISCARD_MS = 5_000;

/** Cuts `req`'s connection unless its body has ended within DISCARD_MS. */
function deadline(req: IncomingMessage): () => void {
  const timer = setTimeout(() => req.socket.destroy(), DISCARD_MS);
  timer.unref();
  return () => clearTimeout(timer);
}

export type BodyState = {
  tooLarge: boolean;
  consumed: boolean;
  /** Reads and drops the rest of the body (at most DISCARD_BYTES / DISCARD_MS, then the connection is cut). */
  discard: () => void;
};

export const tooLargeBody = (limit: number) => ({
  message: 'Request body is too large.',
  detail: `The request body must not exceed ${limit} bytes.`,
});

export function declaredTooLarge(req: IncomingMessage, limit: number): boolean {
  return Number(req.headers['content-length'] ?? 0) > limit;
}

/** Drops a body nothing has read yet (see DISCARD_BYTES). */
export function discardUnread(req: IncomingMessage): void {
  let seen = 0;
  req.once('end', deadline(req));
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > DISCARD_BYTES) req.socket.destroy();
  });
}

function hasBody(req: IncomingMessage): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return false;
  return Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
}

export function toRequest(
  req: IncomingMessage & { originalUrl?: string },
  limit = MAX_BODY_BYTES,
): { request: Request; body: BodyState } {
  const url = new URL(req.originalUrl ?? req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2)
    headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  // The client's address, for the audit log: from the socket only, never from what the client sent.
  headers.delete(REMOTE_ADDR_HEADER);
  if (req.socket?.remoteAddress) headers.set(REMOTE_ADDR_HEADER, req.socket.remoteAddress);
  const state: BodyState = { tooLarge: false, consumed: !hasBody(req), discard: () => undefined };
  if (state.consumed) return { request: new Request(url, { method: req.method, headers }), body: state };
  const chunks = req[Symbol.asyncIterator]();
  let size = 0;
  let discarding = false;
  state.discard = () => {
    if (state.consumed || discarding) return;
    discarding = true;
    const ended = deadline(req);
    void (async () => {
      let seen = 0;
      for (;;) {
        const next = (await chunks.next()) as IteratorResult<Buffer>;
        if (next.done) return ended();
        seen += next.value.length;
        if (seen > DISCARD_BYTES) return req.socket.destroy();
      }
    })().catch(() => undefined);
  };
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = (await chunks.next()) as IteratorResult<Buffer>;
      if (next.done) {
        state.consumed = true;
        controller.close();
        return;
      }
      size += next.value.length;
      if (size > limit) {
        state.tooLarge = true;
        controller.error(new Error(`request body over ${limit} bytes`));
        return;
      }
      controller.enqueue(new Uint8Array(next.value));
    },
  });
  const init = { method: req.method, headers, body, duplex: 'half' } as RequestInit;
  return { request: new Request(url, init), body: state };
}
