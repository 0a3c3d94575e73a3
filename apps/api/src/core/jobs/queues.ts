import type PgBoss from 'pg-boss';

/**
 * Every background queue, with its retry policy. Queues are created at start (idempotent), so a job can
 * be sent from a request before any worker of that kind has started.
 */
export const QUEUES = {
  /**
   * One job per notification that may be mailed (id = the notification's id, so it is queued once); also
   * promotions from the waitlist and cancelled events, which are notifications too.
   */
  notificationMail: { name: 'notification-mail', retryLimit: 6, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  /**
   * One job per question asked in a thematic month (id = the question's id, so it is queued once), due when
   * the month's answer time has passed: escalates the question if no expert has answered it.
   */
  monthQuestionEscalation: { name: 'month-question-escalation', retryLimit: 6, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  /**
   * One job per event, event version and reminder kind (id derived from the three), due when the reminder
   * is: at run time it re-reads the event and, if it is still that version, scheduled and not started,
   * queues one `event-reminder-mail` job per confirmed registrant.
   */
  eventReminder: { name: 'event-reminder', retryLimit: 6, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  /** One reminder mail to one registrant (id derived from registration, kind and the event's start). */
  eventReminderMail: { name: 'event-reminder-mail', retryLimit: 6, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
} as const satisfies Record<string, PgBoss.Queue>;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]['name'];
