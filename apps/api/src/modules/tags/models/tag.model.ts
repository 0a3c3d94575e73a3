import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

@ObjectType({ description: 'A topic label on inspirations and questions.' })
export class Tag {
  @Field(() => ID)
  id: string;

  @Field({ description: 'URL key, e.g. nowe-technologie.' })
  slug: string;

  @Field({ description: 'As first written, e.g. "Nowe technologie".' })
  name: string;
}

export enum TagSort {
  POPULAR = 'popular',
  NAME = 'name',
}
registerEnumType(TagSort, { name: 'TagSort', description: 'POPULAR: most used first; NAME: alphabetical.' });
