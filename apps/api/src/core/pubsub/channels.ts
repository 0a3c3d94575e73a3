/** Every PubSub channel name, in one place. Payloads carry ids; subscribers load what they show. */
export const CHANNELS = {
  libraryMemberJoined: 'LIBRARY_MEMBER_JOINED',
  memberUpdated: 'MEMBER_UPDATED',
  /** Answers, comments, votes and acceptance on a question page: `QuestionActivityEvent`. */
  questionActivity: 'QUESTION_ACTIVITY',
  /** A notification was created: `{ recipientId, notificationId }`. */
  notificationAdded: 'NOTIFICATION_ADDED',
  /** A member's event registration changed (registered, promoted, cancelled): `RegistrationChangedEvent`. */
  registrationChanged: 'EVENT_REGISTRATION_CHANGED',
  /** An event's places or waitlist changed (once per event and change, however many registrations moved): `{ eventId }`. */
  eventAvailabilityChanged: 'EVENT_AVAILABILITY_CHANGED',
  /** A new inspiration or question, for the feed's "N new posts": `FeedPostAddedEvent` (ids and filter keys only). */
  feedPostAdded: 'FEED_POST_ADDED',
} as const;
