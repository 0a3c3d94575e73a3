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
            {
              path: 'questions',
              lazy: async () => ({ Component: (await import('../features/questions/questions-page')).QuestionsPage }),
            },
            {
              path: 'questions/new',
              lazy: async () => ({ Component: (await import('../features/questions/question-form-page')).NewQuestionPage }),
            },
            {
              path: 'questions/:id',
              lazy: async () => ({ Component: (await import('../features/questions/question-page')).QuestionPage }),
            },
            {
              path: 'questions/:id/edit',
              lazy: async () => ({ Component: (await import('../features/questions/question-form-page')).EditQuestionPage }),
            },
            {
              path: 'inspirations',
              lazy: async () => ({ Component: (await import('../features/inspirations/inspirations-page')).InspirationsPage }),
            },
            {
              path: 'inspirations/new',
              lazy: async () => ({ Component: (await import('../features/inspirations/inspiration-form-page')).NewInspirationPage }),
            },
            {
              path: 'inspirations/:id',
              lazy: async () => ({ Component: (await import('../features/inspirations/inspiration-page')).InspirationPage }),
            },
            {
              path: 'inspirations/:id/edit',
              lazy: async () => ({ Component: (await import('../features/inspirations/inspiration-form-page')).EditInspirationPage }),
            },
            {
              path: 'months',
              lazy: async () => ({ Component: (await import('../features/months/months-page')).MonthsPage }),
            },
            {
              path: 'months/new',
              lazy: async () => ({ Component: (await import('../features/months/month-form-page')).NewMonthPage }),
            },
            {
              path: 'months/:id',
              lazy: async () => ({ Component: (await import('../features/months/month-page')).MonthPage }),
            },
            {
              path: 'months/:id/edit',
              lazy: async () => ({ Component: (await import('../features/months/month-form-page')).EditMonthPage }),
            },
            {
              path: 'months/:id/ask',
              lazy: async () => ({ Component: (await import('../features/months/month-ask-page')).MonthAskPage }),
            },
            {
              path: 'months/:id/archive',
              lazy: async () => ({ Component: (await import('../features/months/month-archive-page')).MonthArchivePage }),
            },
            {
              path: 'tags',
              lazy: async () => ({ Component: (await import('../features/tags/tags-page')).TagsPage }),
            },
            {
              path: 'tags/:slug',
              lazy: async () => ({ Component: (await import('../features/tags/tag-page')).TagPage }),
            },
            {
              path: 'events',
              lazy: async () => ({ Component: (await import('../features/events/events-page')).EventsPage }),
            },
            {
              path: 'events/new',
              lazy: async () => ({ Component: (await import('../features/events/event-form-page')).NewEventPage }),
            },
            {
              path: 'events/:id',
              lazy: async () => ({ Component: (await import('../features/events/event-page')).EventPage }),
            },
            {
              path: 'events/:id/ask',
              lazy: async () => ({ Component: (await import('../features/events/event-ask-page')).EventAskPage }),
            },
            {
              path: 'events/:id/edit',
              lazy: async () => ({ Component: (await import('../features/events/event-form-page')).EditEventPage }),
            },
            {
              path: 'my-events',
              lazy: async () => ({ Component: (await import('../features/events/my-events-page')).MyEventsPage }),
            },
            {
              path: 'bookmarks',
              lazy: async () => ({ Component: (await import('../features/bookmarks/bookmarks-page')).BookmarksPage }),
            },
            {
              path: 'search',
              lazy: async () => ({ Component: (await import('../features/search/search-page')).SearchPage }),
            },
            {
              path: 'notifications',
              lazy: async () => ({ Component: (await import('../features/notifications/notifications-page')).NotificationsPage }),
            },
            {
              path: 'settings/notifications',
              lazy: async () => ({
                Component: (await import('../features/notifications/notification-settings-page')).NotificationSettingsPage,
              }),
            },
            { path: '*', lazy: async () => ({ Component: (await import('../features/not-found/not-found-page')).NotFoundPage }) },
          ],
        },
      ],
    },
  ]);
}
