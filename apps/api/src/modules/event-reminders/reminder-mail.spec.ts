import { describe, expect, it } from '@jest/globals';
import { reminderMail } from './reminder-mail.js';

const start = new Date('2026-10-25T17:00:00Z');

describe('reminderMail', () => {
  it('speaks the member’s language and names the event’s zone', () => {
    const mail = reminderMail(
      'day_before',
      { email: 'ola@example.org', name: 'Ola', locale: 'nb' },
      { title: 'Maker spaces', startsAt: start, timeZone: 'Europe/Oslo', joinUrl: 'https://meet.example.org/m', place: null },
      'https://portal.example.org/events/1',
    );
    expect(mail.subject).toBe('Påminnelse: Maker spaces');
    expect(mail.text).toContain('Hei Ola');
    // 17:00 UTC on 25 October is 18:00 in Oslo (winter time from that morning).
    expect(mail.text).toMatch(/18[:.]00/);
    expect(mail.text).toContain('(Europe/Oslo)');
    expect(mail.text).toContain('Bli med på webinaret her:\nhttps://meet.example.org/m');
    expect(mail.text).toContain('https://portal.example.org/events/1');
  });

  it('gives the place of a meetup, escapes HTML and falls back to English', () => {
    const mail = reminderMail(
      'day_before',
      { email: 'x@example.org', name: '<b>X</b>', locale: 'de' },
      { title: 'Q&A <live>', startsAt: start, timeZone: 'Europe/Warsaw', joinUrl: null, place: 'Biblioteka, Rynek 58, Wrocław' },
      'https://portal.example.org/events/2',
    );
    expect(mail.subject).toBe('Reminder: Q&A <live>');
    expect(mail.text).toContain('Where: Biblioteka, Rynek 58, Wrocław');
    expect(mail.html).toContain('Q&#38;A &#60;live&#62;');
    expect(mail.html).toContain('&#60;b&#62;X&#60;/b&#62;');
    expect(mail.html).not.toContain('<live>');
  });
});
