import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LIMITS } from '@liblab/domain';

@ArgsType()
export class PagingArgs {
  @Field(() => Int, { defaultValue: LIMITS.pageSizeDefault, description: `Page size, 1 to ${LIMITS.pageSizeMax}.` })
  @IsInt()
  @Min(1, { message: 'Ask for at least one item.' })
  @Max(LIMITS.pageSizeMax, { message: `Ask for at most ${LIMITS.pageSizeMax} items at once.` })
  first: number = LIMITS.pageSizeDefault;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}
