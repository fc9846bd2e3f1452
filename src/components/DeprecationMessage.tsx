import { Link } from '@mui/material';
import { linkify } from '../lib/linkify';

/**
 * A template's deprecation message as text with its http(s) links clickable (opening in a new tab). Built
 * from React elements, never HTML: markup in the message shows as the characters it is.
 */
export function DeprecationMessage({ message }: { message: string }) {
  return (
    <>
      {linkify(message).map((part, i) =>
        part.kind === 'link' ? (
          <Link key={i} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.text}
          </Link>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
