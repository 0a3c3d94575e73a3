import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** Values are @liblab/domain REACTION_KINDS. */
export enum ReactionKindEnum {
  USEFUL = 'useful',
  INSPIRING = 'inspiring',
  THANKS = 'thanks',
}
registerEnumType(ReactionKindEnum, { name: 'ReactionKind', description: 'How a member reacts to content.' });

@ObjectType({ description: 'How many members reacted this way, and whether the viewer did.' })
export class ReactionCount {
  @Field(() => ReactionKindEnum)
  kind: ReactionKindEnum;

  @Field(() => Int)
  count: number;

  @Field()
  viewerReacted: boolean;
}

@ObjectType({ description: 'One member reacting to content.' })
export class Reaction {
  @Field(() => ReactionKindEnum)
  kind: ReactionKindEnum;

  @Field()
  createdAt: Date;

  /** Resolved to `member` through the member loader. */
  memberId: string;
}
