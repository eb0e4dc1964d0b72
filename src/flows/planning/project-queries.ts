// GraphQL documents of the Projects v2 sync. Only fixed names and integers are spliced in (the
// owner kind, issue numbers); everything a person wrote travels as a variable.

/** The board and its fields. GitHub allows at most 50 fields per project, so one page is all. */
export function projectQuery(ownerKind: 'organization' | 'user'): string {
  return `query ProjectFields($login: String!, $number: Int!) {
  owner: ${ownerKind}(login: $login) {
    projectV2(number: $number) {
      id
      fields(first: 100) {
        nodes {
          __typename
          ... on ProjectV2Field { id name dataType }
          ... on ProjectV2IterationField { id name dataType }
          ... on ProjectV2SingleSelectField { id name dataType options { id name } }
        }
      }
    }
  }
}`;
}

/** Up to 50 issues' node ids and their cards (with the two field values) in one request. */
export function cardsQuery(numbers: readonly number[], fields: { due: boolean; status: boolean }): string {
  const declared = ['$owner: String!', '$repo: String!'];
  if (fields.due) declared.push('$due: String!');
  if (fields.status) declared.push('$status: String!');
  const values = [
    fields.due ? 'due: fieldValueByName(name: $due) { ... on ProjectV2ItemFieldDateValue { date } }' : '',
    fields.status
      ? 'status: fieldValueByName(name: $status) { ... on ProjectV2ItemFieldSingleSelectValue { optionId } }'
      : '',
  ].filter(Boolean);
  const issues = numbers.map(
    (n) =>
      `    i${Math.trunc(n)}: issue(number: ${Math.trunc(n)}) { id projectItems(first: 50) { nodes { id project { id } ${values.join(' ')} } } }`,
  );
  return `query ProjectCards(${declared.join(', ')}) {
  repository(owner: $owner, name: $repo) {
${issues.join('\n')}
  }
}`;
}

export const ADD_CARD = `mutation AddCard($project: ID!, $content: ID!) {
  addProjectV2ItemById(input: { projectId: $project, contentId: $content }) { item { id } }
}`;

export const SET_FIELD = `mutation SetField($project: ID!, $item: ID!, $field: ID!, $value: ProjectV2FieldValue!) {
  updateProjectV2ItemFieldValue(input: { projectId: $project, itemId: $item, fieldId: $field, value: $value }) {
    projectV2Item { id }
  }
}`;

/** The answer shapes of the documents above. */
export interface ProjectAnswer {
  owner: {
    projectV2: {
      id: string;
      fields: {
        nodes: ({
          __typename: string;
          id: string;
          name: string;
          dataType: string;
          options?: { id: string; name: string }[];
        } | null)[];
      };
    } | null;
  } | null;
}

export interface CardNode {
  id: string;
  project: { id: string };
  due?: { date?: string } | null;
  status?: { optionId?: string } | null;
}

export interface CardsAnswer {
  repository: Record<string, { id: string; projectItems: { nodes: (CardNode | null)[] } } | null> | null;
}
