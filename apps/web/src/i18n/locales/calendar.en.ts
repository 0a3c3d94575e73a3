/** English strings of calendar subscriptions (month, public and private feeds): the source for pl, sv, nb. */
export const calendarEn = {
  calendar: {
    address: {
      copy: 'Copy address',
      copyLabel: 'Copy address: {{name}}',
      copied: 'Address copied. Paste it into your calendar app.',
      copyFailed: 'Your browser did not let us copy. Select the address and copy it yourself.',
    },
    howTo:
      'The subscribe button opens your calendar app (Apple Calendar, Outlook). In Google Calendar, choose “Other calendars” → “From URL” and paste the address. Calendars look for changes about once an hour.',
    month: {
      heading: 'Webinars and meetups of the month',
      lead: 'Events of this thematic month, in your time and, where it differs, in the event’s own.',
      emptyTitle: 'No events in this month yet',
      emptyBody: 'When coordinators plan a webinar or meetup for this month, it appears here and in the month’s calendar.',
      subscribeHeading: 'This month in your calendar',
      subscribeLead:
        'Add the month’s events to Google Calendar, Outlook or Apple Calendar with this address: new events, changes and cancellations follow by themselves.',
      subscribe: 'Subscribe to this month’s calendar',
      addressLabel: 'Address of the month’s calendar',
      draft: 'The month’s calendar can be subscribed to once the month is announced.',
    },
    public: {
      heading: 'Events in your calendar',
      lead: 'Subscribe to LibLab’s events in Google Calendar, Outlook or Apple Calendar: new events, changes and cancellations follow by themselves.',
      allLabel: 'Address of all events',
      allSubscribe: 'Subscribe to all events',
      regionLabel: 'Address of meetups and conventions in {{region}}',
      regionSubscribe: 'Subscribe to {{region}}',
      regionHint: 'Webinars have no region, so they are only in the calendar of all events.',
      chooseRegion: 'Choose a region in the filters above for a calendar of its meetups and conventions only.',
      loading: 'Loading calendar addresses…',
    },
    mine: {
      heading: 'My events in my calendar',
      lead: 'A private calendar of the events you have a place at or are on the waitlist for. Subscribe once: registrations, changes and cancellations follow by themselves.',
      addressLabel: 'Your private calendar address',
      subscribe: 'Subscribe to my events',
      secret: 'Keep this address to yourself: whoever has it sees your events, including the join links of your webinars.',
      createdAt: 'Address made on {{date}}.',
      rotate: 'Make a new address',
      rotateHint:
        'If you shared the address by mistake, make a new one. The old one stops working at once, so calendars subscribed to it need the new one.',
      confirmTitle: 'Make a new calendar address?',
      confirmBody:
        'The current address stops working at once: calendars subscribed to it will no longer update until you give them the new address.',
      confirm: 'Make a new address',
      keep: 'Keep the current address',
      rotated: 'A new address is ready. The old one no longer works: subscribe to this one in your calendar.',
      rotateFailed: 'We could not make a new address',
      loading: 'Loading your calendar address…',
    },
  },
};
