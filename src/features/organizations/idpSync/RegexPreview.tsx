import { Chip, Stack, Typography } from '@mui/material';
import { regexKeeps } from '../../../api/idpSync';

/**
 * Which of the claim values users brought (`field-values`) the filter keeps: Coder ignores the others at
 * sign-in (Go's unanchored `MatchString`; this preview uses JavaScript's engine, close for common patterns).
 */
export function RegexPreview({
  pattern,
  values,
  invalid,
}: {
  pattern: string;
  values: readonly string[];
  invalid: boolean;
}) {
  if (values.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        No user has brought values for this claim yet, so there is nothing to preview.
      </Typography>
    );
  if (invalid) return null;
  const kept = new Set(regexKeeps(pattern || null, values));
  const ignored = values.filter((v) => !kept.has(v));
  return (
    <Stack spacing={1} role="region" aria-label="Filter preview">
      <Typography variant="body2">
        {pattern
          ? `The filter keeps ${kept.size} of ${values.length} values seen:`
          : `No filter: all ${values.length} values seen are kept.`}
      </Typography>
      <Stack
        direction="row"
        component="ul"
        aria-label="Kept values"
        sx={{ flexWrap: 'wrap', gap: 0.5, p: 0, m: 0, listStyle: 'none' }}
      >
        {[...kept].map((v) => (
          <li key={v}>
            <Chip size="small" color="success" variant="outlined" label={v} />
          </li>
        ))}
      </Stack>
      {ignored.length > 0 && (
        <>
          <Typography variant="body2" color="text.secondary">
            Ignored at sign-in:
          </Typography>
          <Stack
            direction="row"
            component="ul"
            aria-label="Ignored values"
            sx={{ flexWrap: 'wrap', gap: 0.5, p: 0, m: 0, listStyle: 'none' }}
          >
            {ignored.map((v) => (
              <li key={v}>
                <Chip size="small" variant="outlined" label={v} sx={{ textDecoration: 'line-through' }} />
              </li>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
