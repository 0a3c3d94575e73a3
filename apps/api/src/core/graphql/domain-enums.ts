import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enums mirror @liblab/domain; values are the domain's lower-case keys. */
export enum RoleEnum {
  MEMBER = 'member',
  EXPERT = 'expert',
  COORDINATOR = 'coordinator',
  ADMIN = 'admin',
}
registerEnumType(RoleEnum, { name: 'Role', description: 'What a member may do in the network.' });

export enum GrantableRoleEnum {
  EXPERT = 'expert',
  COORDINATOR = 'coordinator',
  ADMIN = 'admin',
}
registerEnumType(GrantableRoleEnum, { name: 'GrantableRole', description: 'Roles an admin grants and revokes.' });

export enum LanguageEnum {
  PL = 'pl',
  EN = 'en',
  SV = 'sv',
  NB = 'nb',
}
registerEnumType(LanguageEnum, { name: 'Language', description: 'Polish, English, Swedish, Norwegian Bokmål.' });

export enum CountryEnum {
  PL = 'PL',
  SE = 'SE',
  NO = 'NO',
}
registerEnumType(CountryEnum, { name: 'Country' });
