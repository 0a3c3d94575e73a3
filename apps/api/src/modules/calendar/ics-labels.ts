import type { Language } from '@liblab/domain';

/** The few words the calendar files add around the organisers' own text, in the four interface languages. */
export interface IcsLabels {
  allEvents: string;
  myEvents: string;
  /** `{region}` is filled in. */
  regionEvents: string;
  online: string;
  agenda: string;
  programme: string;
  speakers: string;
  waitlist: string;
  waitlistNote: string;
  join: string;
  joinOnPage: string;
  eventPage: string;
}

export const ICS_LABELS: Record<Language, IcsLabels> = {
  en: {
    allEvents: 'LibLab: events',
    myEvents: 'LibLab: my events',
    regionEvents: 'LibLab: events in {region}',
    online: 'Online',
    agenda: 'Agenda',
    programme: 'Programme',
    speakers: 'Speakers',
    waitlist: 'waitlist',
    waitlistNote: 'You are on the waitlist: you will be told if a place frees up.',
    join: 'Join',
    joinOnPage: 'Registered members find the join link on the event page.',
    eventPage: 'Event page',
  },
  pl: {
    allEvents: 'LibLab: wydarzenia',
    myEvents: 'LibLab: moje wydarzenia',
    regionEvents: 'LibLab: wydarzenia – {region}',
    online: 'Online',
    agenda: 'Program',
    programme: 'Program',
    speakers: 'Prelegenci',
    waitlist: 'lista rezerwowa',
    waitlistNote: 'Jesteś na liście rezerwowej: damy znać, gdy zwolni się miejsce.',
    join: 'Dołącz',
    joinOnPage: 'Zapisane osoby znajdą link do spotkania na stronie wydarzenia.',
    eventPage: 'Strona wydarzenia',
  },
  sv: {
    allEvents: 'LibLab: evenemang',
    myEvents: 'LibLab: mina evenemang',
    regionEvents: 'LibLab: evenemang i {region}',
    online: 'Online',
    agenda: 'Dagordning',
    programme: 'Program',
    speakers: 'Talare',
    waitlist: 'väntelista',
    waitlistNote: 'Du står på väntelistan: du får besked om en plats blir ledig.',
    join: 'Anslut',
    joinOnPage: 'Anmälda hittar länken till mötet på evenemangets sida.',
    eventPage: 'Evenemangets sida',
  },
  nb: {
    allEvents: 'LibLab: arrangementer',
    myEvents: 'LibLab: mine arrangementer',
    regionEvents: 'LibLab: arrangementer i {region}',
    online: 'Nett',
    agenda: 'Agenda',
    programme: 'Program',
    speakers: 'Foredragsholdere',
    waitlist: 'venteliste',
    waitlistNote: 'Du står på ventelisten: du får beskjed hvis en plass blir ledig.',
    join: 'Bli med',
    joinOnPage: 'Påmeldte finner lenken til møtet på arrangementets side.',
    eventPage: 'Arrangementets side',
  },
};
