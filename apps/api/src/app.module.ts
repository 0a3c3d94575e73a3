import { Module, type DynamicModule } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuthCoreModule } from './core/auth/auth-core.module.js';
import { APP_CONFIG, type AppConfig } from './core/config/app-config.js';
import { dataSourceOptions } from './core/database/data-source-options.js';
import { GraphqlOptionsFactory } from './core/graphql/graphql-options.factory.js';
import { HealthController } from './core/http/health.controller.js';
import { JobsModule } from './core/jobs/jobs.module.js';
import { MailModule } from './core/mail/mail.module.js';
import { PubSubModule } from './core/pubsub/pubsub.module.js';
import { RateLimitModule } from './core/rate-limit/rate-limit.module.js';
import { RedisModule } from './core/redis/redis.module.js';
import { AnswersModule } from './modules/answers/answers.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { BookmarksModule } from './modules/bookmarks/bookmarks.module.js';
import { CalendarModule } from './modules/calendar/calendar.module.js';
import { withoutFeedSecret } from './modules/calendar/calendar-urls.js';
import { CommentsModule } from './modules/comments/comments.module.js';
import { EventsModule } from './modules/events/events.module.js';
import { FeedModule } from './modules/feed/feed.module.js';
import { FollowsModule } from './modules/follows/follows.module.js';
import { InspirationsModule } from './modules/inspirations/inspirations.module.js';
import { LibrariesModule } from './modules/libraries/libraries.module.js';
import { MembersModule } from './modules/members/members.module.js';
import { MonthsModule } from './modules/months/months.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { PostsModule } from './modules/posts/posts.module.js';
import { QuestionsModule } from './modules/questions/questions.module.js';
import { ReactionsModule } from './modules/reactions/reactions.module.js';
import { SearchModule } from './modules/search/search.module.js';
import { TagsModule } from './modules/tags/tags.module.js';
import { VotesModule } from './modules/votes/votes.module.js';

@Module({})
export class AppModule {
  /** The whole API for one configuration; `databaseUrl` is already resolved (embedded or real). */
  static register(config: AppConfig & { databaseUrl: string }): DynamicModule {
    const configModule: DynamicModule = {
      module: class AppConfigModule {},
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
    return {
      module: AppModule,
      imports: [
        configModule,
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            // The private calendar feed's URL is its secret.
            serializers: { req: (req: { url: string }) => ({ ...req, url: withoutFeedSecret(req.url) }) },
            autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' },
          },
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl, config.dbPoolSize),
          migrationsRun: config.migrateOnStart,
        }),
        RedisModule,
        PubSubModule,
        RateLimitModule,
        MailModule,
        JobsModule,
        AuthCoreModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          useClass: GraphqlOptionsFactory,
        }),
        MembersModule,
        LibrariesModule,
        AuthModule,
        // Knowledge exchange (issue 3)
        PostsModule,
        InspirationsModule,
        QuestionsModule,
        AnswersModule,
        CommentsModule,
        VotesModule,
        ReactionsModule,
        TagsModule,
        BookmarksModule,
        SearchModule,
        NotificationsModule,
        // Programmes (issue 4)
        EventsModule,
        FollowsModule,
        FeedModule,
        MonthsModule,
        CalendarModule,
      ],
      controllers: [HealthController],
    };
  }
}
