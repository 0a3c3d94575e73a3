import { isLanguage, type Language } from '@liblab/domain';
import type { OutgoingMail } from '../../core/mail/mail.service.js';
import { eventTimeText } from '../../core/mail/event-time.js';
import type { ReminderKind } from './reminder-plan.js';

interface ReminderText {
  hello: string;
  subject: Record<ReminderKind, string>;
  /** `{title}` and `{when}` are filled in. */
  line: Record<ReminderKind, string>;
  join: string;
  where: string;
  open: string;
  footer: string;
}

const TEXT: Record<Language, ReminderText> = {
  en: {
    hello: 'Hello',
    subject: { day_before: 'Reminder: {title}', hour_before: 'Starting in an hour: {title}' },
    line: {
      day_before: 'This is a reminder that “{title}” takes place {when}. You have a confirmed place.',
      hour_before: '“{title}” starts in about an hour: {when}.',
    },
    join: 'Join the webinar here:',
    where: 'Where:',
    open: 'Open the event',
    footer: 'You receive this because you registered for the event in LibLab. If you cannot come, please cancel your registration so someone else gets the place.',
  },
  pl: {
    hello: 'Dzień dobry',
    subject: { day_before: 'Przypomnienie: {title}', hour_before: 'Za godzinę: {title}' },
    line: {
      day_before: 'Przypominamy, że „{title}” odbędzie się {when}. Masz potwierdzone miejsce.',
      hour_before: '„{title}” zaczyna się za około godzinę: {when}.',
    },
    join: 'Dołącz do webinarium tutaj:',
    where: 'Miejsce:',
    open: 'Otwórz wydarzenie',
    footer: 'Otrzymujesz tę wiadomość, bo zapisałaś/zapisałeś się na wydarzenie w LibLab. Jeśli nie możesz przyjść, odwołaj rejestrację, aby miejsce dostała inna osoba.',
  },
  sv: {
    hello: 'Hej',
    subject: { day_before: 'Påminnelse: {title}', hour_before: 'Börjar om en timme: {title}' },
    line: {
      day_before: 'En påminnelse om att ”{title}” äger rum {when}. Du har en bekräftad plats.',
      hour_before: '”{title}” börjar om ungefär en timme: {when}.',
    },
    join: 'Anslut till webbinariet här:',
    where: 'Plats:',
    open: 'Öppna evenemanget',
    footer: 'Du får detta eftersom du anmälde dig till evenemanget i LibLab. Om du inte kan komma, avanmäl dig så att någon annan får platsen.',
  },
  nb: {
    hello: 'Hei',
    subject: { day_before: 'Påminnelse: {title}', hour_before: 'Starter om en time: {title}' },
    line: {
      day_before: 'En påminnelse om at «{title}» finner sted {when}. Du har bekreftet plass.',
      hour_before: '«{title}» starter om omtrent en time: {when}.',
    },
    join: 'Bli med på webinaret her:',
    where: 'Sted:',
    open: 'Åpne arrangementet',
    footer: 'Du får dette fordi du meldte deg på arrangementet i LibLab. Hvis du ikke kan komme, meld deg av så noen andre får plassen.',
  },
};

export interface ReminderMailEvent {
  title: string;
  startsAt: Date;
  timeZone: string;
  /** Webinars: the link, sent only to confirmed registrants. */
  joinUrl: string | null;
  /** Meetups and conventions: venue, address and city as one line; null online. */
  place: string | null;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The start in the event's own zone, in the reader's language, with the zone's short and IANA names. */
export function reminderTimeText(startsAt: Date, timeZone: string, language: Language): string {
  return `${eventTimeText(startsAt, timeZone, language)} (${timeZone})`;
}

/** A reminder to one confirmed registrant, in their interface language (English when it is unknown). */
export function reminderMail(
  kind: ReminderKind,
  to: { email: string; name: string; locale: string },
  event: ReminderMailEvent,
  eventLink: string,
): OutgoingMail {
  const language: Language = isLanguage(to.locale) ? to.locale : 'en';
  const t = TEXT[language];
  const when = reminderTimeText(event.startsAt, event.timeZone, language);
  const fill = (s: string, html: boolean) =>
    s.replace('{title}', html ? escapeHtml(event.title) : event.title).replace('{when}', html ? escapeHtml(when) : when);
  const textParts = [`${t.hello} ${to.name},`, fill(t.line[kind], false)];
  const htmlParts = [`<p>${t.hello} ${escapeHtml(to.name)},</p>`, `<p>${fill(t.line[kind], true)}</p>`];
  if (event.joinUrl) {
    textParts.push(`${t.join}\n${event.joinUrl}`);
    htmlParts.push(`<p>${t.join}<br><a href="${escapeHtml(event.joinUrl)}">${escapeHtml(event.joinUrl)}</a></p>`);
  }
  if (event.place) {
    textParts.push(`${t.where} ${event.place}`);
    htmlParts.push(`<p>${t.where} ${escapeHtml(event.place)}</p>`);
  }
  textParts.push(`${t.open}: ${eventLink}`, t.footer);
  htmlParts.push(`<p><a href="${escapeHtml(eventLink)}">${t.open}</a></p>`, `<p>${t.footer}</p>`);
  return {
    to: to.email,
    subject: fill(t.subject[kind], false),
    text: `${textParts.join('\n\n')}\n`,
    html: htmlParts.join(''),
  };
}
