import { graphql, type MonthPageQuery, type MonthQuestionsQuery } from '@liblab/web-graphql';

/** What a month card shows in the list. */
export const monthCardFields = graphql(`
  fragment MonthCardFields on Month {
    id
    title
    theme
    status
    startsAt
    endsAt
    coverImageUrl
    experts {
      id
    }
  }
`);

/** One page of months: those not ended yet (`current`) or ended (`past`), each listed from its own query. */
export const monthListQuery = graphql(`
  query MonthList($filter: MonthFilter, $after: String) {
    months(first: 20, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...MonthCardFields
        }
      }
    }
  }
`);

export const monthStatsFields = graphql(`
  fragment MonthStatsFields on MonthStats {
    questionCount
    answeredCount
    unansweredCount
    medianMinutesToFirstExpertAnswer
    escalatedCount
  }
`);

export const monthExpertFields = graphql(`
  fragment MonthExpertFields on Member {
    id
    name
    position
    roles
    library {
      id
      slug
      name
      city
    }
  }
`);

export const monthPageQuery = graphql(`
  query MonthPage($id: ID!) {
    month(id: $id) {
      id
      title
      theme
      description
      status
      startsAt
      endsAt
      coverImageUrl
      answerHours
      viewerCanManage
      experts {
        ...MonthExpertFields
      }
      stats {
        ...MonthStatsFields
      }
      summaryInspiration {
        id
        title
      }
      calendarUrl
      events {
        ...EventCardFields
      }
    }
  }
`);

export type MonthPageData = MonthPageQuery['month'];

/** A month's questions, newest first, each with the promise about it. */
export const monthQuestionsQuery = graphql(`
  query MonthQuestions($id: ID!, $unanswered: Boolean, $after: String) {
    month(id: $id) {
      id
      questions(first: 20, after: $after, unanswered: $unanswered) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        edges {
          cursor
          node {
            answerDueAt
            firstExpertAnswerAt
            escalatedAt
            question {
              id
              title
              language
              createdAt
              answerCount
              author {
                id
                name
              }
              library {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export type MonthQuestionItem = MonthQuestionsQuery['month']['questions']['edges'][number]['node'];

/** What the edit form starts from. */
export const monthEditQuery = graphql(`
  query MonthEdit($id: ID!) {
    month(id: $id) {
      id
      title
      theme
      description
      status
      startsAt
      endsAt
      coverImageUrl
      answerHours
      viewerCanManage
    }
  }
`);

/** The ask page needs the month's name, whether it is open, and its promise. */
export const monthAskQuery = graphql(`
  query MonthAsk($id: ID!) {
    month(id: $id) {
      id
      title
      theme
      status
      answerHours
    }
  }
`);

/**
 * The archive step: the month's questions with their answers (best voted first) to choose from. Nested pages
 * stay small (20 questions × 10 answers) for the API's cost limit; "Load more" reads further questions.
 */
export const monthArchiveQuery = graphql(`
  query MonthArchive($id: ID!, $after: String) {
    month(id: $id) {
      id
      title
      theme
      status
      viewerCanManage
      summaryInspiration {
        id
        title
      }
      questions(first: 20, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        edges {
          cursor
          node {
            question {
              id
              title
              language
              answers(first: 10, sort: VOTES) {
                totalCount
                edges {
                  node {
                    id
                    body
                    byExpert
                    voteCount
                    author {
                      id
                      name
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const createMonthMutation = graphql(`
  mutation CreateMonth($input: MonthInput!) {
    createMonth(input: $input) {
      id
    }
  }
`);

export const updateMonthMutation = graphql(`
  mutation UpdateMonth($id: ID!, $input: MonthInput!) {
    updateMonth(id: $id, input: $input) {
      id
      title
      theme
      description
      startsAt
      endsAt
      coverImageUrl
      answerHours
    }
  }
`);

export const advanceMonthMutation = graphql(`
  mutation AdvanceMonth($id: ID!, $to: MonthStatus!) {
    advanceMonth(id: $id, to: $to) {
      id
      status
    }
  }
`);

export const inviteExpertMutation = graphql(`
  mutation InviteExpert($monthId: ID!, $memberId: ID!) {
    inviteExpert(monthId: $monthId, memberId: $memberId) {
      id
      experts {
        ...MonthExpertFields
      }
    }
  }
`);

export const removeExpertMutation = graphql(`
  mutation RemoveExpert($monthId: ID!, $memberId: ID!) {
    removeExpert(monthId: $monthId, memberId: $memberId) {
      id
      experts {
        ...MonthExpertFields
      }
    }
  }
`);

export const askInMonthMutation = graphql(`
  mutation AskInMonth($monthId: ID!, $input: QuestionInput!) {
    askInMonth(monthId: $monthId, input: $input) {
      id
    }
  }
`);

export const archiveMonthMutation = graphql(`
  mutation ArchiveMonth($id: ID!, $input: ArchiveMonthInput!) {
    archiveMonth(id: $id, input: $input) {
      id
      status
      summaryInspiration {
        id
        title
      }
    }
  }
`);

/** Members whose name contains the search, to invite as experts. */
export const expertCandidatesQuery = graphql(`
  query ExpertCandidates($search: String!) {
    members(first: 10, filter: { search: $search }) {
      edges {
        node {
          id
          name
          roles
          library {
            id
            name
          }
        }
      }
    }
  }
`);
