import { Module } from '@nestjs/common';
import { NotificationMailer } from './notification-mailer.service.js';
import { NotificationPreferencesService } from './notification-preferences.service.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { NotifierService } from './notifier.service.js';

/**
 * In-app notifications (the bell), their live event and their mail. Other modules import it for
 * `NotifierService`, which they call from their own transactions.
 */
@Module({
  providers: [NotifierService, NotificationMailer, NotificationsService, NotificationPreferencesService, NotificationsResolver],
  exports: [NotifierService],
})
export class NotificationsModule {}
