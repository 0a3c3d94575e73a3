import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { KNOWLEDGE_LIMITS, LIMITS } from '@liblab/domain';
import { PagingArgs } from '../../../core/graphql/paging.args.js';
import { TagSort } from '../models/tag.model.js';

@ArgsType()
export class TagListArgs extends PagingArgs {
  @Field(() => String, { nullable: true, description: 'Part of the tag name.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchMax)
  search?: string | null;

  @Field(() => TagSort, { defaultValue: TagSort.POPULAR })
  @IsEnum(TagSort)
  sort: TagSort = TagSort.POPULAR;
}

@ArgsType()
export class TagSlugArgs {
  @Field()
  @IsString()
  @MaxLength(KNOWLEDGE_LIMITS.tagMax * 2)
  slug: string;
}
