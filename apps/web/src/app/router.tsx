import { LoadingState } from '@liblab/web-ui';
import { createBrowserRouter } from 'react-router';
import { RootLayout } from './root-layout';
import { RouteErrorPage } from './route-error-page';

/** Pages load on demand (one chunk per area), inside the shared layout. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      hydrateFallbackElement: <LoadingState />,
      children: [
        {
          errorElement: <RouteErrorPage />,
          children: [
            { index: true, lazy: async () => ({ Component: (await import('../features/home/home-page')).HomePage }) },
            { path: 'sign-up', lazy: async () => ({ Component: (await import('../features/auth/sign-up-page')).SignUpPage }) },
            { path: 'sign-in', lazy: async () => ({ Component: (await import('../features/auth/sign-in-page')).SignInPage }) },
            {
              path: 'forgot-password',
              lazy: async () => ({ Component: (await import('../features/auth/forgot-password-page')).ForgotPasswordPage }),
            },
            {
              path: 'reset-password',
              lazy: async () => ({ Component: (await import('../features/auth/reset-password-page')).ResetPasswordPage }),
            },
            { path: 'profile', lazy: async () => ({ Component: (await import('../features/profile/profile-page')).ProfilePage }) },
            { path: 'members', lazy: async () => ({ Component: (await import('../features/members/members-page')).MembersPage }) },
            {
              path: 'members/:id',
              lazy: async () => ({ Component: (await import('../features/members/member-page')).MemberPage }),
            },
            {
              path: 'libraries',
              lazy: async () => ({ Component: (await import('../features/libraries/libraries-page')).LibrariesPage }),
            },
            {
              path: 'libraries/:slug',
              lazy: async () => ({ Component: (await import('../features/libraries/library-page')).LibraryPage }),
            },
            { path: '*', lazy: async () => ({ Component: (await import('../features/not-found/not-found-page')).NotFoundPage }) },
          ],
        },
      ],
    },
  ]);
}
