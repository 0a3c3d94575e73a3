import type { Language } from '@liblab/domain';
import type { OutgoingMail } from './mail.service.js';

const TEXT: Record<Language, { subject: string; hello: string; body: string; ignore: string; button: string }> = {
  en: {
    subject: 'Reset your LibLab password',
    hello: 'Hello',
    body: 'Someone asked to reset the password of your LibLab account. The link works for one hour, once:',
    ignore: 'If it was not you, ignore this message: your password stays as it is.',
    button: 'Choose a new password',
  },
  pl: {
    subject: 'Ustaw nowe hasło w LibLab',
    hello: 'Dzień dobry',
    body: 'Otrzymaliśmy prośbę o zmianę hasła do Twojego konta w LibLab. Link działa przez godzinę, jeden raz:',
    ignore: 'Jeśli to nie Ty, zignoruj tę wiadomość: Twoje hasło się nie zmieni.',
    button: 'Ustaw nowe hasło',
  },
  sv: {
    subject: 'Återställ ditt lösenord i LibLab',
    hello: 'Hej',
    body: 'Någon har bett om att återställa lösenordet till ditt LibLab-konto. Länken fungerar en gång, i en timme:',
    ignore: 'Om det inte var du kan du bortse från meddelandet: ditt lösenord förblir oförändrat.',
    button: 'Välj ett nytt lösenord',
  },
  nb: {
    subject: 'Tilbakestill passordet ditt i LibLab',
    hello: 'Hei',
    body: 'Noen har bedt om å tilbakestille passordet til LibLab-kontoen din. Lenken virker én gang, i én time:',
    ignore: 'Hvis det ikke var deg, kan du se bort fra denne meldingen: passordet ditt forblir uendret.',
    button: 'Velg et nytt passord',
  },
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function passwordResetMail(to: string, name: string, language: Language, link: string): OutgoingMail {
  const t = TEXT[language];
  return {
    to,
    subject: t.subject,
    text: `${t.hello} ${name},\n\n${t.body}\n\n${link}\n\n${t.ignore}\n`,
    html:
      `<p>${t.hello} ${escapeHtml(name)},</p><p>${t.body}</p>` +
      `<p><a href="${escapeHtml(link)}">${t.button}</a></p><p>${escapeHtml(link)}</p><p>${t.ignore}</p>`,
  };
}
