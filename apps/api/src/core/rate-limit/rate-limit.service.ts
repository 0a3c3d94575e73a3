import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { tooManyRequests } from '../graphql/errors.js';
import { REDIS } from '../redis/redis.module.js';

/**
 * Fixed-window limits against guessing and flooding. Counters live in Redis when it is configured, so
 * every API replica counts the same attempts; otherwise in this process's memory.
 */
@Injectable()
export class RateLimitService {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  private limiter(name: string, points: number, durationSeconds: number): RateLimiterAbstract {
    const key = `${name}:${points}:${durationSeconds}`;
    let limiter = this.limiters.get(key);
    if (!limiter) {
      const options = { keyPrefix: `rl:${name}`, points, duration: durationSeconds };
      limiter = this.redis
        ? new RateLimiterRedis({ ...options, storeClient: this.redis, useRedisPackage: false })
        : new RateLimiterMemory(options);
      this.limiters.set(key, limiter);
    }
    return limiter;
  }

  /** Counts one attempt against every key (e.g. the IP and the account); throws TOO_MANY_REQUESTS past the limit. */
  async consume(name: string, keys: string[], points: number, durationSeconds: number): Promise<void> {
    const limiter = this.limiter(name, points, durationSeconds);
    for (const key of keys) {
      try {
        await limiter.consume(key);
      } catch (error) {
        if (error instanceof RateLimiterRes) throw tooManyRequests(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
        throw error;
      }
    }
  }

  /** Sign-in, sign-up and password reset: AUTH_RATE_LIMIT_PER_MINUTE tries per IP and per account. */
  consumeAuth(action: string, ip: string, account: string): Promise<void> {
    const limit = this.config.authRateLimitPerMinute;
    return this.consume(`auth:${action}`, [`ip:${ip}`, `acct:${account.trim().toLowerCase()}`], limit, 60);
  }

  /** Writing inspirations, questions, answers and comments: POST_RATE_LIMIT_COUNT per POST_RATE_LIMIT_SECONDS per member. */
  async consumePosting(memberId: string): Promise<void> {
    const { postRateLimitCount: points, postRateLimitSeconds: seconds } = this.config;
    if (points > 0) await this.consume('post', [`member:${memberId}`], points, seconds);
  }

  /** Voting and reacting (and taking either back): VOTE_RATE_LIMIT_PER_MINUTE per member. */
  async consumeVoting(memberId: string): Promise<void> {
    const points = this.config.voteRateLimitPerMinute;
    if (points > 0) await this.consume('vote', [`member:${memberId}`], points, 60);
  }
}
