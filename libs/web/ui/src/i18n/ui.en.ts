/** English source of the UI library's own strings (namespace `ui`); other languages follow its shape. */
export const uiEn = {
  skipToContent: 'Skip to main content',
  brandHome: 'LibLab, home page',
  mainNavigation: 'Main navigation',
  openNavigation: 'Open navigation',
  closeNavigation: 'Close navigation',
  language: {
    label: 'Interface language',
    current: 'Interface language: {{language}}',
  },
  loading: 'Loading…',
  loadMore: 'Load more',
  shownOfTotal: 'Showing {{shown}} of {{total}}',
  shown_one: 'Showing {{count}} item',
  shown_other: 'Showing {{count}} items',
  close: 'Close',
  cancel: 'Cancel',
  errors: {
    notFoundTitle: 'Not found',
    signInTitle: 'Members only',
    title: 'Something went wrong',
    BAD_USER_INPUT: 'Some of the information is not valid. Please check it and try again.',
    UNAUTHENTICATED: 'Please sign in to see this page. It is open to members of the network.',
    FORBIDDEN: 'Your account does not have permission to do this.',
    NOT_FOUND: 'We could not find this. It may have been removed, or the address may be wrong.',
    CONFLICT: 'This clashes with something that already exists.',
    TOO_MANY_REQUESTS: 'Too many attempts in a short time. Please wait {{wait}} and try again.',
    NETWORK: 'We could not reach LibLab. Please check your internet connection and try again.',
    UNKNOWN: 'Something went wrong on our side. Please try again in a moment.',
    signIn: 'Sign in',
    home: 'Go to the home page',
    retry: 'Try again',
  },
};

export type UiMessages = typeof uiEn;
