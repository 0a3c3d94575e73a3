import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PagingArgs } from '../../../core/graphql/paging.args.js';
import { ReactionKindEnum } from '../models/reaction.model.js';

@ArgsType()
export class ReactArgs {
  @Field(() => ID, { description: 'An inspiration, question or answer.' })
  @IsUUID('all', { message: 'Choose what to react to.' })
  contentId: string;

  @Field(() => ReactionKindEnum)
  @IsEnum(ReactionKindEnum, { message: 'Choose a reaction from the list.' })
  kind: ReactionKindEnum;
}

@ArgsType()
export class ReactionPageArgs extends PagingArgs {
  @Field(() => ReactionKindEnum, { nullable: true, description: 'Only this kind; all kinds when left out.' })
  @IsOptional()
  @IsEnum(ReactionKindEnum)
  kind?: ReactionKindEnum | null;
}
