/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query NetworkSize {\n    poland: libraries(first: 1, filter: { country: PL }) {\n      totalCount\n    }\n    sweden: libraries(first: 1, filter: { country: SE }) {\n      totalCount\n    }\n    norway: libraries(first: 1, filter: { country: NO }) {\n      totalCount\n    }\n  }\n": typeof types.NetworkSizeDocument,
    "\n  fragment LibraryCardFields on Library {\n    id\n    slug\n    name\n    city\n    region\n    country\n    memberCount\n  }\n": typeof types.LibraryCardFieldsFragmentDoc,
    "\n  query LibraryList($filter: LibraryFilter, $after: String) {\n    libraries(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...LibraryCardFields\n        }\n      }\n    }\n  }\n": typeof types.LibraryListDocument,
    "\n  mutation CreateLibrary($input: LibraryInput!) {\n    createLibrary(input: $input) {\n      ...LibraryDetailsFields\n    }\n  }\n": typeof types.CreateLibraryDocument,
    "\n  fragment LibraryDetailsFields on Library {\n    id\n    slug\n    name\n    city\n    region\n    country\n    address\n    description\n    email\n    phone\n    website\n    memberCount\n    viewerCanManage\n  }\n": typeof types.LibraryDetailsFieldsFragmentDoc,
    "\n  query LibraryPage($slug: String!) {\n    library(slug: $slug) {\n      ...LibraryDetailsFields\n      staff {\n        id\n        name\n        position\n        publicEmail\n        phone\n      }\n    }\n  }\n": typeof types.LibraryPageDocument,
    "\n  query LibraryMembers($slug: String!, $after: String) {\n    library(slug: $slug) {\n      id\n      members(first: 20, after: $after) {\n        ...MemberCardPageFields\n      }\n    }\n  }\n": typeof types.LibraryMembersDocument,
    "\n  mutation UpdateLibrary($id: ID!, $input: LibraryInput!) {\n    updateLibrary(id: $id, input: $input) {\n      ...LibraryDetailsFields\n    }\n  }\n": typeof types.UpdateLibraryDocument,
    "\n  subscription LibraryMemberJoined($libraryId: ID!) {\n    libraryMemberJoined(libraryId: $libraryId) {\n      ...MemberCardFields\n    }\n  }\n": typeof types.LibraryMemberJoinedDocument,
    "\n  fragment LibraryOptionFields on Library {\n    id\n    slug\n    name\n    city\n  }\n": typeof types.LibraryOptionFieldsFragmentDoc,
    "\n  query LibraryOptions($filter: LibraryFilter) {\n    libraries(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...LibraryOptionFields\n        }\n      }\n    }\n  }\n": typeof types.LibraryOptionsDocument,
    "\n  fragment MemberCardFields on Member {\n    id\n    name\n    position\n    roles\n    library {\n      id\n      slug\n      name\n      city\n    }\n  }\n": typeof types.MemberCardFieldsFragmentDoc,
    "\n  fragment MemberCardPageFields on MemberConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      cursor\n      node {\n        ...MemberCardFields\n      }\n    }\n  }\n": typeof types.MemberCardPageFieldsFragmentDoc,
    "\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      position\n      bio\n      publicEmail\n      phone\n      roles\n      languages\n      interests\n      createdAt\n      library {\n        id\n        slug\n        name\n        city\n        region\n        country\n      }\n    }\n  }\n": typeof types.MemberProfileDocument,
    "\n  mutation GrantRole($memberId: ID!, $role: GrantableRole!) {\n    grantRole(memberId: $memberId, role: $role) {\n      id\n      roles\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($memberId: ID!, $role: GrantableRole!) {\n    revokeRole(memberId: $memberId, role: $role) {\n      id\n      roles\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  query MemberDirectory($filter: MemberFilter, $after: String) {\n    members(first: 20, after: $after, filter: $filter) {\n      ...MemberCardPageFields\n    }\n  }\n": typeof types.MemberDirectoryDocument,
    "\n  query DirectoryLibrary($slug: String!) {\n    library(slug: $slug) {\n      ...LibraryOptionFields\n    }\n  }\n": typeof types.DirectoryLibraryDocument,
    "\n  query MyProfile {\n    me {\n      ...MyProfileFields\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  fragment MyProfileFields on Member {\n    id\n    name\n    email\n    locale\n    position\n    bio\n    publicEmail\n    phone\n    languages\n    interests\n    roles\n    createdAt\n    library {\n      id\n      slug\n      name\n      city\n      country\n      region\n    }\n  }\n": typeof types.MyProfileFieldsFragmentDoc,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Session {\n    me {\n      id\n      name\n      roles\n      locale\n      library {\n        id\n        slug\n        name\n        country\n        region\n      }\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query NetworkSize {\n    poland: libraries(first: 1, filter: { country: PL }) {\n      totalCount\n    }\n    sweden: libraries(first: 1, filter: { country: SE }) {\n      totalCount\n    }\n    norway: libraries(first: 1, filter: { country: NO }) {\n      totalCount\n    }\n  }\n": types.NetworkSizeDocument,
    "\n  fragment LibraryCardFields on Library {\n    id\n    slug\n    name\n    city\n    region\n    country\n    memberCount\n  }\n": types.LibraryCardFieldsFragmentDoc,
    "\n  query LibraryList($filter: LibraryFilter, $after: String) {\n    libraries(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...LibraryCardFields\n        }\n      }\n    }\n  }\n": types.LibraryListDocument,
    "\n  mutation CreateLibrary($input: LibraryInput!) {\n    createLibrary(input: $input) {\n      ...LibraryDetailsFields\n    }\n  }\n": types.CreateLibraryDocument,
    "\n  fragment LibraryDetailsFields on Library {\n    id\n    slug\n    name\n    city\n    region\n    country\n    address\n    description\n    email\n    phone\n    website\n    memberCount\n    viewerCanManage\n  }\n": types.LibraryDetailsFieldsFragmentDoc,
    "\n  query LibraryPage($slug: String!) {\n    library(slug: $slug) {\n      ...LibraryDetailsFields\n      staff {\n        id\n        name\n        position\n        publicEmail\n        phone\n      }\n    }\n  }\n": types.LibraryPageDocument,
    "\n  query LibraryMembers($slug: String!, $after: String) {\n    library(slug: $slug) {\n      id\n      members(first: 20, after: $after) {\n        ...MemberCardPageFields\n      }\n    }\n  }\n": types.LibraryMembersDocument,
    "\n  mutation UpdateLibrary($id: ID!, $input: LibraryInput!) {\n    updateLibrary(id: $id, input: $input) {\n      ...LibraryDetailsFields\n    }\n  }\n": types.UpdateLibraryDocument,
    "\n  subscription LibraryMemberJoined($libraryId: ID!) {\n    libraryMemberJoined(libraryId: $libraryId) {\n      ...MemberCardFields\n    }\n  }\n": types.LibraryMemberJoinedDocument,
    "\n  fragment LibraryOptionFields on Library {\n    id\n    slug\n    name\n    city\n  }\n": types.LibraryOptionFieldsFragmentDoc,
    "\n  query LibraryOptions($filter: LibraryFilter) {\n    libraries(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...LibraryOptionFields\n        }\n      }\n    }\n  }\n": types.LibraryOptionsDocument,
    "\n  fragment MemberCardFields on Member {\n    id\n    name\n    position\n    roles\n    library {\n      id\n      slug\n      name\n      city\n    }\n  }\n": types.MemberCardFieldsFragmentDoc,
    "\n  fragment MemberCardPageFields on MemberConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      cursor\n      node {\n        ...MemberCardFields\n      }\n    }\n  }\n": types.MemberCardPageFieldsFragmentDoc,
    "\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      position\n      bio\n      publicEmail\n      phone\n      roles\n      languages\n      interests\n      createdAt\n      library {\n        id\n        slug\n        name\n        city\n        region\n        country\n      }\n    }\n  }\n": types.MemberProfileDocument,
    "\n  mutation GrantRole($memberId: ID!, $role: GrantableRole!) {\n    grantRole(memberId: $memberId, role: $role) {\n      id\n      roles\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($memberId: ID!, $role: GrantableRole!) {\n    revokeRole(memberId: $memberId, role: $role) {\n      id\n      roles\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  query MemberDirectory($filter: MemberFilter, $after: String) {\n    members(first: 20, after: $after, filter: $filter) {\n      ...MemberCardPageFields\n    }\n  }\n": types.MemberDirectoryDocument,
    "\n  query DirectoryLibrary($slug: String!) {\n    library(slug: $slug) {\n      ...LibraryOptionFields\n    }\n  }\n": types.DirectoryLibraryDocument,
    "\n  query MyProfile {\n    me {\n      ...MyProfileFields\n    }\n  }\n": types.MyProfileDocument,
    "\n  fragment MyProfileFields on Member {\n    id\n    name\n    email\n    locale\n    position\n    bio\n    publicEmail\n    phone\n    languages\n    interests\n    roles\n    createdAt\n    library {\n      id\n      slug\n      name\n      city\n      country\n      region\n    }\n  }\n": types.MyProfileFieldsFragmentDoc,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query Session {\n    me {\n      id\n      name\n      roles\n      locale\n      library {\n        id\n        slug\n        name\n        country\n        region\n      }\n    }\n  }\n": types.SessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkSize {\n    poland: libraries(first: 1, filter: { country: PL }) {\n      totalCount\n    }\n    sweden: libraries(first: 1, filter: { country: SE }) {\n      totalCount\n    }\n    norway: libraries(first: 1, filter: { country: NO }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query NetworkSize {\n    poland: libraries(first: 1, filter: { country: PL }) {\n      totalCount\n    }\n    sweden: libraries(first: 1, filter: { country: SE }) {\n      totalCount\n    }\n    norway: libraries(first: 1, filter: { country: NO }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LibraryCardFields on Library {\n    id\n    slug\n    name\n    city\n    region\n    country\n    memberCount\n  }\n"): (typeof documents)["\n  fragment LibraryCardFields on Library {\n    id\n    slug\n    name\n    city\n    region\n    country\n    memberCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryList($filter: LibraryFilter, $after: String) {\n    libraries(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...LibraryCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibraryList($filter: LibraryFilter, $after: String) {\n    libraries(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...LibraryCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLibrary($input: LibraryInput!) {\n    createLibrary(input: $input) {\n      ...LibraryDetailsFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLibrary($input: LibraryInput!) {\n    createLibrary(input: $input) {\n      ...LibraryDetailsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LibraryDetailsFields on Library {\n    id\n    slug\n    name\n    city\n    region\n    country\n    address\n    description\n    email\n    phone\n    website\n    memberCount\n    viewerCanManage\n  }\n"): (typeof documents)["\n  fragment LibraryDetailsFields on Library {\n    id\n    slug\n    name\n    city\n    region\n    country\n    address\n    description\n    email\n    phone\n    website\n    memberCount\n    viewerCanManage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryPage($slug: String!) {\n    library(slug: $slug) {\n      ...LibraryDetailsFields\n      staff {\n        id\n        name\n        position\n        publicEmail\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibraryPage($slug: String!) {\n    library(slug: $slug) {\n      ...LibraryDetailsFields\n      staff {\n        id\n        name\n        position\n        publicEmail\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryMembers($slug: String!, $after: String) {\n    library(slug: $slug) {\n      id\n      members(first: 20, after: $after) {\n        ...MemberCardPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibraryMembers($slug: String!, $after: String) {\n    library(slug: $slug) {\n      id\n      members(first: 20, after: $after) {\n        ...MemberCardPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLibrary($id: ID!, $input: LibraryInput!) {\n    updateLibrary(id: $id, input: $input) {\n      ...LibraryDetailsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLibrary($id: ID!, $input: LibraryInput!) {\n    updateLibrary(id: $id, input: $input) {\n      ...LibraryDetailsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LibraryMemberJoined($libraryId: ID!) {\n    libraryMemberJoined(libraryId: $libraryId) {\n      ...MemberCardFields\n    }\n  }\n"): (typeof documents)["\n  subscription LibraryMemberJoined($libraryId: ID!) {\n    libraryMemberJoined(libraryId: $libraryId) {\n      ...MemberCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LibraryOptionFields on Library {\n    id\n    slug\n    name\n    city\n  }\n"): (typeof documents)["\n  fragment LibraryOptionFields on Library {\n    id\n    slug\n    name\n    city\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryOptions($filter: LibraryFilter) {\n    libraries(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...LibraryOptionFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibraryOptions($filter: LibraryFilter) {\n    libraries(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...LibraryOptionFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberCardFields on Member {\n    id\n    name\n    position\n    roles\n    library {\n      id\n      slug\n      name\n      city\n    }\n  }\n"): (typeof documents)["\n  fragment MemberCardFields on Member {\n    id\n    name\n    position\n    roles\n    library {\n      id\n      slug\n      name\n      city\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberCardPageFields on MemberConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      cursor\n      node {\n        ...MemberCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MemberCardPageFields on MemberConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      cursor\n      node {\n        ...MemberCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      position\n      bio\n      publicEmail\n      phone\n      roles\n      languages\n      interests\n      createdAt\n      library {\n        id\n        slug\n        name\n        city\n        region\n        country\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      position\n      bio\n      publicEmail\n      phone\n      roles\n      languages\n      interests\n      createdAt\n      library {\n        id\n        slug\n        name\n        city\n        region\n        country\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($memberId: ID!, $role: GrantableRole!) {\n    grantRole(memberId: $memberId, role: $role) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation GrantRole($memberId: ID!, $role: GrantableRole!) {\n    grantRole(memberId: $memberId, role: $role) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($memberId: ID!, $role: GrantableRole!) {\n    revokeRole(memberId: $memberId, role: $role) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeRole($memberId: ID!, $role: GrantableRole!) {\n    revokeRole(memberId: $memberId, role: $role) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberDirectory($filter: MemberFilter, $after: String) {\n    members(first: 20, after: $after, filter: $filter) {\n      ...MemberCardPageFields\n    }\n  }\n"): (typeof documents)["\n  query MemberDirectory($filter: MemberFilter, $after: String) {\n    members(first: 20, after: $after, filter: $filter) {\n      ...MemberCardPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryLibrary($slug: String!) {\n    library(slug: $slug) {\n      ...LibraryOptionFields\n    }\n  }\n"): (typeof documents)["\n  query DirectoryLibrary($slug: String!) {\n    library(slug: $slug) {\n      ...LibraryOptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      ...MyProfileFields\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      ...MyProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyProfileFields on Member {\n    id\n    name\n    email\n    locale\n    position\n    bio\n    publicEmail\n    phone\n    languages\n    interests\n    roles\n    createdAt\n    library {\n      id\n      slug\n      name\n      city\n      country\n      region\n    }\n  }\n"): (typeof documents)["\n  fragment MyProfileFields on Member {\n    id\n    name\n    email\n    locale\n    position\n    bio\n    publicEmail\n    phone\n    languages\n    interests\n    roles\n    createdAt\n    library {\n      id\n      slug\n      name\n      city\n      country\n      region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me {\n      id\n      name\n      roles\n      locale\n      library {\n        id\n        slug\n        name\n        country\n        region\n      }\n    }\n  }\n"): (typeof documents)["\n  query Session {\n    me {\n      id\n      name\n      roles\n      locale\n      library {\n        id\n        slug\n        name\n        country\n        region\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;