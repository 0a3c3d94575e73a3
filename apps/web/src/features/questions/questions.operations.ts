import { graphql, type QuestionAnswersQuery } from '@liblab/web-graphql';

export const questionCardFields = graphql(`
  fragment QuestionCardFields on Question {
    id
    title
    language
    createdAt
    answerCount
    voteCount
    acceptedAnswer {
      id
    }
    author {
      id
      name
    }
    library {
      id
      name
    }
    tags {
      ...TagChipFields
    }
  }
`);

export const questionListQuery = graphql(`
  query QuestionList($filter: QuestionFilter, $after: String) {
    questions(first: 20, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...QuestionCardFields
        }
      }
    }
  }
`);

export const questionPageQuery = graphql(`
  query QuestionPage($id: ID!) {
    question(id: $id) {
      ...ContentMetaFields
      title
      body
      language
      answerCount
      voteCount
      viewerVoted
      viewerCanVote
      viewerBookmarked
      tags {
        ...TagChipFields
      }
      month {
        id
        title
      }
    }
  }
`);

/** A question's answers, each with its first comments. */
export const questionAnswersQuery = graphql(`
  query QuestionAnswers($id: ID!, $sort: AnswerSort!, $after: String) {
    question(id: $id) {
      id
      answerCount
      answers(first: 20, after: $after, sort: $sort) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        edges {
          cursor
          node {
            ...ContentMetaFields
            body
            accepted
            byExpert
            voteCount
            viewerVoted
            viewerCanVote
            viewerCanAccept
            comments(first: 5) {
              ...CommentPageFields
            }
          }
        }
      }
    }
  }
`);

export const questionEditQuery = graphql(`
  query QuestionEdit($id: ID!) {
    question(id: $id) {
      id
      title
      body
      language
      viewerCanEdit
      tags {
        ...TagChipFields
      }
    }
  }
`);

export const createQuestionMutation = graphql(`
  mutation CreateQuestion($input: QuestionInput!) {
    createQuestion(input: $input) {
      id
    }
  }
`);

export const updateQuestionMutation = graphql(`
  mutation UpdateQuestion($id: ID!, $input: QuestionInput!) {
    updateQuestion(id: $id, input: $input) {
      id
      title
      body
      language
      edited
      editedAt
      tags {
        ...TagChipFields
      }
    }
  }
`);

export const deleteQuestionMutation = graphql(`
  mutation DeleteQuestion($id: ID!) {
    deleteQuestion(id: $id)
  }
`);

export const createAnswerMutation = graphql(`
  mutation CreateAnswer($input: CreateAnswerInput!) {
    createAnswer(input: $input) {
      id
    }
  }
`);

export const updateAnswerMutation = graphql(`
  mutation UpdateAnswer($id: ID!, $input: AnswerBodyInput!) {
    updateAnswer(id: $id, input: $input) {
      id
      body
      edited
      editedAt
    }
  }
`);

export const deleteAnswerMutation = graphql(`
  mutation DeleteAnswer($id: ID!) {
    deleteAnswer(id: $id)
  }
`);

export const acceptAnswerMutation = graphql(`
  mutation AcceptAnswer($id: ID!) {
    acceptAnswer(id: $id) {
      id
      accepted
    }
  }
`);

export const unacceptAnswerMutation = graphql(`
  mutation UnacceptAnswer($id: ID!) {
    unacceptAnswer(id: $id) {
      id
      accepted
    }
  }
`);

/** One answer as the question page lists it. */
export type AnswerItemData = QuestionAnswersQuery['question']['answers']['edges'][number]['node'];

export const questionActivitySubscription = graphql(`
  subscription QuestionActivity($questionId: ID!) {
    questionActivity(questionId: $questionId) {
      kind
      questionId
      answer {
        id
        author {
          id
          name
        }
      }
    }
  }
`);
