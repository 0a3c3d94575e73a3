import type { Language } from '@liblab/domain';
import type { OutgoingMail } from '../../core/mail/mail.service.js';

export type RegistrationMailKind = 'promoted' | 'event_cancelled';

const TEXT: Record<Language, { hello: string; subject: Record<RegistrationMailKind, string>; body: Record<RegistrationMailKind, string>; open: string; footer: string }> = {
  en: {
    hello: 'Hello',
    subject: { promoted: 'You have a place: {title}', event_cancelled: 'Cancelled: {title}' },
    body: {
      promoted: 'A place became free and you were next on the waitlist: your registration for “{title}” ({when}) is now confirmed. If you cannot come, please cancel so the next person gets the place.',
      event_cancelled: 'The organisers cancelled “{title}” ({when}). Your registration has no effect any more.',
    },
    open: 'Open the event',
    footer: 'You receive this because you registered for the event in LibLab.',
  },
  pl: {
    hello: 'Dzień dobry',
    subject: { promoted: 'Masz miejsce: {title}', event_cancelled: 'Odwołane: {title}' },
    body: {
      promoted: 'Zwolniło się miejsce, a Ty byłaś/byłeś pierwsza/pierwszy na liście rezerwowej: Twoja rejestracja na „{title}” ({when}) jest potwierdzona. Jeśli nie możesz przyjść, odwołaj ją, aby miejsce dostała kolejna osoba.',
      event_cancelled: 'Organizatorzy odwołali „{title}” ({when}). Twoja rejestracja nie jest już aktualna.',
    },
    open: 'Otwórz wydarzenie',
    footer: 'Otrzymujesz tę wiadomość, bo zapisałaś/zapisałeś się na wydarzenie w LibLab.',
  },
  sv: {
    hello: 'Hej',
    subject: { promoted: 'Du har fått en plats: {title}', event_cancelled: 'Inställt: {title}' },
    body: {
      promoted: 'En plats blev ledig och du stod först på väntelistan: din anmälan till ”{title}” ({when}) är nu bekräftad. Om du inte kan komma, avanmäl dig så att nästa person får platsen.',
      event_cancelled: 'Arrangörerna har ställt in ”{title}” ({when}). Din anmälan gäller inte längre.',
    },
    open: 'Öppna evenemanget',
    footer: 'Du får detta eftersom du anmälde dig till evenemanget i LibLab.',
  },
  nb: {
    hello: 'Hei',
    subject: { promoted: 'Du har fått plass: {title}', event_cancelled: 'Avlyst: {title}' },
    body: {
      promoted: 'En plass ble ledig, og du stod først på ventelisten: påmeldingen din til «{title}» ({when}) er nå bekreftet. Hvis du ikke kan komme, meld deg av så neste person får plassen.',
      event_cancelled: 'Arrangørene har avlyst «{title}» ({when}). Påmeldingen din gjelder ikke lenger.',
    },
    open: 'Åpne arrangementet',
    footer: 'Du får dette fordi du meldte deg på arrangementet i LibLab.',
  },
};

const INTL_LOCALE: Record<Language, string> = { en: 'en-GB', pl: 'pl-PL', sv: 'sv-SE', nb: 'nb-NO' };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The event's start in its own time zone, in the reader's language, with the zone named. */
export function eventTimeText(startsAt: Date, timeZone: string, language: Language): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], {
    weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short',
  }).format(startsAt);
}

export function registrationMail(
  kind: RegistrationMailKind,
  to: { email: string; name: string; locale: string },
  event: { title: string; startsAt: Date; timeZone: string },
  link: string,
): OutgoingMail {
  const language = (to.locale in TEXT ? to.locale : 'en') as Language;
  const t = TEXT[language];
  const fill = (s: string, html: boolean) =>
    s
      .replace('{title}', html ? escapeHtml(event.title) : event.title)
      .replace('{when}', eventTimeText(event.startsAt, event.timeZone, language));
  return {
    to: to.email,
    subject: fill(t.subject[kind], false),
    text: `${t.hello} ${to.name},\n\n${fill(t.body[kind], false)}\n\n${link}\n\n${t.footer}\n`,
    html:
      `<p>${t.hello} ${escapeHtml(to.name)},</p><p>${fill(t.body[kind], true)}</p>` +
      `<p><a href="${escapeHtml(link)}">${t.open}</a></p><p>${t.footer}</p>`,
  };
}
