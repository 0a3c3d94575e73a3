import { graphql } from '@liblab/web-graphql';

/** The public feed of every event, or of one region's meetups and conventions (webinars have no region). */
export const calendarFeedUrlQuery = graphql(`
  query CalendarFeedUrl($region: String) {
    calendarFeedUrl(region: $region)
  }
`);

/** The member's private "my events" feed; the API makes its secret address on first ask. */
export const myCalendarFeedQuery = graphql(`
  query MyCalendarFeed {
    myCalendarFeed {
      url
      createdAt
    }
  }
`);

/** A new secret address; the old one stops working at once. */
export const rotateCalendarTokenMutation = graphql(`
  mutation RotateCalendarToken {
    rotateCalendarToken {
      url
      createdAt
    }
  }
`);
