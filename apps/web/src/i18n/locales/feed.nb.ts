import type { Localized } from '@liblab/web-ui';
import type { feedEn } from './feed.en';

export const feedNb: Localized<typeof feedEn> = {
  feed: {
    heading: 'Nytt i nettverket',
    loading: 'Henter strømmen…',
    sortLabel: 'Rekkefølge',
    sorts: { FOR_YOU: 'For deg', NEWEST: 'Nyeste', USEFUL: 'Mest nyttig' },
    kindLabel: 'Vis',
    kinds: { ALL: 'Alt', INSPIRATION: 'Inspirasjon', QUESTION: 'Spørsmål', UNANSWERED: 'Ubesvarte spørsmål' },
    filters: 'Avgrens strømmen',
    because: 'Du følger: {{reasons}}',
    reasons: { MEMBER: 'forfatteren', LIBRARY: 'biblioteket', TAG: 'en emneknagg' },
    newPosts_one: '{{count}} nytt innlegg – vis',
    newPosts_other: '{{count}} nye innlegg – vis',
    loadMore: 'Vis flere innlegg',
    emptyTitle: 'Her er det tomt foreløpig',
    emptyBody: 'Ingen har delt inspirasjon eller spørsmål ennå. Bli den første: still et spørsmål eller fortell hva som har fungert på biblioteket ditt.',
    emptyFiltered: 'Ingenting passer til disse filtrene. Prøv med færre.',
    ask: 'Still et spørsmål',
    share: 'Del inspirasjon',
    followHint: 'Følg kolleger, bibliotek og emneknagger for å se innleggene deres først.',
  },
  follows: {
    follow: 'Følg',
    following: 'Følger',
    toggle: 'Følg {{name}}',
    followed: 'Du følger nå {{name}}.',
    unfollowed: 'Du følger ikke lenger {{name}}.',
    followers_one: '{{count}} følger',
    followers_other: '{{count}} følgere',
  },
};
