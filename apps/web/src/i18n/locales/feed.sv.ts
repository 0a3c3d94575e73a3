import type { Localized } from '@liblab/web-ui';
import type { feedEn } from './feed.en';

export const feedSv: Localized<typeof feedEn> = {
  feed: {
    heading: 'Nytt i nätverket',
    loading: 'Hämtar flödet…',
    sortLabel: 'Ordning',
    sorts: { FOR_YOU: 'För dig', NEWEST: 'Nyast', USEFUL: 'Mest användbart' },
    kindLabel: 'Visa',
    kinds: { ALL: 'Allt', INSPIRATION: 'Inspiration', QUESTION: 'Frågor', UNANSWERED: 'Obesvarade frågor' },
    filters: 'Avgränsa flödet',
    because: 'Du följer: {{reasons}}',
    reasons: { MEMBER: 'skribenten', LIBRARY: 'biblioteket', TAG: 'en tagg' },
    newPosts_one: '{{count}} nytt inlägg – visa',
    newPosts_other: '{{count}} nya inlägg – visa',
    loadMore: 'Visa fler inlägg',
    emptyTitle: 'Här är det tomt än så länge',
    emptyBody: 'Ingen har delat inspiration eller frågor ännu. Bli först: ställ en fråga eller berätta vad som fungerat på ditt bibliotek.',
    emptyFiltered: 'Inget matchar de här filtren. Prova med färre.',
    ask: 'Ställ en fråga',
    share: 'Dela inspiration',
    followHint: 'Följ kollegor, bibliotek och taggar för att se deras inlägg först.',
  },
  follows: {
    follow: 'Följ',
    following: 'Följer',
    toggle: 'Följ {{name}}',
    followed: 'Du följer nu {{name}}.',
    unfollowed: 'Du följer inte längre {{name}}.',
    followers_one: '{{count}} följare',
    followers_other: '{{count}} följare',
  },
};
