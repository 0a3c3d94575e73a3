import type { Localized } from '@liblab/web-ui';
import type { feedEn } from './feed.en';

export const feedPl: Localized<typeof feedEn> = {
  feed: {
    heading: 'Co nowego w sieci',
    loading: 'Wczytywanie aktualności…',
    sortLabel: 'Kolejność',
    sorts: { FOR_YOU: 'Dla Ciebie', NEWEST: 'Najnowsze', USEFUL: 'Najbardziej przydatne' },
    kindLabel: 'Pokaż',
    kinds: { ALL: 'Wszystko', INSPIRATION: 'Inspiracje', QUESTION: 'Pytania', UNANSWERED: 'Pytania bez odpowiedzi' },
    filters: 'Zawęź aktualności',
    because: 'Obserwujesz: {{reasons}}',
    reasons: { MEMBER: 'autora', LIBRARY: 'bibliotekę', TAG: 'tag' },
    newPosts_one: '{{count}} nowy wpis – pokaż',
    newPosts_few: '{{count}} nowe wpisy – pokaż',
    newPosts_many: '{{count}} nowych wpisów – pokaż',
    newPosts_other: '{{count}} nowego wpisu – pokaż',
    loadMore: 'Wczytaj więcej wpisów',
    emptyTitle: 'Na razie pusto',
    emptyBody: 'Nikt jeszcze nie podzielił się inspiracją ani pytaniem. Bądź pierwsza lub pierwszy: zadaj pytanie albo opisz, co sprawdziło się w Twojej bibliotece.',
    emptyFiltered: 'Nic nie pasuje do tych filtrów. Spróbuj z mniejszą liczbą.',
    ask: 'Zadaj pytanie',
    share: 'Podziel się inspiracją',
    followHint: 'Obserwuj osoby, biblioteki i tagi, aby ich wpisy widzieć na początku.',
  },
  follows: {
    follow: 'Obserwuj',
    following: 'Obserwujesz',
    toggle: 'Obserwuj: {{name}}',
    followed: 'Obserwujesz teraz: {{name}}.',
    unfollowed: 'Nie obserwujesz już: {{name}}.',
    followers_one: '{{count}} obserwujący',
    followers_few: '{{count}} obserwujących',
    followers_many: '{{count}} obserwujących',
    followers_other: '{{count}} obserwującego',
  },
};
