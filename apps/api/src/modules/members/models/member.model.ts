import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LanguageEnum, RoleEnum } from '../../../core/graphql/domain-enums.js';

@ObjectType({ description: 'A person in the network, as other members see them.' })
export class Member {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  /** Resolved through the library loader. */
  libraryId: string | null;

  @Field(() => [RoleEnum])
  roles: RoleEnum[];

  @Field(() => [LanguageEnum])
  languages: LanguageEnum[];

  @Field(() => [String], { description: 'Interest keys from the shared list (e.g. new-technologies).' })
  interests: string[];

  @Field(() => String, { nullable: true, description: 'Job title at the home library.' })
  position: string | null;

  @Field()
  bio: string;

  @Field(() => String, { nullable: true, description: 'Contact address the member chose to show.' })
  publicEmail: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field()
  createdAt: Date;

  /** Private: exposed through the `email` and `locale` fields only to the member and admins. */
  email: string;
  locale: string;
}
