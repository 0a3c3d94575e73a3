/** Every migration in order; written by `npm run db:migration:generate -- Name`. */
import { Initial1795322747435 } from './1795322747435-Initial.js';
import { KnowledgeExchange1795325494955 } from './1795325494955-KnowledgeExchange.js';
import { Search1795327278001 } from './1795327278001-Search.js';
import { Notifications1795327367543 } from './1795327367543-Notifications.js';
import { Follows1795334083276 } from './1795334083276-Follows.js';
import { Events1795334353807 } from './1795334353807-Events.js';
import { Months1795335684366 } from './1795335684366-Months.js';
import { CalendarsAndReminders1796626202252 } from './1796626202252-CalendarsAndReminders.js';
import { EventFollowup1796626284217 } from './1796626284217-EventFollowup.js';

export const MIGRATIONS: Function[] = [Initial1795322747435, KnowledgeExchange1795325494955, Search1795327278001, Notifications1795327367543, Follows1795334083276, Events1795334353807, Months1795335684366, CalendarsAndReminders1796626202252, EventFollowup1796626284217];
