import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/http';
import { RouteErrorBoundary } from './RouteErrorBoundary';

function renderThrowing(error: unknown) {
  const Boom = () => {
    throw error;
  };
  const router = createMemoryRouter([{ path: '/', element: <Boom />, ErrorBoundary: RouteErrorBoundary }]);
  render(<RouterProvider router={router} />);
}

describe('route error boundary', () => {
  it('shows a crashed page with the error and a retry, never a blank screen', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderThrowing(new Error('kaboom'));
    expect(screen.getByRole('heading', { name: 'This page crashed' })).toBeVisible();
    expect(screen.getByText(/kaboom/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  it('renders Coder 404 and 403 errors as proper pages', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderThrowing(
      new ApiError(404, { message: 'Resource not found or you do not have access to this resource' }),
    );
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });

  it('renders 403 as no access', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderThrowing(new ApiError(403, { message: 'Forbidden.' }));
    expect(screen.getByRole('heading', { name: "You don't have access" })).toBeVisible();
  });
});
