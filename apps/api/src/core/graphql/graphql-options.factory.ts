import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { GqlOptionsFactory } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Context as WsContext } from 'graphql-ws';
import { DataSource } from 'typeorm';
import type { AuthMember } from '../auth/auth-member.js';
import { readCookie, SESSION_COOKIE } from '../auth/session-cookie.js';
import { SessionService } from '../auth/session.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { GqlContext } from './gql-context.js';
import { createLoaders } from './loaders.js';
import { queryCostPlugin } from './query-cost.plugin.js';

export const SCHEMA_FILE = join(process.cwd(), 'apps/api/schema.graphql');

/** Query shape limits: generous for the web's own queries, tight enough to stop abusive ones. */
export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 5000, maxTokens: 2000, maxDirectives: 20 };

type WsExtra = { request: IncomingMessage; member?: AuthMember | null };

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COSTLY',
]);

@Injectable()
export class GraphqlOptionsFactory implements GqlOptionsFactory<ApolloDriverConfig> {
  private readonly logger = new Logger('GraphQL');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
  ) {}

  createGqlOptions(): Omit<ApolloDriverConfig, 'driver'> {
    const production = this.config.nodeEnv === 'production';
    const development = this.config.nodeEnv === 'development';
    const armor = new ApolloArmor({
      // Depth counts fields, not fragment spreads, so the web can share fragments without losing levels.
      maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
      maxAliases: { n: QUERY_LIMITS.maxAliases },
      // graphql-armor's cost ignores page sizes; queryCostPlugin multiplies by `first`, variables included.
      costLimit: { enabled: false },
      maxTokens: { n: QUERY_LIMITS.maxTokens },
      maxDirectives: { n: QUERY_LIMITS.maxDirectives },
      // Field suggestions ("did you mean ...") map the schema for an attacker; off in production.
      blockFieldSuggestion: { enabled: production },
    });
    const protection = armor.protect();

    return {
      path: '/graphql',
      // The committed schema is written by `npm run schema` (the schema test); the app builds it in memory.
      autoSchemaFile: true,
      sortSchema: true,
      introspection: !production,
      graphiql: false,
      includeStacktraceInErrorResponses: development,
      allowBatchedHttpRequests: false,
      csrfPrevention: true,
      // graphql-armor's typings come from Apollo's CJS build; the objects are the same at run time.
      plugins: [
        ...(protection.plugins as unknown as NonNullable<ApolloDriverConfig['plugins']>),
        queryCostPlugin(QUERY_LIMITS.maxCost),
        // No HTTP caching of GraphQL responses here (they depend on the session); Apollo's default cache-control
        // plugin would otherwise hook every field of every response (willResolveField), which cost ~10 % of a feed page.
        ApolloServerPluginCacheControlDisabled() as NonNullable<ApolloDriverConfig['plugins']>[number],
      ],
      validationRules: protection.validationRules,
      formatError: (formatted: GraphQLFormattedError, error: unknown) => this.formatError(formatted, error, production),
      subscriptions: {
        'graphql-ws': {
          path: '/graphql',
          onConnect: async (ctx: WsContext<Record<string, unknown> | undefined>) => {
            const extra = ctx.extra as WsExtra;
            const token = readCookie(extra.request.headers.cookie, SESSION_COOKIE);
            extra.member = await this.sessions.authenticate(token);
            return true;
          },
        },
      },
      context: async (arg: { req?: Request; res?: Response; extra?: WsExtra }): Promise<GqlContext> => {
        if (arg.extra) {
          // graphql-ws: the member was found once, when the socket connected.
          return {
            member: arg.extra.member ?? null,
            loaders: createLoaders(this.dataSource),
            ip: arg.extra.request.socket.remoteAddress ?? 'unknown',
          };
        }
        const req = arg.req!;
        const cookies = (req as Request & { cookies?: Record<string, string> }).cookies ?? {};
        return {
          req,
          res: arg.res,
          member: await this.sessions.authenticate(cookies[SESSION_COOKIE]),
          loaders: createLoaders(this.dataSource),
          ip: req.ip ?? 'unknown',
        };
      },
    };
  }

  /** Errors we raise on purpose pass through; anything else is logged and masked outside development. */
  private formatError(formatted: GraphQLFormattedError, error: unknown, production: boolean): GraphQLFormattedError {
    const code = formatted.extensions?.code as string | undefined;
    if (code && KNOWN_CODES.has(code)) return formatted;
    if (!production) return formatted;
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    this.logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
    return { message: 'Something went wrong on our side. Please try again.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
}
