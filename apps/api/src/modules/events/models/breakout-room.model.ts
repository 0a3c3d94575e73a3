import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A convention’s breakout room for one project or working group.' })
export class BreakoutRoom {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'The project or working group that meets there.' })
  project: string;

  @Field(() => String, { nullable: true, description: 'Where it meets on site.' })
  room: string | null;

  /** `url` and `session` are resolved (BreakoutRoomResolver): the link only for those who may join. */
  url: string | null;
  eventId: string;
  sessionId: string | null;
}
