import { Controller, Get, Inject, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { isLanguage, REGION_NAMES, type Language } from '@liblab/domain';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { CalendarFeedsService, isRegion } from './calendar-feeds.service.js';
import { CalendarTokensService } from './calendar-tokens.service.js';
import { buildIcs, type IcsEvent } from './ics-calendar.js';
import { ICS_LABELS } from './ics-labels.js';

const HOUR_SECONDS = 60 * 60;

/** `<name>.ics` → name; anything else names no calendar file. */
function stem(file: string): string {
  const match = /^(.+)\.ics$/.exec(file);
  if (!match) throw new NotFoundException();
  return match[1];
}

function languageOf(value: unknown): Language {
  return typeof value === 'string' && isLanguage(value) ? value : 'en';
}

/**
 * iCalendar files (public by nature: calendar apps fetch them without a session; the global guard is for
 * GraphQL only). `/calendar/events/:id.ics` is one event to add to a calendar; `all`, `months/:id`,
 * `regions/:key` and `me/:token` are feeds to subscribe to. Public files never carry a webinar's join
 * link: only the private feed of a confirmed registrant does. Public files take `?lang=pl|en|sv|nb` for
 * the few words they add (default English); the private feed speaks the member's language.
 */
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly feeds: CalendarFeedsService,
    private readonly tokens: CalendarTokensService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('events/:file')
  async event(@Param('file') file: string, @Query('lang') lang: unknown, @Res() res: Response): Promise<void> {
    const event = await this.feeds.event(stem(file));
    if (!event) throw new NotFoundException();
    res.setHeader('Content-Disposition', `attachment; filename="liblab-event-${event.id}.ics"`);
    this.send(res, [event], languageOf(lang), undefined, 'public, max-age=300');
  }

  @Get('all.ics')
  async all(@Query('lang') lang: unknown, @Res() res: Response): Promise<void> {
    const language = languageOf(lang);
    this.send(res, await this.feeds.all(), language, ICS_LABELS[language].allEvents, 'public, max-age=300');
  }

  @Get('months/:file')
  async month(@Param('file') file: string, @Query('lang') lang: unknown, @Res() res: Response): Promise<void> {
    const month = await this.feeds.month(stem(file));
    if (!month) throw new NotFoundException();
    this.send(res, month.events, languageOf(lang), `LibLab: ${month.title}`, 'public, max-age=300');
  }

  @Get('regions/:file')
  async region(@Param('file') file: string, @Query('lang') lang: unknown, @Res() res: Response): Promise<void> {
    const region = stem(file);
    if (!isRegion(region)) throw new NotFoundException();
    const language = languageOf(lang);
    const name = ICS_LABELS[language].regionEvents.replace('{region}', REGION_NAMES[region] ?? region);
    this.send(res, await this.feeds.region(region), language, name, 'public, max-age=300');
  }

  /** The private feed: 404 (not 401) for a wrong or rotated token, so a guess learns nothing. */
  @Get('me/:file')
  async mine(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const owner = await this.tokens.memberOf(stem(file));
    if (!owner) throw new NotFoundException();
    const language = languageOf(owner.locale);
    this.send(res, await this.feeds.mine(owner.memberId), language, ICS_LABELS[language].myEvents, 'private, no-cache');
  }

  private send(res: Response, events: IcsEvent[], language: Language, name: string | undefined, cacheControl: string): void {
    const body = buildIcs(events, {
      publicUrl: this.config.publicUrl,
      language,
      name,
      refreshSeconds: name ? HOUR_SECONDS : undefined,
    });
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', cacheControl);
    res.send(body);
  }
}
