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

/** `{actor}` and `{title}` are replaced (escaped in HTML); titles are the question's or inspiration's. */
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
    },
  },
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function fill(template: string, values: { actor: string; title: string }, escape: (v: string) => string = (v) => v): string {
  return template.replace(/\{(actor|title)\}/g, (_m, key: 'actor' | 'title') => escape(values[key]));
}

export interface NotificationMailInput {
  to: string;
  name: string;
  language: Language;
  kind: NotificationKind;
  /** Null if the actor's account was erased. */
  actorName: string | null;
  /** The question's or inspiration's title. */
  title: string;
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
  const values = { actor: oneLine(input.actorName ?? '') || t.someone, title: title.length > 80 ? `${title.slice(0, 79)}…` : title };
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
