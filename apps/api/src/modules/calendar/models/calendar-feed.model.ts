import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'The member’s private "my events" calendar feed: subscribe to the URL in any calendar app. Whoever has the URL can read the feed (with webinar join links); rotate it if it was shared by mistake.',
})
export class CalendarFeed {
  @Field({ description: 'Absolute URL of the .ics feed (secret).' })
  url: string;

  @Field(() => GraphQLISODateTime, { description: 'When this URL was made (first use or last rotation).' })
  createdAt: Date;
}
