import { Controller, Get, Inject, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { isLanguage, REGION_NAMES, type Language } from '@liblab/domain';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { CalendarFeedsService, FEED_TEXT_LIMIT, feedFingerprint, isRegion, type FeedRow } from './calendar-feeds.service.js';
import { CalendarTokensService } from './calendar-tokens.service.js';
import { buildIcs } from './ics-calendar.js';
import { ICS_LABELS } from './ics-labels.js';
import { RenderedFeedCache } from './rendered-feed-cache.js';

const HOUR_SECONDS = 60 * 60;
const PUBLIC_CACHE = 'public, max-age=300';

/** `<name>.ics` → name; anything else names no calendar file. */
function stem(file: string): string {
  const match = /^(.+)\.ics$/.exec(file);
  if (!match) throw new NotFoundException();
  return match[1];
}

function languageOf(value: unknown): Language {
  return typeof value === 'string' && isLanguage(value) ? value : 'en';
}

interface FileOptions {
  /** Names the rendered copy: which file, for whom, in which language. */
  key: string;
  language: Language;
  /** Feeds have a name and ask to be refreshed hourly; a single event's file has neither. */
  name?: string;
  cacheControl: string;
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
  private readonly rendered = new RenderedFeedCache();

  constructor(
    private readonly feeds: CalendarFeedsService,
    private readonly tokens: CalendarTokensService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('events/:file')
  async event(@Param('file') file: string, @Query('lang') lang: unknown, @Res() res: Response): Promise<void> {
    const row = await this.feeds.event(stem(file));
    if (!row) throw new NotFoundException();
    const language = languageOf(lang);
    res.setHeader('Content-Disposition', `attachment; filename="liblab-event-${row.event.id}.ics"`);
    await this.send(res, [row], { key: `event:${row.event.id}:${language}`, language, cacheControl: PUBLIC_CACHE });
  }

  @Get('all.ics')
  async all(@Query('lang') lang: unknown, @Res() res: Response): Promise<void> {
    const language = languageOf(lang);
    await this.send(res, await this.feeds.all(), {
      key: `all:${language}`, language, name: ICS_LABELS[language].allEvents, cacheControl: PUBLIC_CACHE,
    });
  }

  @Get('months/:file')
  async month(@Param('file') file: string, @Query('lang') lang: unknown, @Res() res: Response): Promise<void> {
    const id = stem(file);
    const month = await this.feeds.month(id);
    if (!month) throw new NotFoundException();
    const language = languageOf(lang);
    await this.send(res, month.rows, {
      key: `month:${id}:${language}:${month.title}`, language, name: `LibLab: ${month.title}`, cacheControl: PUBLIC_CACHE,
    });
  }

  @Get('regions/:file')
  async region(@Param('file') file: string, @Query('lang') lang: unknown, @Res() res: Response): Promise<void> {
    const region = stem(file);
    if (!isRegion(region)) throw new NotFoundException();
    const language = languageOf(lang);
    const name = ICS_LABELS[language].regionEvents.replace('{region}', REGION_NAMES[region] ?? region);
    await this.send(res, await this.feeds.region(region), { key: `region:${region}:${language}`, language, name, cacheControl: PUBLIC_CACHE });
  }

  /** The private feed: 404 (not 401) for a wrong or rotated token, so a guess learns nothing. */
  @Get('me/:file')
  async mine(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const owner = await this.tokens.memberOf(stem(file));
    if (!owner) throw new NotFoundException();
    const language = languageOf(owner.locale);
    await this.send(res, await this.feeds.mine(owner.memberId), {
      key: `me:${owner.memberId}:${language}`, language, name: ICS_LABELS[language].myEvents, cacheControl: 'private, no-cache',
    });
  }

  /** Renders the rows (or reuses the copy rendered from the same rows) and sends the file. */
  private async send(res: Response, rows: FeedRow[], options: FileOptions): Promise<void> {
    const fingerprint = feedFingerprint(rows);
    let body = this.rendered.get(options.key, fingerprint);
    if (body === null) {
      body = buildIcs(await this.feeds.details(rows), {
        publicUrl: this.config.publicUrl,
        language: options.language,
        name: options.name,
        refreshSeconds: options.name ? HOUR_SECONDS : undefined,
        textLimit: options.name ? FEED_TEXT_LIMIT : undefined,
      });
      this.rendered.set(options.key, fingerprint, body);
    }
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', options.cacheControl);
    res.send(body);
  }
}
