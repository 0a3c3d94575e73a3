import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ALL_REGIONS, INTERESTS, LIMITS } from '@liblab/domain';
import { CountryEnum, GrantableRoleEnum, RoleEnum } from '../../../core/graphql/domain-enums.js';

@InputType()
export class MemberFilter {
  @Field(() => CountryEnum, { nullable: true })
  @IsOptional()
  @IsEnum(CountryEnum)
  country?: CountryEnum | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(ALL_REGIONS, { message: 'Choose a region from the list.' })
  region?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a library from the list.' })
  libraryId?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsEnum(RoleEnum)
  role?: RoleEnum | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(INTERESTS, { message: 'Choose an interest from the list.' })
  interest?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchMax)
  search?: string | null;
}

@ArgsType()
export class RoleChangeArgs {
  @Field(() => ID)
  @IsUUID('all')
  memberId: string;

  @Field(() => GrantableRoleEnum)
  @IsEnum(GrantableRoleEnum)
  role: GrantableRoleEnum;
}
