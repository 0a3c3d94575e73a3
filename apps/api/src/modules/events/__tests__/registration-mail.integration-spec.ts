import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { signedInMember } from '../../../../test/support/factories.js';
import { SmtpInbox } from '../../../../test/support/smtp-inbox.js';
import { CANCEL_EVENT, CANCEL_REGISTRATION, createEvent, REGISTER } from './event-helpers.js';

describe('registration mail', () => {
  let mail: SmtpInbox;
  let app: TestApp;

  beforeAll(async () => {
    mail = await new SmtpInbox().start();
    app = await createTestApp({ config: { smtpUrl: mail.url, publicUrl: 'http://portal.test' } });
  });

  afterAll(async () => {
    await app?.close();
    await mail?.stop();
  });

  it('tells a promoted member, in their language and the event’s local time, and everyone when the event is cancelled', async () => {
    const coordinator = (await signedInMember(app, { roles: ['member', 'coordinator'] })).client;
    const eventId = await createEvent(coordinator, { capacity: 1, title: 'Språkkafé-treff', timeZone: 'Europe/Oslo', city: 'Fredrikstad', region: 'ostfold' });
    const first = await signedInMember(app);
    const second = await signedInMember(app, { locale: 'nb' });
    await first.client.ok(REGISTER, { eventId });
    await second.client.ok(REGISTER, { eventId });
    await first.client.ok(CANCEL_REGISTRATION, { eventId });

    const promoted = await mail.waitFor(second.member.email);
    expect(promoted.subject).toBe('Du har fått plass: Språkkafé-treff');
    expect(promoted.text).toContain(`http://portal.test/events/${eventId}`);
    expect(promoted.text).toMatch(/CES?T/); // the event's own zone is named
    // The member who cancelled is not mailed about their own action.
    expect(mail.messages.some((m) => m.to?.some((a) => a.address === first.member.email))).toBe(false);

    await coordinator.ok(CANCEL_EVENT, { id: eventId });
    // Mail goes out through a background job: wait for the second message to that member.
    const toSecond = () => mail.messages.filter((m) => m.to?.some((a) => a.address === second.member.email)).map((m) => m.subject);
    for (const deadline = Date.now() + 10_000; toSecond().length < 2 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(toSecond()).toContain('Avlyst: Språkkafé-treff');
  });
});
