import { graphql, type EventFormQuery, type EventPageQuery, type EventQuestionsQuery, type EventRegistrantsQuery } from '@liblab/web-graphql';

/** What a member sees of their own place at an event. */
export const viewerRegistrationFields = graphql(`
  fragment ViewerRegistrationFields on EventRegistration {
    id
    status
    waitlistPosition
    promotedAt
  }
`);

/** The numbers that change with every registration: places, waitlist, and the viewer's own place. */
export const eventAvailabilityFields = graphql(`
  fragment EventAvailabilityFields on Event {
    id
    status
    capacity
    confirmedCount
    waitlistCount
    placesLeft
    registrationOpen
    joinUrl
    viewerRegistration {
      ...ViewerRegistrationFields
    }
  }
`);

export const eventCardFields = graphql(`
  fragment EventCardFields on Event {
    id
    kind
    title
    startsAt
    endsAt
    timeZone
    city
    region
    registrationDeadline
    ...EventAvailabilityFields
  }
`);

export const eventSpeakerFields = graphql(`
  fragment EventSpeakerFields on EventSpeaker {
    name
    member {
      id
      name
    }
  }
`);

export const eventListQuery = graphql(`
  query EventList($filter: EventFilter, $after: String) {
    events(first: 20, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...EventCardFields
        }
      }
    }
  }
`);

/** Everything the event page shows; the form's mutations answer with it, so the page is current at once. */
export const eventPageFields = graphql(`
  fragment EventPageFields on Event {
    ...EventCardFields
    description
    agenda
    venue
    address
    viewerCanManage
    calendarUrl
    recordingUrl
    slidesUrl
    questionCount
    unansweredQuestionCount
    questionsOpen
    viewerCanAskQuestion
    month {
      id
      title
    }
    breakoutRooms {
      id
      name
      project
      room
      url
      session {
        id
        title
      }
    }
    organiser {
      id
      name
    }
    speakers {
      ...EventSpeakerFields
    }
    sessions {
      id
      title
      startsAt
      endsAt
      room
      track
      speakers {
        ...EventSpeakerFields
      }
    }
  }
`);

export const eventPageQuery = graphql(`
  query EventPage($id: ID!) {
    event(id: $id) {
      ...EventPageFields
    }
  }
`);

export type EventPageData = EventPageQuery['event'];

/** The event as the form edits it (the whole input, since an update replaces the event). */
export const eventFormQuery = graphql(`
  query EventForm($id: ID!) {
    event(id: $id) {
      id
      kind
      status
      title
      description
      agenda
      startsAt
      endsAt
      timeZone
      capacity
      registrationDeadline
      city
      venue
      address
      region
      joinUrl
      confirmedCount
      viewerCanManage
      speakers {
        ...EventSpeakerFields
      }
      sessions {
        id
        title
        startsAt
        endsAt
        room
        track
        speakers {
          ...EventSpeakerFields
        }
      }
      breakoutRooms {
        id
        name
        project
        room
        url
        session {
          id
        }
      }
    }
  }
`);

export type EventFormData = EventFormQuery['event'];

export const createEventMutation = graphql(`
  mutation CreateEvent($input: EventInput!) {
    createEvent(input: $input) {
      ...EventPageFields
    }
  }
`);

export const updateEventMutation = graphql(`
  mutation UpdateEvent($id: ID!, $input: EventInput!) {
    updateEvent(id: $id, input: $input) {
      ...EventPageFields
    }
  }
`);

export const cancelEventMutation = graphql(`
  mutation CancelEvent($id: ID!) {
    cancelEvent(id: $id) {
      ...EventAvailabilityFields
    }
  }
`);

/** Registering answers with the event's new numbers, so the page and the lists update from the cache. */
export const registerForEventMutation = graphql(`
  mutation RegisterForEvent($eventId: ID!) {
    registerForEvent(eventId: $eventId) {
      ...ViewerRegistrationFields
      event {
        ...EventAvailabilityFields
      }
    }
  }
`);

export const cancelRegistrationMutation = graphql(`
  mutation CancelRegistration($eventId: ID!) {
    cancelRegistration(eventId: $eventId) {
      ...ViewerRegistrationFields
      event {
        ...EventAvailabilityFields
      }
    }
  }
`);

/**
 * The signed-in member's registrations as they change (promoted from the waitlist, event cancelled, or
 * changed in another tab). The event's numbers come along, so every view of it updates from the cache.
 */
export const registrationChangedSubscription = graphql(`
  subscription RegistrationChanged {
    registrationChanged {
      reason
      registration {
        ...ViewerRegistrationFields
        event {
          ...EventAvailabilityFields
          title
        }
      }
    }
  }
`);

export const myEventsQuery = graphql(`
  query MyEvents($past: Boolean!, $after: String) {
    myEvents(first: 20, after: $after, past: $past) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...ViewerRegistrationFields
          registeredAt
          attended
          event {
            ...EventCardFields
          }
        }
      }
    }
  }
`);

/** For organisers: everyone who registered, confirmed first, then the waitlist in order, then cancellations. */
export const eventRegistrantsQuery = graphql(`
  query EventRegistrants($eventId: ID!, $after: String) {
    eventRegistrations(eventId: $eventId, first: 50, after: $after) {
      totalCount
      counts {
        confirmed
        waitlisted
        cancelled
        attended
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          status
          waitlistPosition
          registeredAt
          attended
          member {
            id
            name
            library {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export type Registrant = EventRegistrantsQuery['eventRegistrations']['edges'][number]['node'];

export const eventRegistrantsCsvQuery = graphql(`
  query EventRegistrantsCsv($eventId: ID!) {
    eventRegistrantsCsv(eventId: $eventId)
  }
`);

export const markAttendanceMutation = graphql(`
  mutation MarkAttendance($eventId: ID!, $memberId: ID!, $attended: Boolean!) {
    markAttendance(eventId: $eventId, memberId: $memberId, attended: $attended) {
      id
      attended
    }
  }
`);

/** The questions asked during an event (a Q&A thread answered afterwards), in the order asked. */
export const eventQuestionsQuery = graphql(`
  query EventQuestions($id: ID!, $after: String, $unanswered: Boolean) {
    event(id: $id) {
      id
      questions(first: 20, after: $after, unanswered: $unanswered) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        edges {
          cursor
          node {
            ...QuestionCardFields
          }
        }
      }
    }
  }
`);

export type EventQuestionsData = NonNullable<EventQuestionsQuery['event']>['questions'];

/** What the ask page needs to know of the event before offering the form. */
export const eventAskQuery = graphql(`
  query EventAsk($id: ID!) {
    event(id: $id) {
      id
      title
      status
      questionsOpen
      viewerCanAskQuestion
    }
  }
`);

export const askAtEventMutation = graphql(`
  mutation AskAtEvent($eventId: ID!, $input: QuestionInput!) {
    askAtEvent(eventId: $eventId, input: $input) {
      id
    }
  }
`);

export const updateEventMaterialsMutation = graphql(`
  mutation UpdateEventMaterials($eventId: ID!, $input: EventMaterialsInput!) {
    updateEventMaterials(eventId: $eventId, input: $input) {
      id
      recordingUrl
      slidesUrl
    }
  }
`);

/** The event's places, waitlist and the viewer's own place, whenever someone's registration changes it. */
export const eventAvailabilityChangedSubscription = graphql(`
  subscription EventAvailabilityChanged($eventId: ID!) {
    eventAvailabilityChanged(eventId: $eventId) {
      ...EventAvailabilityFields
    }
  }
`);
