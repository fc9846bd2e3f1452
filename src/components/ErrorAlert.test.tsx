import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError, UnsupportedResponseError } from '../lib/http';
import { ErrorAlert } from './ErrorAlert';

describe('ErrorAlert', () => {
  it('reads a missing endpoint as "not supported by this server version"', () => {
    render(<ErrorAlert error={new ApiError(404, { message: 'Route not found.' })} title="Could not load" />);
    expect(screen.getByText('Not supported by this server version')).toBeVisible();
    expect(screen.queryByText('Route not found.')).not.toBeInTheDocument();
  });

  it('reads a response without needed fields the same way', () => {
    render(
      <ErrorAlert error={new UnsupportedResponseError('GET /api/v2/users', ['users.0.status: Required'])} />,
    );
    expect(screen.getByText('Not supported by this server version')).toBeVisible();
  });

  it('reads a missing entitlement as "needs Premium"', () => {
    render(
      <ErrorAlert
        error={new ApiError(403, { message: 'Template RBAC is a Premium feature. Contact sales!' })}
      />,
    );
    expect(screen.getByText('Needs Coder Premium')).toBeVisible();
  });

  it('shows other errors with message and detail', () => {
    render(
      <ErrorAlert
        error={new ApiError(500, { message: 'Internal error.', detail: 'db down' })}
        title="Oops"
      />,
    );
    expect(screen.getByText('Oops')).toBeVisible();
    expect(screen.getByText(/Internal error\. db down/)).toBeVisible();
  });
});
