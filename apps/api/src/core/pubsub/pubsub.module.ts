import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { createRedis } from '../redis/redis.module.js';

/** The one PubSub: in memory for a single process; Redis when REDIS_URL is set, so replicas act as one. */
export const PUB_SUB = Symbol('PUB_SUB');

@Global()
@Module({
  providers: [
    {
      provide: PUB_SUB,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): PubSubEngine =>
        config.redisUrl
          ? new RedisPubSub({ publisher: createRedis(config.redisUrl), subscriber: createRedis(config.redisUrl) })
          : new PubSub(),
    },
  ],
  exports: [PUB_SUB],
})
export class PubSubModule implements OnApplicationShutdown {
  constructor(@Inject(PUB_SUB) private readonly pubSub: PubSubEngine) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.pubSub instanceof RedisPubSub) await this.pubSub.close();
  }
}
