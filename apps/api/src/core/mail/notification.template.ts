import type { Language, NotificationKind } from '@liblab/domain';
import type { OutgoingMail } from './mail.service.js';

interface KindText {
  subject: string;
  line: string;
}

interface LanguageText {
  hello: string;
  someone: string;
  button: string;
  footer: string;
  kinds: Record<NotificationKind, KindText>;
}

/**
 * `{actor}` and `{title}` are replaced (escaped in HTML); titles are the question's or inspiration's, or
 * the event's for kinds about an event, where `{when}` becomes " (its start in its own zone)" or nothing.
 */
const TEXT: Record<Language, LanguageText> = {
  en: {
    hello: 'Hello',
    someone: 'Someone',
    button: 'Open in LibLab',
    footer: 'You get this email because of your notification settings. Change them here:',
    kinds: {
      answer_to_my_question: { subject: 'New answer to your question “{title}”', line: '{actor} answered your question “{title}”.' },
      answer_accepted: { subject: 'Your answer was accepted', line: '{actor} accepted your answer to “{title}”.' },
      comment_on_my_content: { subject: 'New comment in “{title}”', line: '{actor} commented on your post in “{title}”.' },
      mention: { subject: '{actor} mentioned you', line: '{actor} mentioned you in “{title}”.' },
      post_in_followed_tag: { subject: 'New in a tag you follow: “{title}”', line: '{actor} posted “{title}” with a tag you follow.' },
      question_escalated: {
        subject: 'Waiting for an expert answer: “{title}”',
        line: 'The question “{title}” by {actor} in your thematic month has passed the promised answer time without an expert answer.',
      },
      event_question: {
        subject: 'New question at your event: “{title}”',
        line: '{actor} asked “{title}” at an event you organise or speak at. It is waiting for your answer after the event.',
      },
      event_recording: { subject: 'Recording available: {title}', line: 'The recording of “{title}”{when} is now available.' },
      waitlist_promoted: {
        subject: 'You have a place: {title}',
        line: 'A place became free and you were next on the waitlist: your registration for “{title}”{when} is now confirmed. If you cannot come, please cancel so the next person gets the place.',
      },
      event_cancelled: { subject: 'Cancelled: {title}', line: '{actor} cancelled “{title}”{when}. Your registration has no effect any more.' },
    },
  },
  pl: {
    hello: 'Dzień dobry',
    someone: 'Ktoś',
    button: 'Otwórz w LibLab',
    footer: 'Dostajesz tę wiadomość zgodnie z ustawieniami powiadomień. Możesz je zmienić tutaj:',
    kinds: {
      answer_to_my_question: { subject: 'Nowa odpowiedź na Twoje pytanie „{title}”', line: '{actor} odpowiedział(a) na Twoje pytanie „{title}”.' },
      answer_accepted: { subject: 'Twoja odpowiedź została zaakceptowana', line: '{actor} zaakceptował(a) Twoją odpowiedź na pytanie „{title}”.' },
      comment_on_my_content: { subject: 'Nowy komentarz: „{title}”', line: '{actor} skomentował(a) Twój wpis w „{title}”.' },
      mention: { subject: '{actor} wspomniał(a) o Tobie', line: '{actor} wspomniał(a) o Tobie w „{title}”.' },
      post_in_followed_tag: { subject: 'Nowość w obserwowanym tagu: „{title}”', line: '{actor} opublikował(a) „{title}” z tagiem, który obserwujesz.' },
      question_escalated: {
        subject: 'Pytanie czeka na odpowiedź eksperta: „{title}”',
        line: 'Pytanie „{title}” ({actor}) w Twoim miesiącu tematycznym przekroczyło obiecany czas odpowiedzi i nie ma jeszcze odpowiedzi eksperta.',
      },
      event_question: {
        subject: 'Nowe pytanie na Twoim wydarzeniu: „{title}”',
        line: '{actor} zadał(a) pytanie „{title}” na wydarzeniu, które organizujesz lub na którym występujesz. Czeka na Twoją odpowiedź po wydarzeniu.',
      },
      event_recording: { subject: 'Nagranie jest dostępne: {title}', line: 'Nagranie z wydarzenia „{title}”{when} jest już dostępne.' },
      waitlist_promoted: {
        subject: 'Masz miejsce: {title}',
        line: 'Zwolniło się miejsce, a Ty byłaś/byłeś pierwsza/pierwszy na liście rezerwowej: Twoja rejestracja na „{title}”{when} jest potwierdzona. Jeśli nie możesz przyjść, odwołaj ją, aby miejsce dostała kolejna osoba.',
      },
      event_cancelled: { subject: 'Odwołane: {title}', line: '{actor} odwołał(a) wydarzenie „{title}”{when}. Twoja rejestracja nie jest już aktualna.' },
    },
  },
  sv: {
    hello: 'Hej',
    someone: 'Någon',
    button: 'Öppna i LibLab',
    footer: 'Du får det här mejlet enligt dina aviseringsinställningar. Ändra dem här:',
    kinds: {
      answer_to_my_question: { subject: 'Nytt svar på din fråga ”{title}”', line: '{actor} har svarat på din fråga ”{title}”.' },
      answer_accepted: { subject: 'Ditt svar har godkänts', line: '{actor} har godkänt ditt svar på ”{title}”.' },
      comment_on_my_content: { subject: 'Ny kommentar i ”{title}”', line: '{actor} har kommenterat ditt inlägg i ”{title}”.' },
      mention: { subject: '{actor} nämnde dig', line: '{actor} har nämnt dig i ”{title}”.' },
      post_in_followed_tag: { subject: 'Nytt i en tagg du följer: ”{title}”', line: '{actor} har publicerat ”{title}” med en tagg du följer.' },
      question_escalated: {
        subject: 'Väntar på svar från en expert: ”{title}”',
        line: 'Frågan ”{title}” från {actor} i din temamånad har passerat den utlovade svarstiden utan svar från en expert.',
      },
      event_question: {
        subject: 'Ny fråga på ditt evenemang: ”{title}”',
        line: '{actor} har ställt frågan ”{title}” på ett evenemang som du arrangerar eller talar på. Den väntar på ditt svar efter evenemanget.',
      },
      event_recording: { subject: 'Inspelningen finns: {title}', line: 'Inspelningen av ”{title}”{when} finns nu tillgänglig.' },
      waitlist_promoted: {
        subject: 'Du har fått en plats: {title}',
        line: 'En plats blev ledig och du stod först på väntelistan: din anmälan till ”{title}”{when} är nu bekräftad. Om du inte kan komma, avanmäl dig så att nästa person får platsen.',
      },
      event_cancelled: { subject: 'Inställt: {title}', line: '{actor} har ställt in ”{title}”{when}. Din anmälan gäller inte längre.' },
    },
  },
  nb: {
    hello: 'Hei',
    someone: 'Noen',
    button: 'Åpne i LibLab',
    footer: 'Du får denne e-posten etter varslingsinnstillingene dine. Endre dem her:',
    kinds: {
      answer_to_my_question: { subject: 'Nytt svar på spørsmålet ditt «{title}»', line: '{actor} har svart på spørsmålet ditt «{title}».' },
      answer_accepted: { subject: 'Svaret ditt er godkjent', line: '{actor} har godkjent svaret ditt på «{title}».' },
      comment_on_my_content: { subject: 'Ny kommentar i «{title}»', line: '{actor} har kommentert innlegget ditt i «{title}».' },
      mention: { subject: '{actor} nevnte deg', line: '{actor} har nevnt deg i «{title}».' },
      post_in_followed_tag: { subject: 'Nytt i en tagg du følger: «{title}»', line: '{actor} har publisert «{title}» med en tagg du følger.' },
      question_escalated: {
        subject: 'Venter på svar fra en ekspert: «{title}»',
        line: 'Spørsmålet «{title}» fra {actor} i temamåneden din har passert den lovede svartiden uten svar fra en ekspert.',
      },
      event_question: {
        subject: 'Nytt spørsmål på arrangementet ditt: «{title}»',
        line: '{actor} har stilt spørsmålet «{title}» på et arrangement du arrangerer eller snakker på. Det venter på svaret ditt etter arrangementet.',
      },
      event_recording: { subject: 'Opptaket er klart: {title}', line: 'Opptaket av «{title}»{when} er nå tilgjengelig.' },
      waitlist_promoted: {
        subject: 'Du har fått plass: {title}',
        line: 'En plass ble ledig, og du stod først på ventelisten: påmeldingen din til «{title}»{when} er nå bekreftet. Hvis du ikke kan komme, meld deg av så neste person får plassen.',
      },
      event_cancelled: { subject: 'Avlyst: {title}', line: '{actor} har avlyst «{title}»{when}. Påmeldingen din gjelder ikke lenger.' },
    },
  },
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface Values {
  actor: string;
  title: string;
  when: string;
}

function fill(template: string, values: Values, escape: (v: string) => string = (v) => v): string {
  return template.replace(/\{(actor|title|when)\}/g, (_m, key: keyof Values) => escape(values[key]));
}

export interface NotificationMailInput {
  to: string;
  name: string;
  language: Language;
  kind: NotificationKind;
  /** Null if the actor's account was erased. */
  actorName: string | null;
  /** The question's or inspiration's title, or the event's. */
  title: string;
  /** For kinds about an event: its start, as the reader should see it (eventTimeText). */
  when?: string | null;
  /** Where the content is shown. */
  link: string;
  /** Where the member changes which notifications they get by mail. */
  settingsLink: string;
}

/** The mail for one notification, in the member's interface language. */
export function notificationMail(input: NotificationMailInput): OutgoingMail {
  const t = TEXT[input.language];
  const k = t.kinds[input.kind];
  const oneLine = (v: string) => v.replace(/\s+/g, ' ').trim();
  const title = oneLine(input.title);
  const values: Values = {
    actor: oneLine(input.actorName ?? '') || t.someone,
    title: title.length > 80 ? `${title.slice(0, 79)}…` : title,
    when: input.when ? ` (${input.when})` : '',
  };
  const line = fill(k.line, { ...values, title });
  return {
    to: input.to,
    subject: fill(k.subject, values),
    text: `${t.hello} ${input.name},\n\n${line}\n\n${input.link}\n\n${t.footer} ${input.settingsLink}\n`,
    html:
      `<p>${t.hello} ${escapeHtml(input.name)},</p><p>${fill(k.line, { ...values, title }, escapeHtml)}</p>` +
      `<p><a href="${escapeHtml(input.link)}">${t.button}</a></p>` +
      `<p>${t.footer} <a href="${escapeHtml(input.settingsLink)}">${escapeHtml(input.settingsLink)}</a></p>`,
  };
}
