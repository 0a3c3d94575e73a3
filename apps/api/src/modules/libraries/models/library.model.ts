import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CountryEnum } from '../../../core/graphql/domain-enums.js';

@ObjectType({ description: 'A library: a first-class organisation in the network.' })
export class Library {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field()
  city: string;

  @Field({ description: 'Region key (voivodeship, län or fylke) from the shared list.' })
  region: string;

  @Field(() => CountryEnum)
  country: CountryEnum;

  @Field()
  description: string;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;
}
