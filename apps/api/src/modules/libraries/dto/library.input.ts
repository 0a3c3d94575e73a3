import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsIn, IsOptional, IsString, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { ALL_REGIONS, LIMITS } from '@liblab/domain';
import { CountryEnum } from '../../../core/graphql/domain-enums.js';

@InputType()
export class LibraryInput {
  @Field()
  @IsString()
  @Length(LIMITS.nameMin, LIMITS.libraryNameMax, { message: `Give a name of ${LIMITS.nameMin} to ${LIMITS.libraryNameMax} characters.` })
  name: string;

  @Field({ description: 'URL key: lower-case letters, digits and dashes.' })
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Use lower-case letters, digits and single dashes, e.g. mbp-wroclaw.' })
  @MaxLength(80, { message: 'Keep the address key under 80 characters.' })
  slug: string;

  @Field()
  @IsString()
  @Length(1, LIMITS.cityMax, { message: 'Give the city.' })
  city: string;

  @Field(() => CountryEnum)
  @IsEnum(CountryEnum, { message: 'Choose Poland, Sweden or Norway.' })
  country: CountryEnum;

  @Field()
  @IsIn(ALL_REGIONS, { message: 'Choose a region from the list.' })
  region: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(LIMITS.descriptionMax, { message: `Keep the description under ${LIMITS.descriptionMax} characters.` })
  description: string = '';

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'Give a full web address starting with https://.' })
  @MaxLength(LIMITS.urlMax)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Give a valid email address.' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.phoneMax, { message: `Keep the phone number under ${LIMITS.phoneMax} characters.` })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: 'Keep the address under 300 characters.' })
  address?: string | null;
}

@InputType()
export class LibraryFilter {
  @Field(() => CountryEnum, { nullable: true })
  @IsOptional()
  @IsEnum(CountryEnum)
  country?: CountryEnum | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(ALL_REGIONS, { message: 'Choose a region from the list.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or city.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchMax)
  search?: string | null;
}

@ArgsType()
export class LibrarySlugArgs {
  @Field()
  @IsString()
  @MaxLength(80)
  slug: string;
}
