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
    "\n  query MyBookmarks($after: String) {\n    myBookmarks(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          title\n          createdAt\n          author {\n            id\n            name\n          }\n          tags {\n            ...TagChipFields\n          }\n          ... on Question {\n            answerCount\n          }\n          ... on Inspiration {\n            summary\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyBookmarksDocument,
    "\n  query CalendarFeedUrl($region: String) {\n    calendarFeedUrl(region: $region)\n  }\n": typeof types.CalendarFeedUrlDocument,
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      url\n      createdAt\n    }\n  }\n": typeof types.MyCalendarFeedDocument,
    "\n  mutation RotateCalendarToken {\n    rotateCalendarToken {\n      url\n      createdAt\n    }\n  }\n": typeof types.RotateCalendarTokenDocument,
    "\n  fragment ViewerRegistrationFields on EventRegistration {\n    id\n    status\n    waitlistPosition\n    promotedAt\n  }\n": typeof types.ViewerRegistrationFieldsFragmentDoc,
    "\n  fragment EventAvailabilityFields on Event {\n    id\n    status\n    capacity\n    confirmedCount\n    waitlistCount\n    placesLeft\n    registrationOpen\n    joinUrl\n    viewerRegistration {\n      ...ViewerRegistrationFields\n    }\n  }\n": typeof types.EventAvailabilityFieldsFragmentDoc,
    "\n  fragment EventCardFields on Event {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    timeZone\n    city\n    region\n    registrationDeadline\n    ...EventAvailabilityFields\n  }\n": typeof types.EventCardFieldsFragmentDoc,
    "\n  fragment EventSpeakerFields on EventSpeaker {\n    name\n    member {\n      id\n      name\n    }\n  }\n": typeof types.EventSpeakerFieldsFragmentDoc,
    "\n  query EventList($filter: EventFilter, $after: String) {\n    events(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...EventCardFields\n        }\n      }\n    }\n  }\n": typeof types.EventListDocument,
    "\n  fragment EventPageFields on Event {\n    ...EventCardFields\n    description\n    agenda\n    venue\n    address\n    viewerCanManage\n    calendarUrl\n    recordingUrl\n    slidesUrl\n    questionCount\n    unansweredQuestionCount\n    questionsOpen\n    viewerCanAskQuestion\n    month {\n      id\n      title\n    }\n    breakoutRooms {\n      id\n      name\n      project\n      room\n      url\n      session {\n        id\n        title\n      }\n    }\n    organiser {\n      id\n      name\n    }\n    speakers {\n      ...EventSpeakerFields\n    }\n    sessions {\n      id\n      title\n      startsAt\n      endsAt\n      room\n      track\n      speakers {\n        ...EventSpeakerFields\n      }\n    }\n  }\n": typeof types.EventPageFieldsFragmentDoc,
    "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventPageFields\n    }\n  }\n": typeof types.EventPageDocument,
    "\n  query EventForm($id: ID!) {\n    event(id: $id) {\n      id\n      kind\n      status\n      title\n      description\n      agenda\n      startsAt\n      endsAt\n      timeZone\n      capacity\n      registrationDeadline\n      city\n      venue\n      address\n      region\n      joinUrl\n      confirmedCount\n      viewerCanManage\n      speakers {\n        ...EventSpeakerFields\n      }\n      sessions {\n        id\n        title\n        startsAt\n        endsAt\n        room\n        track\n        speakers {\n          ...EventSpeakerFields\n        }\n      }\n      breakoutRooms {\n        id\n        name\n        project\n        room\n        url\n        session {\n          id\n        }\n      }\n    }\n  }\n": typeof types.EventFormDocument,
    "\n  mutation CreateEvent($input: EventInput!) {\n    createEvent(input: $input) {\n      ...EventPageFields\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...EventPageFields\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  mutation CancelEvent($id: ID!) {\n    cancelEvent(id: $id) {\n      ...EventAvailabilityFields\n    }\n  }\n": typeof types.CancelEventDocument,
    "\n  mutation RegisterForEvent($eventId: ID!) {\n    registerForEvent(eventId: $eventId) {\n      ...ViewerRegistrationFields\n      event {\n        ...EventAvailabilityFields\n      }\n    }\n  }\n": typeof types.RegisterForEventDocument,
    "\n  mutation CancelRegistration($eventId: ID!) {\n    cancelRegistration(eventId: $eventId) {\n      ...ViewerRegistrationFields\n      event {\n        ...EventAvailabilityFields\n      }\n    }\n  }\n": typeof types.CancelRegistrationDocument,
    "\n  subscription RegistrationChanged {\n    registrationChanged {\n      reason\n      registration {\n        ...ViewerRegistrationFields\n        event {\n          ...EventAvailabilityFields\n          title\n        }\n      }\n    }\n  }\n": typeof types.RegistrationChangedDocument,
    "\n  query MyEvents($past: Boolean!, $after: String) {\n    myEvents(first: 20, after: $after, past: $past) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...ViewerRegistrationFields\n          registeredAt\n          attended\n          event {\n            ...EventCardFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyEventsDocument,
    "\n  query EventRegistrants($eventId: ID!, $after: String) {\n    eventRegistrations(eventId: $eventId, first: 50, after: $after) {\n      totalCount\n      counts {\n        confirmed\n        waitlisted\n        cancelled\n        attended\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          waitlistPosition\n          registeredAt\n          attended\n          member {\n            id\n            name\n            library {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EventRegistrantsDocument,
    "\n  query EventRegistrantsCsv($eventId: ID!) {\n    eventRegistrantsCsv(eventId: $eventId)\n  }\n": typeof types.EventRegistrantsCsvDocument,
    "\n  mutation MarkAttendance($eventId: ID!, $memberId: ID!, $attended: Boolean!) {\n    markAttendance(eventId: $eventId, memberId: $memberId, attended: $attended) {\n      id\n      attended\n    }\n  }\n": typeof types.MarkAttendanceDocument,
    "\n  query EventQuestions($id: ID!, $after: String, $unanswered: Boolean) {\n    event(id: $id) {\n      id\n      questions(first: 20, after: $after, unanswered: $unanswered) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            ...QuestionCardFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.EventQuestionsDocument,
    "\n  query EventAsk($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      status\n      questionsOpen\n      viewerCanAskQuestion\n    }\n  }\n": typeof types.EventAskDocument,
    "\n  mutation AskAtEvent($eventId: ID!, $input: QuestionInput!) {\n    askAtEvent(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n": typeof types.AskAtEventDocument,
    "\n  mutation UpdateEventMaterials($eventId: ID!, $input: EventMaterialsInput!) {\n    updateEventMaterials(eventId: $eventId, input: $input) {\n      id\n      recordingUrl\n      slidesUrl\n    }\n  }\n": typeof types.UpdateEventMaterialsDocument,
    "\n  subscription EventAvailabilityChanged($eventId: ID!) {\n    eventAvailabilityChanged(eventId: $eventId) {\n      ...EventAvailabilityFields\n    }\n  }\n": typeof types.EventAvailabilityChangedDocument,
    "\n  query HomeFeed($filter: FeedFilter, $after: String) {\n    feed(first: 20, after: $after, filter: $filter) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        followed\n        followedBecause\n        node {\n          __typename\n          id\n          ... on Question {\n            ...QuestionCardFields\n          }\n          ... on Inspiration {\n            ...InspirationCardFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.HomeFeedDocument,
    "\n  subscription FeedPostAdded($filter: FeedFilter) {\n    feedPostAdded(filter: $filter) {\n      id\n    }\n  }\n": typeof types.FeedPostAddedDocument,
    "\n  mutation FollowMember($id: ID!) {\n    followMember(id: $id) {\n      id\n      followedByMe\n      followerCount\n    }\n  }\n": typeof types.FollowMemberDocument,
    "\n  mutation UnfollowMember($id: ID!) {\n    unfollowMember(id: $id) {\n      id\n      followedByMe\n      followerCount\n    }\n  }\n": typeof types.UnfollowMemberDocument,
    "\n  mutation FollowLibrary($id: ID!) {\n    followLibrary(id: $id) {\n      id\n      followedByMe\n      followerCount\n    }\n  }\n": typeof types.FollowLibraryDocument,
    "\n  mutation UnfollowLibrary($id: ID!) {\n    unfollowLibrary(id: $id) {\n      id\n      followedByMe\n      followerCount\n    }\n  }\n": typeof types.UnfollowLibraryDocument,
    "\n  mutation FollowTag($slug: String!) {\n    followTag(slug: $slug) {\n      id\n      viewerFollows\n    }\n  }\n": typeof types.FollowTagDocument,
    "\n  mutation UnfollowTag($slug: String!) {\n    unfollowTag(slug: $slug) {\n      id\n      viewerFollows\n    }\n  }\n": typeof types.UnfollowTagDocument,
    "\n  query NetworkSize {\n    poland: libraries(first: 1, filter: { country: PL }) {\n      totalCount\n    }\n    sweden: libraries(first: 1, filter: { country: SE }) {\n      totalCount\n    }\n    norway: libraries(first: 1, filter: { country: NO }) {\n      totalCount\n    }\n  }\n": typeof types.NetworkSizeDocument,
    "\n  fragment InspirationCardFields on Inspiration {\n    id\n    title\n    summary\n    language\n    createdAt\n    commentCount\n    author {\n      id\n      name\n    }\n    library {\n      id\n      name\n    }\n    tags {\n      ...TagChipFields\n    }\n  }\n": typeof types.InspirationCardFieldsFragmentDoc,
    "\n  query InspirationList($filter: InspirationFilter, $after: String) {\n    inspirations(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...InspirationCardFields\n        }\n      }\n    }\n  }\n": typeof types.InspirationListDocument,
    "\n  query InspirationPage($id: ID!) {\n    inspiration(id: $id) {\n      ...ContentMetaFields\n      title\n      summary\n      body\n      language\n      viewerBookmarked\n      links {\n        title\n        url\n      }\n      attachments {\n        title\n        url\n      }\n      tags {\n        ...TagChipFields\n      }\n    }\n  }\n": typeof types.InspirationPageDocument,
    "\n  mutation CreateInspiration($input: InspirationInput!) {\n    createInspiration(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateInspirationDocument,
    "\n  mutation UpdateInspiration($id: ID!, $input: InspirationInput!) {\n    updateInspiration(id: $id, input: $input) {\n      id\n      title\n      summary\n      body\n      language\n      edited\n      editedAt\n      links {\n        title\n        url\n      }\n      attachments {\n        title\n        url\n      }\n      tags {\n        ...TagChipFields\n      }\n    }\n  }\n": typeof types.UpdateInspirationDocument,
    "\n  mutation DeleteInspiration($id: ID!) {\n    deleteInspiration(id: $id)\n  }\n": typeof types.DeleteInspirationDocument,
    "\n  fragment TagChipFields on Tag {\n    id\n    slug\n    name\n  }\n": typeof types.TagChipFieldsFragmentDoc,
    "\n  fragment ContentMetaFields on Content {\n    id\n    createdAt\n    edited\n    editedAt\n    viewerCanEdit\n    viewerCanDelete\n    commentCount\n    author {\n      id\n      name\n    }\n    library {\n      id\n      slug\n      name\n    }\n    reactionSummary {\n      kind\n      count\n      viewerReacted\n    }\n  }\n": typeof types.ContentMetaFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    viewerCanDelete\n    author {\n      id\n      name\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  mutation React($contentId: ID!, $kind: ReactionKind!) {\n    react(contentId: $contentId, kind: $kind) {\n      id\n      reactionSummary {\n        kind\n        count\n        viewerReacted\n      }\n    }\n  }\n": typeof types.ReactDocument,
    "\n  mutation Unreact($contentId: ID!, $kind: ReactionKind!) {\n    unreact(contentId: $contentId, kind: $kind) {\n      id\n      reactionSummary {\n        kind\n        count\n        viewerReacted\n      }\n    }\n  }\n": typeof types.UnreactDocument,
    "\n  mutation Vote($id: ID!) {\n    vote(id: $id) {\n      id\n      voteCount\n      viewerVoted\n      viewerCanVote\n    }\n  }\n": typeof types.VoteDocument,
    "\n  mutation Unvote($id: ID!) {\n    unvote(id: $id) {\n      id\n      voteCount\n      viewerVoted\n      viewerCanVote\n    }\n  }\n": typeof types.UnvoteDocument,
    "\n  mutation Bookmark($postId: ID!) {\n    bookmark(postId: $postId) {\n      id\n      viewerBookmarked\n    }\n  }\n": typeof types.BookmarkDocument,
    "\n  mutation Unbookmark($postId: ID!) {\n    unbookmark(postId: $postId) {\n      id\n      viewerBookmarked\n    }\n  }\n": typeof types.UnbookmarkDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": typeof types.DeleteCommentDocument,
    "\n  query ContentReactions($id: ID!, $kind: ReactionKind, $after: String) {\n    content(id: $id) {\n      id\n      reactions(first: 20, after: $after, kind: $kind) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            kind\n            createdAt\n            member {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ContentReactionsDocument,
    "\n  fragment CommentPageFields on CommentConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      cursor\n      node {\n        ...CommentFields\n      }\n    }\n  }\n": typeof types.CommentPageFieldsFragmentDoc,
    "\n  query ContentComments($id: ID!, $first: Int!, $after: String) {\n    content(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        ...CommentPageFields\n      }\n    }\n  }\n": typeof types.ContentCommentsDocument,
    "\n  fragment LibraryCardFields on Library {\n    id\n    slug\n    name\n    city\n    region\n    country\n    memberCount\n  }\n": typeof types.LibraryCardFieldsFragmentDoc,
    "\n  query LibraryList($filter: LibraryFilter, $after: String) {\n    libraries(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...LibraryCardFields\n        }\n      }\n    }\n  }\n": typeof types.LibraryListDocument,
    "\n  mutation CreateLibrary($input: LibraryInput!) {\n    createLibrary(input: $input) {\n      ...LibraryDetailsFields\n    }\n  }\n": typeof types.CreateLibraryDocument,
    "\n  fragment LibraryDetailsFields on Library {\n    id\n    slug\n    name\n    city\n    region\n    country\n    address\n    description\n    email\n    phone\n    website\n    memberCount\n    viewerCanManage\n  }\n": typeof types.LibraryDetailsFieldsFragmentDoc,
    "\n  query LibraryPage($slug: String!) {\n    library(slug: $slug) {\n      ...LibraryDetailsFields\n      followedByMe\n      followerCount\n      staff {\n        id\n        name\n        position\n        publicEmail\n        phone\n      }\n    }\n  }\n": typeof types.LibraryPageDocument,
    "\n  query LibraryMembers($slug: String!, $after: String) {\n    library(slug: $slug) {\n      id\n      members(first: 20, after: $after) {\n        ...MemberCardPageFields\n      }\n    }\n  }\n": typeof types.LibraryMembersDocument,
    "\n  mutation UpdateLibrary($id: ID!, $input: LibraryInput!) {\n    updateLibrary(id: $id, input: $input) {\n      ...LibraryDetailsFields\n    }\n  }\n": typeof types.UpdateLibraryDocument,
    "\n  subscription LibraryMemberJoined($libraryId: ID!) {\n    libraryMemberJoined(libraryId: $libraryId) {\n      ...MemberCardFields\n    }\n  }\n": typeof types.LibraryMemberJoinedDocument,
    "\n  fragment LibraryOptionFields on Library {\n    id\n    slug\n    name\n    city\n  }\n": typeof types.LibraryOptionFieldsFragmentDoc,
    "\n  query LibraryOptions($filter: LibraryFilter) {\n    libraries(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...LibraryOptionFields\n        }\n      }\n    }\n  }\n": typeof types.LibraryOptionsDocument,
    "\n  fragment MemberCardFields on Member {\n    id\n    name\n    position\n    roles\n    library {\n      id\n      slug\n      name\n      city\n    }\n  }\n": typeof types.MemberCardFieldsFragmentDoc,
    "\n  fragment MemberCardPageFields on MemberConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      cursor\n      node {\n        ...MemberCardFields\n      }\n    }\n  }\n": typeof types.MemberCardPageFieldsFragmentDoc,
    "\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      position\n      bio\n      publicEmail\n      phone\n      roles\n      languages\n      interests\n      createdAt\n      followedByMe\n      followerCount\n      library {\n        id\n        slug\n        name\n        city\n        region\n        country\n      }\n    }\n  }\n": typeof types.MemberProfileDocument,
    "\n  mutation GrantRole($memberId: ID!, $role: GrantableRole!) {\n    grantRole(memberId: $memberId, role: $role) {\n      id\n      roles\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($memberId: ID!, $role: GrantableRole!) {\n    revokeRole(memberId: $memberId, role: $role) {\n      id\n      roles\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  query MemberDirectory($filter: MemberFilter, $after: String) {\n    members(first: 20, after: $after, filter: $filter) {\n      ...MemberCardPageFields\n    }\n  }\n": typeof types.MemberDirectoryDocument,
    "\n  query DirectoryLibrary($slug: String!) {\n    library(slug: $slug) {\n      ...LibraryOptionFields\n    }\n  }\n": typeof types.DirectoryLibraryDocument,
    "\n  fragment MonthCardFields on Month {\n    id\n    title\n    theme\n    status\n    startsAt\n    endsAt\n    coverImageUrl\n    experts {\n      id\n    }\n  }\n": typeof types.MonthCardFieldsFragmentDoc,
    "\n  query MonthList($filter: MonthFilter, $after: String) {\n    months(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...MonthCardFields\n        }\n      }\n    }\n  }\n": typeof types.MonthListDocument,
    "\n  fragment MonthStatsFields on MonthStats {\n    questionCount\n    answeredCount\n    unansweredCount\n    medianMinutesToFirstExpertAnswer\n    escalatedCount\n  }\n": typeof types.MonthStatsFieldsFragmentDoc,
    "\n  fragment MonthExpertFields on Member {\n    id\n    name\n    position\n    roles\n    library {\n      id\n      slug\n      name\n      city\n    }\n  }\n": typeof types.MonthExpertFieldsFragmentDoc,
    "\n  query MonthPage($id: ID!) {\n    month(id: $id) {\n      id\n      title\n      theme\n      description\n      status\n      startsAt\n      endsAt\n      coverImageUrl\n      answerHours\n      viewerCanManage\n      experts {\n        ...MonthExpertFields\n      }\n      stats {\n        ...MonthStatsFields\n      }\n      summaryInspiration {\n        id\n        title\n      }\n      calendarUrl\n      events {\n        ...EventCardFields\n      }\n    }\n  }\n": typeof types.MonthPageDocument,
    "\n  query MonthQuestions($id: ID!, $unanswered: Boolean, $after: String) {\n    month(id: $id) {\n      id\n      questions(first: 20, after: $after, unanswered: $unanswered) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            answerDueAt\n            firstExpertAnswerAt\n            escalatedAt\n            question {\n              id\n              title\n              language\n              createdAt\n              answerCount\n              author {\n                id\n                name\n              }\n              library {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MonthQuestionsDocument,
    "\n  query MonthEdit($id: ID!) {\n    month(id: $id) {\n      id\n      title\n      theme\n      description\n      status\n      startsAt\n      endsAt\n      coverImageUrl\n      answerHours\n      viewerCanManage\n    }\n  }\n": typeof types.MonthEditDocument,
    "\n  query MonthAsk($id: ID!) {\n    month(id: $id) {\n      id\n      title\n      theme\n      status\n      answerHours\n    }\n  }\n": typeof types.MonthAskDocument,
    "\n  query MonthArchive($id: ID!, $after: String) {\n    month(id: $id) {\n      id\n      title\n      theme\n      status\n      viewerCanManage\n      summaryInspiration {\n        id\n        title\n      }\n      questions(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            question {\n              id\n              title\n              language\n              answers(first: 10, sort: VOTES) {\n                totalCount\n                edges {\n                  node {\n                    id\n                    body\n                    byExpert\n                    voteCount\n                    author {\n                      id\n                      name\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MonthArchiveDocument,
    "\n  mutation CreateMonth($input: MonthInput!) {\n    createMonth(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateMonthDocument,
    "\n  mutation UpdateMonth($id: ID!, $input: MonthInput!) {\n    updateMonth(id: $id, input: $input) {\n      id\n      title\n      theme\n      description\n      startsAt\n      endsAt\n      coverImageUrl\n      answerHours\n    }\n  }\n": typeof types.UpdateMonthDocument,
    "\n  mutation AdvanceMonth($id: ID!, $to: MonthStatus!) {\n    advanceMonth(id: $id, to: $to) {\n      id\n      status\n    }\n  }\n": typeof types.AdvanceMonthDocument,
    "\n  mutation InviteExpert($monthId: ID!, $memberId: ID!) {\n    inviteExpert(monthId: $monthId, memberId: $memberId) {\n      id\n      experts {\n        ...MonthExpertFields\n      }\n    }\n  }\n": typeof types.InviteExpertDocument,
    "\n  mutation RemoveExpert($monthId: ID!, $memberId: ID!) {\n    removeExpert(monthId: $monthId, memberId: $memberId) {\n      id\n      experts {\n        ...MonthExpertFields\n      }\n    }\n  }\n": typeof types.RemoveExpertDocument,
    "\n  mutation AskInMonth($monthId: ID!, $input: QuestionInput!) {\n    askInMonth(monthId: $monthId, input: $input) {\n      id\n    }\n  }\n": typeof types.AskInMonthDocument,
    "\n  mutation ArchiveMonth($id: ID!, $input: ArchiveMonthInput!) {\n    archiveMonth(id: $id, input: $input) {\n      id\n      status\n      summaryInspiration {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ArchiveMonthDocument,
    "\n  query ExpertCandidates($search: String!) {\n    members(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          roles\n          library {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExpertCandidatesDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    read\n    createdAt\n    actor {\n      id\n      name\n    }\n    post {\n      id\n      title\n    }\n    content {\n      id\n    }\n    comment {\n      id\n    }\n    event {\n      id\n      title\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query LatestNotifications {\n    notifications(first: 5) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": typeof types.LatestNotificationsDocument,
    "\n  query NotificationList($unreadOnly: Boolean!, $after: String) {\n    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": typeof types.NotificationListDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      unreadNotificationCount\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      email\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      kind\n      email\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query MyProfile {\n    me {\n      ...MyProfileFields\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  fragment MyProfileFields on Member {\n    id\n    name\n    email\n    locale\n    position\n    bio\n    publicEmail\n    phone\n    languages\n    interests\n    roles\n    createdAt\n    library {\n      id\n      slug\n      name\n      city\n      country\n      region\n    }\n  }\n": typeof types.MyProfileFieldsFragmentDoc,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment QuestionCardFields on Question {\n    id\n    title\n    language\n    createdAt\n    answerCount\n    voteCount\n    acceptedAnswer {\n      id\n    }\n    author {\n      id\n      name\n    }\n    library {\n      id\n      name\n    }\n    tags {\n      ...TagChipFields\n    }\n  }\n": typeof types.QuestionCardFieldsFragmentDoc,
    "\n  query QuestionList($filter: QuestionFilter, $after: String) {\n    questions(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...QuestionCardFields\n        }\n      }\n    }\n  }\n": typeof types.QuestionListDocument,
    "\n  query QuestionPage($id: ID!) {\n    question(id: $id) {\n      ...ContentMetaFields\n      title\n      body\n      language\n      answerCount\n      voteCount\n      viewerVoted\n      viewerCanVote\n      viewerBookmarked\n      tags {\n        ...TagChipFields\n      }\n      month {\n        id\n        title\n      }\n    }\n  }\n": typeof types.QuestionPageDocument,
    "\n  query QuestionAnswers($id: ID!, $sort: AnswerSort!, $after: String) {\n    question(id: $id) {\n      id\n      answerCount\n      answers(first: 20, after: $after, sort: $sort) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            ...ContentMetaFields\n            body\n            accepted\n            byExpert\n            voteCount\n            viewerVoted\n            viewerCanVote\n            viewerCanAccept\n            comments(first: 5) {\n              ...CommentPageFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.QuestionAnswersDocument,
    "\n  query QuestionEdit($id: ID!) {\n    question(id: $id) {\n      id\n      title\n      body\n      language\n      viewerCanEdit\n      tags {\n        ...TagChipFields\n      }\n    }\n  }\n": typeof types.QuestionEditDocument,
    "\n  mutation CreateQuestion($input: QuestionInput!) {\n    createQuestion(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateQuestionDocument,
    "\n  mutation UpdateQuestion($id: ID!, $input: QuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      id\n      title\n      body\n      language\n      edited\n      editedAt\n      tags {\n        ...TagChipFields\n      }\n    }\n  }\n": typeof types.UpdateQuestionDocument,
    "\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n": typeof types.DeleteQuestionDocument,
    "\n  mutation CreateAnswer($input: CreateAnswerInput!) {\n    createAnswer(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAnswerDocument,
    "\n  mutation UpdateAnswer($id: ID!, $input: AnswerBodyInput!) {\n    updateAnswer(id: $id, input: $input) {\n      id\n      body\n      edited\n      editedAt\n    }\n  }\n": typeof types.UpdateAnswerDocument,
    "\n  mutation DeleteAnswer($id: ID!) {\n    deleteAnswer(id: $id)\n  }\n": typeof types.DeleteAnswerDocument,
    "\n  mutation AcceptAnswer($id: ID!) {\n    acceptAnswer(id: $id) {\n      id\n      accepted\n    }\n  }\n": typeof types.AcceptAnswerDocument,
    "\n  mutation UnacceptAnswer($id: ID!) {\n    unacceptAnswer(id: $id) {\n      id\n      accepted\n    }\n  }\n": typeof types.UnacceptAnswerDocument,
    "\n  subscription QuestionActivity($questionId: ID!) {\n    questionActivity(questionId: $questionId) {\n      kind\n      questionId\n      answer {\n        id\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.QuestionActivityDocument,
    "\n  query Search($query: String!, $filter: SearchFilter, $after: String) {\n    search(query: $query, first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          language\n          questionId\n          slug\n          title\n          snippet\n          rank\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query TagList($sort: TagSort!, $search: String, $after: String) {\n    tags(first: 50, after: $after, sort: $sort, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...TagChipFields\n          questionCount\n          inspirationCount\n        }\n      }\n    }\n  }\n": typeof types.TagListDocument,
    "\n  query TagPage($slug: String!) {\n    tag(slug: $slug) {\n      ...TagChipFields\n      questionCount\n      inspirationCount\n      viewerFollows\n    }\n  }\n": typeof types.TagPageDocument,
    "\n  query TagSuggestions($search: String) {\n    tags(first: 20, search: $search, sort: POPULAR) {\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.TagSuggestionsDocument,
    "\n  query Session {\n    me {\n      id\n      name\n      roles\n      locale\n      library {\n        id\n        slug\n        name\n        country\n        region\n      }\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query MentionSuggestions($search: String!) {\n    members(first: 8, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          library {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MentionSuggestionsDocument,
};
const documents: Documents = {
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query MyBookmarks($after: String) {\n    myBookmarks(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          title\n          createdAt\n          author {\n            id\n            name\n          }\n          tags {\n            ...TagChipFields\n          }\n          ... on Question {\n            answerCount\n          }\n          ... on Inspiration {\n            summary\n          }\n        }\n      }\n    }\n  }\n": types.MyBookmarksDocument,
    "\n  query CalendarFeedUrl($region: String) {\n    calendarFeedUrl(region: $region)\n  }\n": types.CalendarFeedUrlDocument,
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      url\n      createdAt\n    }\n  }\n": types.MyCalendarFeedDocument,
    "\n  mutation RotateCalendarToken {\n    rotateCalendarToken {\n      url\n      createdAt\n    }\n  }\n": types.RotateCalendarTokenDocument,
    "\n  fragment ViewerRegistrationFields on EventRegistration {\n    id\n    status\n    waitlistPosition\n    promotedAt\n  }\n": types.ViewerRegistrationFieldsFragmentDoc,
    "\n  fragment EventAvailabilityFields on Event {\n    id\n    status\n    capacity\n    confirmedCount\n    waitlistCount\n    placesLeft\n    registrationOpen\n    joinUrl\n    viewerRegistration {\n      ...ViewerRegistrationFields\n    }\n  }\n": types.EventAvailabilityFieldsFragmentDoc,
    "\n  fragment EventCardFields on Event {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    timeZone\n    city\n    region\n    registrationDeadline\n    ...EventAvailabilityFields\n  }\n": types.EventCardFieldsFragmentDoc,
    "\n  fragment EventSpeakerFields on EventSpeaker {\n    name\n    member {\n      id\n      name\n    }\n  }\n": types.EventSpeakerFieldsFragmentDoc,
    "\n  query EventList($filter: EventFilter, $after: String) {\n    events(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...EventCardFields\n        }\n      }\n    }\n  }\n": types.EventListDocument,
    "\n  fragment EventPageFields on Event {\n    ...EventCardFields\n    description\n    agenda\n    venue\n    address\n    viewerCanManage\n    calendarUrl\n    recordingUrl\n    slidesUrl\n    questionCount\n    unansweredQuestionCount\n    questionsOpen\n    viewerCanAskQuestion\n    month {\n      id\n      title\n    }\n    breakoutRooms {\n      id\n      name\n      project\n      room\n      url\n      session {\n        id\n        title\n      }\n    }\n    organiser {\n      id\n      name\n    }\n    speakers {\n      ...EventSpeakerFields\n    }\n    sessions {\n      id\n      title\n      startsAt\n      endsAt\n      room\n      track\n      speakers {\n        ...EventSpeakerFields\n      }\n    }\n  }\n": types.EventPageFieldsFragmentDoc,
    "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventPageFields\n    }\n  }\n": types.EventPageDocument,
    "\n  query EventForm($id: ID!) {\n    event(id: $id) {\n      id\n      kind\n      status\n      title\n      description\n      agenda\n      startsAt\n      endsAt\n      timeZone\n      capacity\n      registrationDeadline\n      city\n      venue\n      address\n      region\n      joinUrl\n      confirmedCount\n      viewerCanManage\n      speakers {\n        ...EventSpeakerFields\n      }\n      sessions {\n        id\n        title\n        startsAt\n        endsAt\n        room\n        track\n        speakers {\n          ...EventSpeakerFields\n        }\n      }\n      breakoutRooms {\n        id\n        name\n        project\n        room\n        url\n        session {\n          id\n        }\n      }\n    }\n  }\n": types.EventFormDocument,
    "\n  mutation CreateEvent($input: EventInput!) {\n    createEvent(input: $input) {\n      ...EventPageFields\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...EventPageFields\n    }\n  }\n": types.UpdateEventDocument,
    "\n  mutation CancelEvent($id: ID!) {\n    cancelEvent(id: $id) {\n      ...EventAvailabilityFields\n    }\n  }\n": types.CancelEventDocument,
    "\n  mutation RegisterForEvent($eventId: ID!) {\n    registerForEvent(eventId: $eventId) {\n      ...ViewerRegistrationFields\n      event {\n        ...EventAvailabilityFields\n      }\n    }\n  }\n": types.RegisterForEventDocument,
    "\n  mutation CancelRegistration($eventId: ID!) {\n    cancelRegistration(eventId: $eventId) {\n      ...ViewerRegistrationFields\n      event {\n        ...EventAvailabilityFields\n      }\n    }\n  }\n": types.CancelRegistrationDocument,
    "\n  subscription RegistrationChanged {\n    registrationChanged {\n      reason\n      registration {\n        ...ViewerRegistrationFields\n        event {\n          ...EventAvailabilityFields\n          title\n        }\n      }\n    }\n  }\n": types.RegistrationChangedDocument,
    "\n  query MyEvents($past: Boolean!, $after: String) {\n    myEvents(first: 20, after: $after, past: $past) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...ViewerRegistrationFields\n          registeredAt\n          attended\n          event {\n            ...EventCardFields\n          }\n        }\n      }\n    }\n  }\n": types.MyEventsDocument,
    "\n  query EventRegistrants($eventId: ID!, $after: String) {\n    eventRegistrations(eventId: $eventId, first: 50, after: $after) {\n      totalCount\n      counts {\n        confirmed\n        waitlisted\n        cancelled\n        attended\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          waitlistPosition\n          registeredAt\n          attended\n          member {\n            id\n            name\n            library {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EventRegistrantsDocument,
    "\n  query EventRegistrantsCsv($eventId: ID!) {\n    eventRegistrantsCsv(eventId: $eventId)\n  }\n": types.EventRegistrantsCsvDocument,
    "\n  mutation MarkAttendance($eventId: ID!, $memberId: ID!, $attended: Boolean!) {\n    markAttendance(eventId: $eventId, memberId: $memberId, attended: $attended) {\n      id\n      attended\n    }\n  }\n": types.MarkAttendanceDocument,
    "\n  query EventQuestions($id: ID!, $after: String, $unanswered: Boolean) {\n    event(id: $id) {\n      id\n      questions(first: 20, after: $after, unanswered: $unanswered) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            ...QuestionCardFields\n          }\n        }\n      }\n    }\n  }\n": types.EventQuestionsDocument,
    "\n  query EventAsk($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      status\n      questionsOpen\n      viewerCanAskQuestion\n    }\n  }\n": types.EventAskDocument,
    "\n  mutation AskAtEvent($eventId: ID!, $input: QuestionInput!) {\n    askAtEvent(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n": types.AskAtEventDocument,
    "\n  mutation UpdateEventMaterials($eventId: ID!, $input: EventMaterialsInput!) {\n    updateEventMaterials(eventId: $eventId, input: $input) {\n      id\n      recordingUrl\n      slidesUrl\n    }\n  }\n": types.UpdateEventMaterialsDocument,
    "\n  subscription EventAvailabilityChanged($eventId: ID!) {\n    eventAvailabilityChanged(eventId: $eventId) {\n      ...EventAvailabilityFields\n    }\n  }\n": types.EventAvailabilityChangedDocument,
    "\n  query HomeFeed($filter: FeedFilter, $after: String) {\n    feed(first: 20, after: $after, filter: $filter) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        followed\n        followedBecause\n        node {\n          __typename\n          id\n          ... on Question {\n            ...QuestionCardFields\n          }\n          ... on Inspiration {\n            ...InspirationCardFields\n          }\n        }\n      }\n    }\n  }\n": types.HomeFeedDocument,
    "\n  subscription FeedPostAdded($filter: FeedFilter) {\n    feedPostAdded(filter: $filter) {\n      id\n    }\n  }\n": types.FeedPostAddedDocument,
    "\n  mutation FollowMember($id: ID!) {\n    followMember(id: $id) {\n      id\n      followedByMe\n      followerCount\n    }\n  }\n": types.FollowMemberDocument,
    "\n  mutation UnfollowMember($id: ID!) {\n    unfollowMember(id: $id) {\n      id\n      followedByMe\n      followerCount\n    }\n  }\n": types.UnfollowMemberDocument,
    "\n  mutation FollowLibrary($id: ID!) {\n    followLibrary(id: $id) {\n      id\n      followedByMe\n      followerCount\n    }\n  }\n": types.FollowLibraryDocument,
    "\n  mutation UnfollowLibrary($id: ID!) {\n    unfollowLibrary(id: $id) {\n      id\n      followedByMe\n      followerCount\n    }\n  }\n": types.UnfollowLibraryDocument,
    "\n  mutation FollowTag($slug: String!) {\n    followTag(slug: $slug) {\n      id\n      viewerFollows\n    }\n  }\n": types.FollowTagDocument,
    "\n  mutation UnfollowTag($slug: String!) {\n    unfollowTag(slug: $slug) {\n      id\n      viewerFollows\n    }\n  }\n": types.UnfollowTagDocument,
    "\n  query NetworkSize {\n    poland: libraries(first: 1, filter: { country: PL }) {\n      totalCount\n    }\n    sweden: libraries(first: 1, filter: { country: SE }) {\n      totalCount\n    }\n    norway: libraries(first: 1, filter: { country: NO }) {\n      totalCount\n    }\n  }\n": types.NetworkSizeDocument,
    "\n  fragment InspirationCardFields on Inspiration {\n    id\n    title\n    summary\n    language\n    createdAt\n    commentCount\n    author {\n      id\n      name\n    }\n    library {\n      id\n      name\n    }\n    tags {\n      ...TagChipFields\n    }\n  }\n": types.InspirationCardFieldsFragmentDoc,
    "\n  query InspirationList($filter: InspirationFilter, $after: String) {\n    inspirations(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...InspirationCardFields\n        }\n      }\n    }\n  }\n": types.InspirationListDocument,
    "\n  query InspirationPage($id: ID!) {\n    inspiration(id: $id) {\n      ...ContentMetaFields\n      title\n      summary\n      body\n      language\n      viewerBookmarked\n      links {\n        title\n        url\n      }\n      attachments {\n        title\n        url\n      }\n      tags {\n        ...TagChipFields\n      }\n    }\n  }\n": types.InspirationPageDocument,
    "\n  mutation CreateInspiration($input: InspirationInput!) {\n    createInspiration(input: $input) {\n      id\n    }\n  }\n": types.CreateInspirationDocument,
    "\n  mutation UpdateInspiration($id: ID!, $input: InspirationInput!) {\n    updateInspiration(id: $id, input: $input) {\n      id\n      title\n      summary\n      body\n      language\n      edited\n      editedAt\n      links {\n        title\n        url\n      }\n      attachments {\n        title\n        url\n      }\n      tags {\n        ...TagChipFields\n      }\n    }\n  }\n": types.UpdateInspirationDocument,
    "\n  mutation DeleteInspiration($id: ID!) {\n    deleteInspiration(id: $id)\n  }\n": types.DeleteInspirationDocument,
    "\n  fragment TagChipFields on Tag {\n    id\n    slug\n    name\n  }\n": types.TagChipFieldsFragmentDoc,
    "\n  fragment ContentMetaFields on Content {\n    id\n    createdAt\n    edited\n    editedAt\n    viewerCanEdit\n    viewerCanDelete\n    commentCount\n    author {\n      id\n      name\n    }\n    library {\n      id\n      slug\n      name\n    }\n    reactionSummary {\n      kind\n      count\n      viewerReacted\n    }\n  }\n": types.ContentMetaFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    viewerCanDelete\n    author {\n      id\n      name\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  mutation React($contentId: ID!, $kind: ReactionKind!) {\n    react(contentId: $contentId, kind: $kind) {\n      id\n      reactionSummary {\n        kind\n        count\n        viewerReacted\n      }\n    }\n  }\n": types.ReactDocument,
    "\n  mutation Unreact($contentId: ID!, $kind: ReactionKind!) {\n    unreact(contentId: $contentId, kind: $kind) {\n      id\n      reactionSummary {\n        kind\n        count\n        viewerReacted\n      }\n    }\n  }\n": types.UnreactDocument,
    "\n  mutation Vote($id: ID!) {\n    vote(id: $id) {\n      id\n      voteCount\n      viewerVoted\n      viewerCanVote\n    }\n  }\n": types.VoteDocument,
    "\n  mutation Unvote($id: ID!) {\n    unvote(id: $id) {\n      id\n      voteCount\n      viewerVoted\n      viewerCanVote\n    }\n  }\n": types.UnvoteDocument,
    "\n  mutation Bookmark($postId: ID!) {\n    bookmark(postId: $postId) {\n      id\n      viewerBookmarked\n    }\n  }\n": types.BookmarkDocument,
    "\n  mutation Unbookmark($postId: ID!) {\n    unbookmark(postId: $postId) {\n      id\n      viewerBookmarked\n    }\n  }\n": types.UnbookmarkDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": types.DeleteCommentDocument,
    "\n  query ContentReactions($id: ID!, $kind: ReactionKind, $after: String) {\n    content(id: $id) {\n      id\n      reactions(first: 20, after: $after, kind: $kind) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            kind\n            createdAt\n            member {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ContentReactionsDocument,
    "\n  fragment CommentPageFields on CommentConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      cursor\n      node {\n        ...CommentFields\n      }\n    }\n  }\n": types.CommentPageFieldsFragmentDoc,
    "\n  query ContentComments($id: ID!, $first: Int!, $after: String) {\n    content(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        ...CommentPageFields\n      }\n    }\n  }\n": types.ContentCommentsDocument,
    "\n  fragment LibraryCardFields on Library {\n    id\n    slug\n    name\n    city\n    region\n    country\n    memberCount\n  }\n": types.LibraryCardFieldsFragmentDoc,
    "\n  query LibraryList($filter: LibraryFilter, $after: String) {\n    libraries(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...LibraryCardFields\n        }\n      }\n    }\n  }\n": types.LibraryListDocument,
    "\n  mutation CreateLibrary($input: LibraryInput!) {\n    createLibrary(input: $input) {\n      ...LibraryDetailsFields\n    }\n  }\n": types.CreateLibraryDocument,
    "\n  fragment LibraryDetailsFields on Library {\n    id\n    slug\n    name\n    city\n    region\n    country\n    address\n    description\n    email\n    phone\n    website\n    memberCount\n    viewerCanManage\n  }\n": types.LibraryDetailsFieldsFragmentDoc,
    "\n  query LibraryPage($slug: String!) {\n    library(slug: $slug) {\n      ...LibraryDetailsFields\n      followedByMe\n      followerCount\n      staff {\n        id\n        name\n        position\n        publicEmail\n        phone\n      }\n    }\n  }\n": types.LibraryPageDocument,
    "\n  query LibraryMembers($slug: String!, $after: String) {\n    library(slug: $slug) {\n      id\n      members(first: 20, after: $after) {\n        ...MemberCardPageFields\n      }\n    }\n  }\n": types.LibraryMembersDocument,
    "\n  mutation UpdateLibrary($id: ID!, $input: LibraryInput!) {\n    updateLibrary(id: $id, input: $input) {\n      ...LibraryDetailsFields\n    }\n  }\n": types.UpdateLibraryDocument,
    "\n  subscription LibraryMemberJoined($libraryId: ID!) {\n    libraryMemberJoined(libraryId: $libraryId) {\n      ...MemberCardFields\n    }\n  }\n": types.LibraryMemberJoinedDocument,
    "\n  fragment LibraryOptionFields on Library {\n    id\n    slug\n    name\n    city\n  }\n": types.LibraryOptionFieldsFragmentDoc,
    "\n  query LibraryOptions($filter: LibraryFilter) {\n    libraries(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...LibraryOptionFields\n        }\n      }\n    }\n  }\n": types.LibraryOptionsDocument,
    "\n  fragment MemberCardFields on Member {\n    id\n    name\n    position\n    roles\n    library {\n      id\n      slug\n      name\n      city\n    }\n  }\n": types.MemberCardFieldsFragmentDoc,
    "\n  fragment MemberCardPageFields on MemberConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      cursor\n      node {\n        ...MemberCardFields\n      }\n    }\n  }\n": types.MemberCardPageFieldsFragmentDoc,
    "\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      position\n      bio\n      publicEmail\n      phone\n      roles\n      languages\n      interests\n      createdAt\n      followedByMe\n      followerCount\n      library {\n        id\n        slug\n        name\n        city\n        region\n        country\n      }\n    }\n  }\n": types.MemberProfileDocument,
    "\n  mutation GrantRole($memberId: ID!, $role: GrantableRole!) {\n    grantRole(memberId: $memberId, role: $role) {\n      id\n      roles\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($memberId: ID!, $role: GrantableRole!) {\n    revokeRole(memberId: $memberId, role: $role) {\n      id\n      roles\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  query MemberDirectory($filter: MemberFilter, $after: String) {\n    members(first: 20, after: $after, filter: $filter) {\n      ...MemberCardPageFields\n    }\n  }\n": types.MemberDirectoryDocument,
    "\n  query DirectoryLibrary($slug: String!) {\n    library(slug: $slug) {\n      ...LibraryOptionFields\n    }\n  }\n": types.DirectoryLibraryDocument,
    "\n  fragment MonthCardFields on Month {\n    id\n    title\n    theme\n    status\n    startsAt\n    endsAt\n    coverImageUrl\n    experts {\n      id\n    }\n  }\n": types.MonthCardFieldsFragmentDoc,
    "\n  query MonthList($filter: MonthFilter, $after: String) {\n    months(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...MonthCardFields\n        }\n      }\n    }\n  }\n": types.MonthListDocument,
    "\n  fragment MonthStatsFields on MonthStats {\n    questionCount\n    answeredCount\n    unansweredCount\n    medianMinutesToFirstExpertAnswer\n    escalatedCount\n  }\n": types.MonthStatsFieldsFragmentDoc,
    "\n  fragment MonthExpertFields on Member {\n    id\n    name\n    position\n    roles\n    library {\n      id\n      slug\n      name\n      city\n    }\n  }\n": types.MonthExpertFieldsFragmentDoc,
    "\n  query MonthPage($id: ID!) {\n    month(id: $id) {\n      id\n      title\n      theme\n      description\n      status\n      startsAt\n      endsAt\n      coverImageUrl\n      answerHours\n      viewerCanManage\n      experts {\n        ...MonthExpertFields\n      }\n      stats {\n        ...MonthStatsFields\n      }\n      summaryInspiration {\n        id\n        title\n      }\n      calendarUrl\n      events {\n        ...EventCardFields\n      }\n    }\n  }\n": types.MonthPageDocument,
    "\n  query MonthQuestions($id: ID!, $unanswered: Boolean, $after: String) {\n    month(id: $id) {\n      id\n      questions(first: 20, after: $after, unanswered: $unanswered) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            answerDueAt\n            firstExpertAnswerAt\n            escalatedAt\n            question {\n              id\n              title\n              language\n              createdAt\n              answerCount\n              author {\n                id\n                name\n              }\n              library {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MonthQuestionsDocument,
    "\n  query MonthEdit($id: ID!) {\n    month(id: $id) {\n      id\n      title\n      theme\n      description\n      status\n      startsAt\n      endsAt\n      coverImageUrl\n      answerHours\n      viewerCanManage\n    }\n  }\n": types.MonthEditDocument,
    "\n  query MonthAsk($id: ID!) {\n    month(id: $id) {\n      id\n      title\n      theme\n      status\n      answerHours\n    }\n  }\n": types.MonthAskDocument,
    "\n  query MonthArchive($id: ID!, $after: String) {\n    month(id: $id) {\n      id\n      title\n      theme\n      status\n      viewerCanManage\n      summaryInspiration {\n        id\n        title\n      }\n      questions(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            question {\n              id\n              title\n              language\n              answers(first: 10, sort: VOTES) {\n                totalCount\n                edges {\n                  node {\n                    id\n                    body\n                    byExpert\n                    voteCount\n                    author {\n                      id\n                      name\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MonthArchiveDocument,
    "\n  mutation CreateMonth($input: MonthInput!) {\n    createMonth(input: $input) {\n      id\n    }\n  }\n": types.CreateMonthDocument,
    "\n  mutation UpdateMonth($id: ID!, $input: MonthInput!) {\n    updateMonth(id: $id, input: $input) {\n      id\n      title\n      theme\n      description\n      startsAt\n      endsAt\n      coverImageUrl\n      answerHours\n    }\n  }\n": types.UpdateMonthDocument,
    "\n  mutation AdvanceMonth($id: ID!, $to: MonthStatus!) {\n    advanceMonth(id: $id, to: $to) {\n      id\n      status\n    }\n  }\n": types.AdvanceMonthDocument,
    "\n  mutation InviteExpert($monthId: ID!, $memberId: ID!) {\n    inviteExpert(monthId: $monthId, memberId: $memberId) {\n      id\n      experts {\n        ...MonthExpertFields\n      }\n    }\n  }\n": types.InviteExpertDocument,
    "\n  mutation RemoveExpert($monthId: ID!, $memberId: ID!) {\n    removeExpert(monthId: $monthId, memberId: $memberId) {\n      id\n      experts {\n        ...MonthExpertFields\n      }\n    }\n  }\n": types.RemoveExpertDocument,
    "\n  mutation AskInMonth($monthId: ID!, $input: QuestionInput!) {\n    askInMonth(monthId: $monthId, input: $input) {\n      id\n    }\n  }\n": types.AskInMonthDocument,
    "\n  mutation ArchiveMonth($id: ID!, $input: ArchiveMonthInput!) {\n    archiveMonth(id: $id, input: $input) {\n      id\n      status\n      summaryInspiration {\n        id\n        title\n      }\n    }\n  }\n": types.ArchiveMonthDocument,
    "\n  query ExpertCandidates($search: String!) {\n    members(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          roles\n          library {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ExpertCandidatesDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    read\n    createdAt\n    actor {\n      id\n      name\n    }\n    post {\n      id\n      title\n    }\n    content {\n      id\n    }\n    comment {\n      id\n    }\n    event {\n      id\n      title\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query LatestNotifications {\n    notifications(first: 5) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": types.LatestNotificationsDocument,
    "\n  query NotificationList($unreadOnly: Boolean!, $after: String) {\n    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": types.NotificationListDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      unreadNotificationCount\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      email\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      kind\n      email\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query MyProfile {\n    me {\n      ...MyProfileFields\n    }\n  }\n": types.MyProfileDocument,
    "\n  fragment MyProfileFields on Member {\n    id\n    name\n    email\n    locale\n    position\n    bio\n    publicEmail\n    phone\n    languages\n    interests\n    roles\n    createdAt\n    library {\n      id\n      slug\n      name\n      city\n      country\n      region\n    }\n  }\n": types.MyProfileFieldsFragmentDoc,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment QuestionCardFields on Question {\n    id\n    title\n    language\n    createdAt\n    answerCount\n    voteCount\n    acceptedAnswer {\n      id\n    }\n    author {\n      id\n      name\n    }\n    library {\n      id\n      name\n    }\n    tags {\n      ...TagChipFields\n    }\n  }\n": types.QuestionCardFieldsFragmentDoc,
    "\n  query QuestionList($filter: QuestionFilter, $after: String) {\n    questions(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...QuestionCardFields\n        }\n      }\n    }\n  }\n": types.QuestionListDocument,
    "\n  query QuestionPage($id: ID!) {\n    question(id: $id) {\n      ...ContentMetaFields\n      title\n      body\n      language\n      answerCount\n      voteCount\n      viewerVoted\n      viewerCanVote\n      viewerBookmarked\n      tags {\n        ...TagChipFields\n      }\n      month {\n        id\n        title\n      }\n    }\n  }\n": types.QuestionPageDocument,
    "\n  query QuestionAnswers($id: ID!, $sort: AnswerSort!, $after: String) {\n    question(id: $id) {\n      id\n      answerCount\n      answers(first: 20, after: $after, sort: $sort) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            ...ContentMetaFields\n            body\n            accepted\n            byExpert\n            voteCount\n            viewerVoted\n            viewerCanVote\n            viewerCanAccept\n            comments(first: 5) {\n              ...CommentPageFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.QuestionAnswersDocument,
    "\n  query QuestionEdit($id: ID!) {\n    question(id: $id) {\n      id\n      title\n      body\n      language\n      viewerCanEdit\n      tags {\n        ...TagChipFields\n      }\n    }\n  }\n": types.QuestionEditDocument,
    "\n  mutation CreateQuestion($input: QuestionInput!) {\n    createQuestion(input: $input) {\n      id\n    }\n  }\n": types.CreateQuestionDocument,
    "\n  mutation UpdateQuestion($id: ID!, $input: QuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      id\n      title\n      body\n      language\n      edited\n      editedAt\n      tags {\n        ...TagChipFields\n      }\n    }\n  }\n": types.UpdateQuestionDocument,
    "\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n": types.DeleteQuestionDocument,
    "\n  mutation CreateAnswer($input: CreateAnswerInput!) {\n    createAnswer(input: $input) {\n      id\n    }\n  }\n": types.CreateAnswerDocument,
    "\n  mutation UpdateAnswer($id: ID!, $input: AnswerBodyInput!) {\n    updateAnswer(id: $id, input: $input) {\n      id\n      body\n      edited\n      editedAt\n    }\n  }\n": types.UpdateAnswerDocument,
    "\n  mutation DeleteAnswer($id: ID!) {\n    deleteAnswer(id: $id)\n  }\n": types.DeleteAnswerDocument,
    "\n  mutation AcceptAnswer($id: ID!) {\n    acceptAnswer(id: $id) {\n      id\n      accepted\n    }\n  }\n": types.AcceptAnswerDocument,
    "\n  mutation UnacceptAnswer($id: ID!) {\n    unacceptAnswer(id: $id) {\n      id\n      accepted\n    }\n  }\n": types.UnacceptAnswerDocument,
    "\n  subscription QuestionActivity($questionId: ID!) {\n    questionActivity(questionId: $questionId) {\n      kind\n      questionId\n      answer {\n        id\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.QuestionActivityDocument,
    "\n  query Search($query: String!, $filter: SearchFilter, $after: String) {\n    search(query: $query, first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          language\n          questionId\n          slug\n          title\n          snippet\n          rank\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query TagList($sort: TagSort!, $search: String, $after: String) {\n    tags(first: 50, after: $after, sort: $sort, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...TagChipFields\n          questionCount\n          inspirationCount\n        }\n      }\n    }\n  }\n": types.TagListDocument,
    "\n  query TagPage($slug: String!) {\n    tag(slug: $slug) {\n      ...TagChipFields\n      questionCount\n      inspirationCount\n      viewerFollows\n    }\n  }\n": types.TagPageDocument,
    "\n  query TagSuggestions($search: String) {\n    tags(first: 20, search: $search, sort: POPULAR) {\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.TagSuggestionsDocument,
    "\n  query Session {\n    me {\n      id\n      name\n      roles\n      locale\n      library {\n        id\n        slug\n        name\n        country\n        region\n      }\n    }\n  }\n": types.SessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query MentionSuggestions($search: String!) {\n    members(first: 8, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          library {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MentionSuggestionsDocument,
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
export function graphql(source: "\n  query MyBookmarks($after: String) {\n    myBookmarks(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          title\n          createdAt\n          author {\n            id\n            name\n          }\n          tags {\n            ...TagChipFields\n          }\n          ... on Question {\n            answerCount\n          }\n          ... on Inspiration {\n            summary\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyBookmarks($after: String) {\n    myBookmarks(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          title\n          createdAt\n          author {\n            id\n            name\n          }\n          tags {\n            ...TagChipFields\n          }\n          ... on Question {\n            answerCount\n          }\n          ... on Inspiration {\n            summary\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeedUrl($region: String) {\n    calendarFeedUrl(region: $region)\n  }\n"): (typeof documents)["\n  query CalendarFeedUrl($region: String) {\n    calendarFeedUrl(region: $region)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      url\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query MyCalendarFeed {\n    myCalendarFeed {\n      url\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateCalendarToken {\n    rotateCalendarToken {\n      url\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation RotateCalendarToken {\n    rotateCalendarToken {\n      url\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerRegistrationFields on EventRegistration {\n    id\n    status\n    waitlistPosition\n    promotedAt\n  }\n"): (typeof documents)["\n  fragment ViewerRegistrationFields on EventRegistration {\n    id\n    status\n    waitlistPosition\n    promotedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventAvailabilityFields on Event {\n    id\n    status\n    capacity\n    confirmedCount\n    waitlistCount\n    placesLeft\n    registrationOpen\n    joinUrl\n    viewerRegistration {\n      ...ViewerRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  fragment EventAvailabilityFields on Event {\n    id\n    status\n    capacity\n    confirmedCount\n    waitlistCount\n    placesLeft\n    registrationOpen\n    joinUrl\n    viewerRegistration {\n      ...ViewerRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventCardFields on Event {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    timeZone\n    city\n    region\n    registrationDeadline\n    ...EventAvailabilityFields\n  }\n"): (typeof documents)["\n  fragment EventCardFields on Event {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    timeZone\n    city\n    region\n    registrationDeadline\n    ...EventAvailabilityFields\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventSpeakerFields on EventSpeaker {\n    name\n    member {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EventSpeakerFields on EventSpeaker {\n    name\n    member {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventList($filter: EventFilter, $after: String) {\n    events(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...EventCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventList($filter: EventFilter, $after: String) {\n    events(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...EventCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventPageFields on Event {\n    ...EventCardFields\n    description\n    agenda\n    venue\n    address\n    viewerCanManage\n    calendarUrl\n    recordingUrl\n    slidesUrl\n    questionCount\n    unansweredQuestionCount\n    questionsOpen\n    viewerCanAskQuestion\n    month {\n      id\n      title\n    }\n    breakoutRooms {\n      id\n      name\n      project\n      room\n      url\n      session {\n        id\n        title\n      }\n    }\n    organiser {\n      id\n      name\n    }\n    speakers {\n      ...EventSpeakerFields\n    }\n    sessions {\n      id\n      title\n      startsAt\n      endsAt\n      room\n      track\n      speakers {\n        ...EventSpeakerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EventPageFields on Event {\n    ...EventCardFields\n    description\n    agenda\n    venue\n    address\n    viewerCanManage\n    calendarUrl\n    recordingUrl\n    slidesUrl\n    questionCount\n    unansweredQuestionCount\n    questionsOpen\n    viewerCanAskQuestion\n    month {\n      id\n      title\n    }\n    breakoutRooms {\n      id\n      name\n      project\n      room\n      url\n      session {\n        id\n        title\n      }\n    }\n    organiser {\n      id\n      name\n    }\n    speakers {\n      ...EventSpeakerFields\n    }\n    sessions {\n      id\n      title\n      startsAt\n      endsAt\n      room\n      track\n      speakers {\n        ...EventSpeakerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventPageFields\n    }\n  }\n"): (typeof documents)["\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventForm($id: ID!) {\n    event(id: $id) {\n      id\n      kind\n      status\n      title\n      description\n      agenda\n      startsAt\n      endsAt\n      timeZone\n      capacity\n      registrationDeadline\n      city\n      venue\n      address\n      region\n      joinUrl\n      confirmedCount\n      viewerCanManage\n      speakers {\n        ...EventSpeakerFields\n      }\n      sessions {\n        id\n        title\n        startsAt\n        endsAt\n        room\n        track\n        speakers {\n          ...EventSpeakerFields\n        }\n      }\n      breakoutRooms {\n        id\n        name\n        project\n        room\n        url\n        session {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventForm($id: ID!) {\n    event(id: $id) {\n      id\n      kind\n      status\n      title\n      description\n      agenda\n      startsAt\n      endsAt\n      timeZone\n      capacity\n      registrationDeadline\n      city\n      venue\n      address\n      region\n      joinUrl\n      confirmedCount\n      viewerCanManage\n      speakers {\n        ...EventSpeakerFields\n      }\n      sessions {\n        id\n        title\n        startsAt\n        endsAt\n        room\n        track\n        speakers {\n          ...EventSpeakerFields\n        }\n      }\n      breakoutRooms {\n        id\n        name\n        project\n        room\n        url\n        session {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: EventInput!) {\n    createEvent(input: $input) {\n      ...EventPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvent($input: EventInput!) {\n    createEvent(input: $input) {\n      ...EventPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...EventPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...EventPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEvent($id: ID!) {\n    cancelEvent(id: $id) {\n      ...EventAvailabilityFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelEvent($id: ID!) {\n    cancelEvent(id: $id) {\n      ...EventAvailabilityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForEvent($eventId: ID!) {\n    registerForEvent(eventId: $eventId) {\n      ...ViewerRegistrationFields\n      event {\n        ...EventAvailabilityFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterForEvent($eventId: ID!) {\n    registerForEvent(eventId: $eventId) {\n      ...ViewerRegistrationFields\n      event {\n        ...EventAvailabilityFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRegistration($eventId: ID!) {\n    cancelRegistration(eventId: $eventId) {\n      ...ViewerRegistrationFields\n      event {\n        ...EventAvailabilityFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRegistration($eventId: ID!) {\n    cancelRegistration(eventId: $eventId) {\n      ...ViewerRegistrationFields\n      event {\n        ...EventAvailabilityFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RegistrationChanged {\n    registrationChanged {\n      reason\n      registration {\n        ...ViewerRegistrationFields\n        event {\n          ...EventAvailabilityFields\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RegistrationChanged {\n    registrationChanged {\n      reason\n      registration {\n        ...ViewerRegistrationFields\n        event {\n          ...EventAvailabilityFields\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEvents($past: Boolean!, $after: String) {\n    myEvents(first: 20, after: $after, past: $past) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...ViewerRegistrationFields\n          registeredAt\n          attended\n          event {\n            ...EventCardFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyEvents($past: Boolean!, $after: String) {\n    myEvents(first: 20, after: $after, past: $past) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...ViewerRegistrationFields\n          registeredAt\n          attended\n          event {\n            ...EventCardFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventRegistrants($eventId: ID!, $after: String) {\n    eventRegistrations(eventId: $eventId, first: 50, after: $after) {\n      totalCount\n      counts {\n        confirmed\n        waitlisted\n        cancelled\n        attended\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          waitlistPosition\n          registeredAt\n          attended\n          member {\n            id\n            name\n            library {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventRegistrants($eventId: ID!, $after: String) {\n    eventRegistrations(eventId: $eventId, first: 50, after: $after) {\n      totalCount\n      counts {\n        confirmed\n        waitlisted\n        cancelled\n        attended\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          waitlistPosition\n          registeredAt\n          attended\n          member {\n            id\n            name\n            library {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventRegistrantsCsv($eventId: ID!) {\n    eventRegistrantsCsv(eventId: $eventId)\n  }\n"): (typeof documents)["\n  query EventRegistrantsCsv($eventId: ID!) {\n    eventRegistrantsCsv(eventId: $eventId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAttendance($eventId: ID!, $memberId: ID!, $attended: Boolean!) {\n    markAttendance(eventId: $eventId, memberId: $memberId, attended: $attended) {\n      id\n      attended\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAttendance($eventId: ID!, $memberId: ID!, $attended: Boolean!) {\n    markAttendance(eventId: $eventId, memberId: $memberId, attended: $attended) {\n      id\n      attended\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventQuestions($id: ID!, $after: String, $unanswered: Boolean) {\n    event(id: $id) {\n      id\n      questions(first: 20, after: $after, unanswered: $unanswered) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            ...QuestionCardFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventQuestions($id: ID!, $after: String, $unanswered: Boolean) {\n    event(id: $id) {\n      id\n      questions(first: 20, after: $after, unanswered: $unanswered) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            ...QuestionCardFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventAsk($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      status\n      questionsOpen\n      viewerCanAskQuestion\n    }\n  }\n"): (typeof documents)["\n  query EventAsk($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      status\n      questionsOpen\n      viewerCanAskQuestion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskAtEvent($eventId: ID!, $input: QuestionInput!) {\n    askAtEvent(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AskAtEvent($eventId: ID!, $input: QuestionInput!) {\n    askAtEvent(eventId: $eventId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEventMaterials($eventId: ID!, $input: EventMaterialsInput!) {\n    updateEventMaterials(eventId: $eventId, input: $input) {\n      id\n      recordingUrl\n      slidesUrl\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEventMaterials($eventId: ID!, $input: EventMaterialsInput!) {\n    updateEventMaterials(eventId: $eventId, input: $input) {\n      id\n      recordingUrl\n      slidesUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EventAvailabilityChanged($eventId: ID!) {\n    eventAvailabilityChanged(eventId: $eventId) {\n      ...EventAvailabilityFields\n    }\n  }\n"): (typeof documents)["\n  subscription EventAvailabilityChanged($eventId: ID!) {\n    eventAvailabilityChanged(eventId: $eventId) {\n      ...EventAvailabilityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeFeed($filter: FeedFilter, $after: String) {\n    feed(first: 20, after: $after, filter: $filter) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        followed\n        followedBecause\n        node {\n          __typename\n          id\n          ... on Question {\n            ...QuestionCardFields\n          }\n          ... on Inspiration {\n            ...InspirationCardFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeFeed($filter: FeedFilter, $after: String) {\n    feed(first: 20, after: $after, filter: $filter) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        followed\n        followedBecause\n        node {\n          __typename\n          id\n          ... on Question {\n            ...QuestionCardFields\n          }\n          ... on Inspiration {\n            ...InspirationCardFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FeedPostAdded($filter: FeedFilter) {\n    feedPostAdded(filter: $filter) {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription FeedPostAdded($filter: FeedFilter) {\n    feedPostAdded(filter: $filter) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowMember($id: ID!) {\n    followMember(id: $id) {\n      id\n      followedByMe\n      followerCount\n    }\n  }\n"): (typeof documents)["\n  mutation FollowMember($id: ID!) {\n    followMember(id: $id) {\n      id\n      followedByMe\n      followerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowMember($id: ID!) {\n    unfollowMember(id: $id) {\n      id\n      followedByMe\n      followerCount\n    }\n  }\n"): (typeof documents)["\n  mutation UnfollowMember($id: ID!) {\n    unfollowMember(id: $id) {\n      id\n      followedByMe\n      followerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowLibrary($id: ID!) {\n    followLibrary(id: $id) {\n      id\n      followedByMe\n      followerCount\n    }\n  }\n"): (typeof documents)["\n  mutation FollowLibrary($id: ID!) {\n    followLibrary(id: $id) {\n      id\n      followedByMe\n      followerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowLibrary($id: ID!) {\n    unfollowLibrary(id: $id) {\n      id\n      followedByMe\n      followerCount\n    }\n  }\n"): (typeof documents)["\n  mutation UnfollowLibrary($id: ID!) {\n    unfollowLibrary(id: $id) {\n      id\n      followedByMe\n      followerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowTag($slug: String!) {\n    followTag(slug: $slug) {\n      id\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  mutation FollowTag($slug: String!) {\n    followTag(slug: $slug) {\n      id\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowTag($slug: String!) {\n    unfollowTag(slug: $slug) {\n      id\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  mutation UnfollowTag($slug: String!) {\n    unfollowTag(slug: $slug) {\n      id\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkSize {\n    poland: libraries(first: 1, filter: { country: PL }) {\n      totalCount\n    }\n    sweden: libraries(first: 1, filter: { country: SE }) {\n      totalCount\n    }\n    norway: libraries(first: 1, filter: { country: NO }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query NetworkSize {\n    poland: libraries(first: 1, filter: { country: PL }) {\n      totalCount\n    }\n    sweden: libraries(first: 1, filter: { country: SE }) {\n      totalCount\n    }\n    norway: libraries(first: 1, filter: { country: NO }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InspirationCardFields on Inspiration {\n    id\n    title\n    summary\n    language\n    createdAt\n    commentCount\n    author {\n      id\n      name\n    }\n    library {\n      id\n      name\n    }\n    tags {\n      ...TagChipFields\n    }\n  }\n"): (typeof documents)["\n  fragment InspirationCardFields on Inspiration {\n    id\n    title\n    summary\n    language\n    createdAt\n    commentCount\n    author {\n      id\n      name\n    }\n    library {\n      id\n      name\n    }\n    tags {\n      ...TagChipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspirationList($filter: InspirationFilter, $after: String) {\n    inspirations(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...InspirationCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InspirationList($filter: InspirationFilter, $after: String) {\n    inspirations(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...InspirationCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspirationPage($id: ID!) {\n    inspiration(id: $id) {\n      ...ContentMetaFields\n      title\n      summary\n      body\n      language\n      viewerBookmarked\n      links {\n        title\n        url\n      }\n      attachments {\n        title\n        url\n      }\n      tags {\n        ...TagChipFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query InspirationPage($id: ID!) {\n    inspiration(id: $id) {\n      ...ContentMetaFields\n      title\n      summary\n      body\n      language\n      viewerBookmarked\n      links {\n        title\n        url\n      }\n      attachments {\n        title\n        url\n      }\n      tags {\n        ...TagChipFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInspiration($input: InspirationInput!) {\n    createInspiration(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInspiration($input: InspirationInput!) {\n    createInspiration(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInspiration($id: ID!, $input: InspirationInput!) {\n    updateInspiration(id: $id, input: $input) {\n      id\n      title\n      summary\n      body\n      language\n      edited\n      editedAt\n      links {\n        title\n        url\n      }\n      attachments {\n        title\n        url\n      }\n      tags {\n        ...TagChipFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInspiration($id: ID!, $input: InspirationInput!) {\n    updateInspiration(id: $id, input: $input) {\n      id\n      title\n      summary\n      body\n      language\n      edited\n      editedAt\n      links {\n        title\n        url\n      }\n      attachments {\n        title\n        url\n      }\n      tags {\n        ...TagChipFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteInspiration($id: ID!) {\n    deleteInspiration(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteInspiration($id: ID!) {\n    deleteInspiration(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TagChipFields on Tag {\n    id\n    slug\n    name\n  }\n"): (typeof documents)["\n  fragment TagChipFields on Tag {\n    id\n    slug\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContentMetaFields on Content {\n    id\n    createdAt\n    edited\n    editedAt\n    viewerCanEdit\n    viewerCanDelete\n    commentCount\n    author {\n      id\n      name\n    }\n    library {\n      id\n      slug\n      name\n    }\n    reactionSummary {\n      kind\n      count\n      viewerReacted\n    }\n  }\n"): (typeof documents)["\n  fragment ContentMetaFields on Content {\n    id\n    createdAt\n    edited\n    editedAt\n    viewerCanEdit\n    viewerCanDelete\n    commentCount\n    author {\n      id\n      name\n    }\n    library {\n      id\n      slug\n      name\n    }\n    reactionSummary {\n      kind\n      count\n      viewerReacted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    viewerCanDelete\n    author {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    viewerCanDelete\n    author {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation React($contentId: ID!, $kind: ReactionKind!) {\n    react(contentId: $contentId, kind: $kind) {\n      id\n      reactionSummary {\n        kind\n        count\n        viewerReacted\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation React($contentId: ID!, $kind: ReactionKind!) {\n    react(contentId: $contentId, kind: $kind) {\n      id\n      reactionSummary {\n        kind\n        count\n        viewerReacted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unreact($contentId: ID!, $kind: ReactionKind!) {\n    unreact(contentId: $contentId, kind: $kind) {\n      id\n      reactionSummary {\n        kind\n        count\n        viewerReacted\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Unreact($contentId: ID!, $kind: ReactionKind!) {\n    unreact(contentId: $contentId, kind: $kind) {\n      id\n      reactionSummary {\n        kind\n        count\n        viewerReacted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Vote($id: ID!) {\n    vote(id: $id) {\n      id\n      voteCount\n      viewerVoted\n      viewerCanVote\n    }\n  }\n"): (typeof documents)["\n  mutation Vote($id: ID!) {\n    vote(id: $id) {\n      id\n      voteCount\n      viewerVoted\n      viewerCanVote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unvote($id: ID!) {\n    unvote(id: $id) {\n      id\n      voteCount\n      viewerVoted\n      viewerCanVote\n    }\n  }\n"): (typeof documents)["\n  mutation Unvote($id: ID!) {\n    unvote(id: $id) {\n      id\n      voteCount\n      viewerVoted\n      viewerCanVote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Bookmark($postId: ID!) {\n    bookmark(postId: $postId) {\n      id\n      viewerBookmarked\n    }\n  }\n"): (typeof documents)["\n  mutation Bookmark($postId: ID!) {\n    bookmark(postId: $postId) {\n      id\n      viewerBookmarked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unbookmark($postId: ID!) {\n    unbookmark(postId: $postId) {\n      id\n      viewerBookmarked\n    }\n  }\n"): (typeof documents)["\n  mutation Unbookmark($postId: ID!) {\n    unbookmark(postId: $postId) {\n      id\n      viewerBookmarked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentReactions($id: ID!, $kind: ReactionKind, $after: String) {\n    content(id: $id) {\n      id\n      reactions(first: 20, after: $after, kind: $kind) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            kind\n            createdAt\n            member {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContentReactions($id: ID!, $kind: ReactionKind, $after: String) {\n    content(id: $id) {\n      id\n      reactions(first: 20, after: $after, kind: $kind) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            kind\n            createdAt\n            member {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentPageFields on CommentConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      cursor\n      node {\n        ...CommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CommentPageFields on CommentConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      cursor\n      node {\n        ...CommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentComments($id: ID!, $first: Int!, $after: String) {\n    content(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        ...CommentPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContentComments($id: ID!, $first: Int!, $after: String) {\n    content(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        ...CommentPageFields\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query LibraryPage($slug: String!) {\n    library(slug: $slug) {\n      ...LibraryDetailsFields\n      followedByMe\n      followerCount\n      staff {\n        id\n        name\n        position\n        publicEmail\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibraryPage($slug: String!) {\n    library(slug: $slug) {\n      ...LibraryDetailsFields\n      followedByMe\n      followerCount\n      staff {\n        id\n        name\n        position\n        publicEmail\n        phone\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      position\n      bio\n      publicEmail\n      phone\n      roles\n      languages\n      interests\n      createdAt\n      followedByMe\n      followerCount\n      library {\n        id\n        slug\n        name\n        city\n        region\n        country\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      position\n      bio\n      publicEmail\n      phone\n      roles\n      languages\n      interests\n      createdAt\n      followedByMe\n      followerCount\n      library {\n        id\n        slug\n        name\n        city\n        region\n        country\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment MonthCardFields on Month {\n    id\n    title\n    theme\n    status\n    startsAt\n    endsAt\n    coverImageUrl\n    experts {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment MonthCardFields on Month {\n    id\n    title\n    theme\n    status\n    startsAt\n    endsAt\n    coverImageUrl\n    experts {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthList($filter: MonthFilter, $after: String) {\n    months(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...MonthCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonthList($filter: MonthFilter, $after: String) {\n    months(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...MonthCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonthStatsFields on MonthStats {\n    questionCount\n    answeredCount\n    unansweredCount\n    medianMinutesToFirstExpertAnswer\n    escalatedCount\n  }\n"): (typeof documents)["\n  fragment MonthStatsFields on MonthStats {\n    questionCount\n    answeredCount\n    unansweredCount\n    medianMinutesToFirstExpertAnswer\n    escalatedCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonthExpertFields on Member {\n    id\n    name\n    position\n    roles\n    library {\n      id\n      slug\n      name\n      city\n    }\n  }\n"): (typeof documents)["\n  fragment MonthExpertFields on Member {\n    id\n    name\n    position\n    roles\n    library {\n      id\n      slug\n      name\n      city\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthPage($id: ID!) {\n    month(id: $id) {\n      id\n      title\n      theme\n      description\n      status\n      startsAt\n      endsAt\n      coverImageUrl\n      answerHours\n      viewerCanManage\n      experts {\n        ...MonthExpertFields\n      }\n      stats {\n        ...MonthStatsFields\n      }\n      summaryInspiration {\n        id\n        title\n      }\n      calendarUrl\n      events {\n        ...EventCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonthPage($id: ID!) {\n    month(id: $id) {\n      id\n      title\n      theme\n      description\n      status\n      startsAt\n      endsAt\n      coverImageUrl\n      answerHours\n      viewerCanManage\n      experts {\n        ...MonthExpertFields\n      }\n      stats {\n        ...MonthStatsFields\n      }\n      summaryInspiration {\n        id\n        title\n      }\n      calendarUrl\n      events {\n        ...EventCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthQuestions($id: ID!, $unanswered: Boolean, $after: String) {\n    month(id: $id) {\n      id\n      questions(first: 20, after: $after, unanswered: $unanswered) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            answerDueAt\n            firstExpertAnswerAt\n            escalatedAt\n            question {\n              id\n              title\n              language\n              createdAt\n              answerCount\n              author {\n                id\n                name\n              }\n              library {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonthQuestions($id: ID!, $unanswered: Boolean, $after: String) {\n    month(id: $id) {\n      id\n      questions(first: 20, after: $after, unanswered: $unanswered) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            answerDueAt\n            firstExpertAnswerAt\n            escalatedAt\n            question {\n              id\n              title\n              language\n              createdAt\n              answerCount\n              author {\n                id\n                name\n              }\n              library {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthEdit($id: ID!) {\n    month(id: $id) {\n      id\n      title\n      theme\n      description\n      status\n      startsAt\n      endsAt\n      coverImageUrl\n      answerHours\n      viewerCanManage\n    }\n  }\n"): (typeof documents)["\n  query MonthEdit($id: ID!) {\n    month(id: $id) {\n      id\n      title\n      theme\n      description\n      status\n      startsAt\n      endsAt\n      coverImageUrl\n      answerHours\n      viewerCanManage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthAsk($id: ID!) {\n    month(id: $id) {\n      id\n      title\n      theme\n      status\n      answerHours\n    }\n  }\n"): (typeof documents)["\n  query MonthAsk($id: ID!) {\n    month(id: $id) {\n      id\n      title\n      theme\n      status\n      answerHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthArchive($id: ID!, $after: String) {\n    month(id: $id) {\n      id\n      title\n      theme\n      status\n      viewerCanManage\n      summaryInspiration {\n        id\n        title\n      }\n      questions(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            question {\n              id\n              title\n              language\n              answers(first: 10, sort: VOTES) {\n                totalCount\n                edges {\n                  node {\n                    id\n                    body\n                    byExpert\n                    voteCount\n                    author {\n                      id\n                      name\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonthArchive($id: ID!, $after: String) {\n    month(id: $id) {\n      id\n      title\n      theme\n      status\n      viewerCanManage\n      summaryInspiration {\n        id\n        title\n      }\n      questions(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            question {\n              id\n              title\n              language\n              answers(first: 10, sort: VOTES) {\n                totalCount\n                edges {\n                  node {\n                    id\n                    body\n                    byExpert\n                    voteCount\n                    author {\n                      id\n                      name\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMonth($input: MonthInput!) {\n    createMonth(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMonth($input: MonthInput!) {\n    createMonth(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMonth($id: ID!, $input: MonthInput!) {\n    updateMonth(id: $id, input: $input) {\n      id\n      title\n      theme\n      description\n      startsAt\n      endsAt\n      coverImageUrl\n      answerHours\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMonth($id: ID!, $input: MonthInput!) {\n    updateMonth(id: $id, input: $input) {\n      id\n      title\n      theme\n      description\n      startsAt\n      endsAt\n      coverImageUrl\n      answerHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceMonth($id: ID!, $to: MonthStatus!) {\n    advanceMonth(id: $id, to: $to) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceMonth($id: ID!, $to: MonthStatus!) {\n    advanceMonth(id: $id, to: $to) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteExpert($monthId: ID!, $memberId: ID!) {\n    inviteExpert(monthId: $monthId, memberId: $memberId) {\n      id\n      experts {\n        ...MonthExpertFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteExpert($monthId: ID!, $memberId: ID!) {\n    inviteExpert(monthId: $monthId, memberId: $memberId) {\n      id\n      experts {\n        ...MonthExpertFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveExpert($monthId: ID!, $memberId: ID!) {\n    removeExpert(monthId: $monthId, memberId: $memberId) {\n      id\n      experts {\n        ...MonthExpertFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveExpert($monthId: ID!, $memberId: ID!) {\n    removeExpert(monthId: $monthId, memberId: $memberId) {\n      id\n      experts {\n        ...MonthExpertFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskInMonth($monthId: ID!, $input: QuestionInput!) {\n    askInMonth(monthId: $monthId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AskInMonth($monthId: ID!, $input: QuestionInput!) {\n    askInMonth(monthId: $monthId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveMonth($id: ID!, $input: ArchiveMonthInput!) {\n    archiveMonth(id: $id, input: $input) {\n      id\n      status\n      summaryInspiration {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveMonth($id: ID!, $input: ArchiveMonthInput!) {\n    archiveMonth(id: $id, input: $input) {\n      id\n      status\n      summaryInspiration {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertCandidates($search: String!) {\n    members(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          roles\n          library {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpertCandidates($search: String!) {\n    members(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          roles\n          library {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    read\n    createdAt\n    actor {\n      id\n      name\n    }\n    post {\n      id\n      title\n    }\n    content {\n      id\n    }\n    comment {\n      id\n    }\n    event {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    read\n    createdAt\n    actor {\n      id\n      name\n    }\n    post {\n      id\n      title\n    }\n    content {\n      id\n    }\n    comment {\n      id\n    }\n    event {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestNotifications {\n    notifications(first: 5) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LatestNotifications {\n    notifications(first: 5) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationList($unreadOnly: Boolean!, $after: String) {\n    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationList($unreadOnly: Boolean!, $after: String) {\n    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      unreadNotificationCount\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      unreadNotificationCount\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      email\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      kind\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      kind\n      email\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment QuestionCardFields on Question {\n    id\n    title\n    language\n    createdAt\n    answerCount\n    voteCount\n    acceptedAnswer {\n      id\n    }\n    author {\n      id\n      name\n    }\n    library {\n      id\n      name\n    }\n    tags {\n      ...TagChipFields\n    }\n  }\n"): (typeof documents)["\n  fragment QuestionCardFields on Question {\n    id\n    title\n    language\n    createdAt\n    answerCount\n    voteCount\n    acceptedAnswer {\n      id\n    }\n    author {\n      id\n      name\n    }\n    library {\n      id\n      name\n    }\n    tags {\n      ...TagChipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionList($filter: QuestionFilter, $after: String) {\n    questions(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...QuestionCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionList($filter: QuestionFilter, $after: String) {\n    questions(first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...QuestionCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionPage($id: ID!) {\n    question(id: $id) {\n      ...ContentMetaFields\n      title\n      body\n      language\n      answerCount\n      voteCount\n      viewerVoted\n      viewerCanVote\n      viewerBookmarked\n      tags {\n        ...TagChipFields\n      }\n      month {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionPage($id: ID!) {\n    question(id: $id) {\n      ...ContentMetaFields\n      title\n      body\n      language\n      answerCount\n      voteCount\n      viewerVoted\n      viewerCanVote\n      viewerBookmarked\n      tags {\n        ...TagChipFields\n      }\n      month {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionAnswers($id: ID!, $sort: AnswerSort!, $after: String) {\n    question(id: $id) {\n      id\n      answerCount\n      answers(first: 20, after: $after, sort: $sort) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            ...ContentMetaFields\n            body\n            accepted\n            byExpert\n            voteCount\n            viewerVoted\n            viewerCanVote\n            viewerCanAccept\n            comments(first: 5) {\n              ...CommentPageFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionAnswers($id: ID!, $sort: AnswerSort!, $after: String) {\n    question(id: $id) {\n      id\n      answerCount\n      answers(first: 20, after: $after, sort: $sort) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            ...ContentMetaFields\n            body\n            accepted\n            byExpert\n            voteCount\n            viewerVoted\n            viewerCanVote\n            viewerCanAccept\n            comments(first: 5) {\n              ...CommentPageFields\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionEdit($id: ID!) {\n    question(id: $id) {\n      id\n      title\n      body\n      language\n      viewerCanEdit\n      tags {\n        ...TagChipFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionEdit($id: ID!) {\n    question(id: $id) {\n      id\n      title\n      body\n      language\n      viewerCanEdit\n      tags {\n        ...TagChipFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuestion($input: QuestionInput!) {\n    createQuestion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuestion($input: QuestionInput!) {\n    createQuestion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuestion($id: ID!, $input: QuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      id\n      title\n      body\n      language\n      edited\n      editedAt\n      tags {\n        ...TagChipFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateQuestion($id: ID!, $input: QuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      id\n      title\n      body\n      language\n      edited\n      editedAt\n      tags {\n        ...TagChipFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAnswer($input: CreateAnswerInput!) {\n    createAnswer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAnswer($input: CreateAnswerInput!) {\n    createAnswer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAnswer($id: ID!, $input: AnswerBodyInput!) {\n    updateAnswer(id: $id, input: $input) {\n      id\n      body\n      edited\n      editedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAnswer($id: ID!, $input: AnswerBodyInput!) {\n    updateAnswer(id: $id, input: $input) {\n      id\n      body\n      edited\n      editedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAnswer($id: ID!) {\n    deleteAnswer(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAnswer($id: ID!) {\n    deleteAnswer(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAnswer($id: ID!) {\n    acceptAnswer(id: $id) {\n      id\n      accepted\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAnswer($id: ID!) {\n    acceptAnswer(id: $id) {\n      id\n      accepted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnacceptAnswer($id: ID!) {\n    unacceptAnswer(id: $id) {\n      id\n      accepted\n    }\n  }\n"): (typeof documents)["\n  mutation UnacceptAnswer($id: ID!) {\n    unacceptAnswer(id: $id) {\n      id\n      accepted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QuestionActivity($questionId: ID!) {\n    questionActivity(questionId: $questionId) {\n      kind\n      questionId\n      answer {\n        id\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription QuestionActivity($questionId: ID!) {\n    questionActivity(questionId: $questionId) {\n      kind\n      questionId\n      answer {\n        id\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $filter: SearchFilter, $after: String) {\n    search(query: $query, first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          language\n          questionId\n          slug\n          title\n          snippet\n          rank\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $filter: SearchFilter, $after: String) {\n    search(query: $query, first: 20, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          language\n          questionId\n          slug\n          title\n          snippet\n          rank\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagList($sort: TagSort!, $search: String, $after: String) {\n    tags(first: 50, after: $after, sort: $sort, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...TagChipFields\n          questionCount\n          inspirationCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TagList($sort: TagSort!, $search: String, $after: String) {\n    tags(first: 50, after: $after, sort: $sort, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...TagChipFields\n          questionCount\n          inspirationCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagPage($slug: String!) {\n    tag(slug: $slug) {\n      ...TagChipFields\n      questionCount\n      inspirationCount\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  query TagPage($slug: String!) {\n    tag(slug: $slug) {\n      ...TagChipFields\n      questionCount\n      inspirationCount\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagSuggestions($search: String) {\n    tags(first: 20, search: $search, sort: POPULAR) {\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TagSuggestions($search: String) {\n    tags(first: 20, search: $search, sort: POPULAR) {\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me {\n      id\n      name\n      roles\n      locale\n      library {\n        id\n        slug\n        name\n        country\n        region\n      }\n    }\n  }\n"): (typeof documents)["\n  query Session {\n    me {\n      id\n      name\n      roles\n      locale\n      library {\n        id\n        slug\n        name\n        country\n        region\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionSuggestions($search: String!) {\n    members(first: 8, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          library {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionSuggestions($search: String!) {\n    members(first: 8, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          library {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;