import { graphql } from '@liblab/web-graphql';

export const notificationFields = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    read
    createdAt
    actor {
      id
      name
    }
    post {
      id
      title
    }
    content {
      id
    }
    comment {
      id
    }
    event {
      id
      title
    }
  }
`);

/** The bell's count (kept live by `notificationAdded`). */
export const unreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** The latest few, for the bell's menu. */
export const latestNotificationsQuery = graphql(`
  query LatestNotifications {
    notifications(first: 5) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
    }
  }
`);

export const notificationListQuery = graphql(`
  query NotificationList($unreadOnly: Boolean!, $after: String) {
    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
    }
  }
`);

export const notificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      unreadNotificationCount
      notification {
        ...NotificationFields
      }
    }
  }
`);

export const markNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      read
      readAt
    }
  }
`);

export const markAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const notificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      email
    }
  }
`);

export const updateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      kind
      email
    }
  }
`);
