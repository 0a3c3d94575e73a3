import { InMemoryCache } from '@apollo/client';
import { cursorConnection } from './connection-policy';

/**
 * Members, libraries and knowledge content are normalised by id; every list is a cursor connection keyed by
 * page size and filter. Nested comment pages share one entry per parent, so "show more" adds to what is shown.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    // Fragments on interfaces (`... on Content`) need to know which types implement them.
    possibleTypes: {
      Content: ['Inspiration', 'Question', 'Answer'],
      Post: ['Inspiration', 'Question'],
      Votable: ['Question', 'Answer'],
    },
    typePolicies: {
      Query: {
        fields: {
          members: cursorConnection(['first', 'filter']),
          libraries: cursorConnection(['first', 'filter']),
          questions: cursorConnection(['first', 'filter']),
          inspirations: cursorConnection(['first', 'filter']),
          tags: cursorConnection(['first', 'sort', 'search']),
          myBookmarks: cursorConnection(['first']),
          search: cursorConnection(['first', 'query', 'filter']),
          notifications: cursorConnection(['first', 'unreadOnly']),
          months: cursorConnection(['first', 'filter']),
          events: cursorConnection(['first', 'filter']),
          myEvents: cursorConnection(['first', 'past']),
          eventRegistrations: cursorConnection(['eventId', 'first', 'status']),
        },
      },
      Question: {
        fields: {
          answers: cursorConnection(['sort']),
          comments: cursorConnection(false),
          reactions: cursorConnection(['kind']),
        },
      },
      Inspiration: {
        fields: {
          comments: cursorConnection(false),
          reactions: cursorConnection(['kind']),
        },
      },
      Answer: {
        fields: {
          comments: cursorConnection(false),
        },
      },
      Library: {
        fields: {
          members: cursorConnection(false),
        },
      },
      Month: {
        fields: {
          questions: cursorConnection(['unanswered']),
        },
      },
      Event: {
        fields: {
          questions: cursorConnection(['unanswered']),
        },
      },
    },
  });
}
