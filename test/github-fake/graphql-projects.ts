// The Projects v2 part of the fake's GraphQL: boards of organisations and users, an issue's
// cards, and the two mutations the tool uses. Shapes follow GitHub's schema (graphql-js checks
// every answer against it); unions carry __typename.
import { GraphqlFault, type GraphqlScope } from './graphql.js';
import { type ProjectRecord, planningOf } from './planning-store.js';
import { nodeId } from './render-common.js';

/** What GHES without Projects v2 answers: the document does not validate there (no error type). */
function missing(field: string): never {
  throw new GraphqlFault('', `Field '${field}' doesn't exist on type 'Organization'`);
}

function renderProject(project: ProjectRecord) {
  return {
    id: project.id,
    number: project.number,
    title: project.title,
    fields: () => ({
      totalCount: project.fields.length,
      nodes: project.fields.map((field) => ({
        __typename: field.dataType === 'SINGLE_SELECT' ? 'ProjectV2SingleSelectField' : 'ProjectV2Field',
        id: field.id,
        name: field.name,
        dataType: field.dataType,
        ...(field.options ? { options: field.options.map((o) => ({ ...o, nameHTML: o.name })) } : {}),
      })),
    }),
  };
}

/** Root fields for Projects: `organization`, `user`, `repository`, and the mutations. */
export function projectRoot(scope: GraphqlScope): Record<string, unknown> {
  const store = planningOf(scope.state);
  const off = scope.disabled.has('projects');
  const owner =
    (ownerKind: 'organization' | 'user') =>
    ({ login }: { login: string }) => ({
      login,
      projectV2: ({ number }: { number: number }) => {
        if (off) missing('projectV2');
        const project = store.findProject(ownerKind, login, number);
        if (!project)
          throw new GraphqlFault('NOT_FOUND', `Could not resolve to a ProjectV2 with the number ${number}.`);
        return renderProject(project);
      },
    });
  const findProject = (id: string) => {
    if (off) missing('projectV2');
    const project = store.projects.find((p) => p.id === id);
    if (!project)
      throw new GraphqlFault('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
    return project;
  };
  return {
    organization: owner('organization'),
    user: owner('user'),
    repository: ({ owner: login, name }: { owner: string; name: string }) => {
      const repo = scope.state.findRepo(login, name);
      if (!repo)
        throw new GraphqlFault(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${login}/${name}'.`,
        );
      return {
        issue: ({ number }: { number: number }) => {
          const issue = repo.issues.get(number);
          if (!issue || issue.isPull) return null;
          const contentId = nodeId('Issue', issue.id);
          return {
            id: contentId,
            number: issue.number,
            projectItems: () => {
              if (off) missing('projectItems');
              const nodes = store.projects.flatMap((project) =>
                project.cards
                  .filter((card) => card.contentId === contentId)
                  .map((card) => ({
                    id: card.id,
                    project: renderProject(project),
                    fieldValueByName: ({ name: fieldName }: { name: string }) => {
                      const field = project.fields.find(
                        (f) => f.name.toLowerCase() === fieldName.toLowerCase(),
                      );
                      const value = field ? card.values.get(field.id) : undefined;
                      if (!field || !value) return null;
                      return field.dataType === 'DATE'
                        ? { __typename: 'ProjectV2ItemFieldDateValue', date: value.date }
                        : { __typename: 'ProjectV2ItemFieldSingleSelectValue', optionId: value.optionId };
                    },
                  })),
              );
              return { totalCount: nodes.length, nodes };
            },
          };
        },
      };
    },
    addProjectV2ItemById: ({ input }: { input: { projectId: string; contentId: string } }) => {
      const project = findProject(input.projectId);
      if (!store.issueByNodeId(input.contentId))
        throw new GraphqlFault(
          'NOT_FOUND',
          `Could not resolve to a node with the global id of '${input.contentId}'`,
        );
      // Like GitHub: adding content that is already on the board returns its card.
      let card = project.cards.find((c) => c.contentId === input.contentId);
      if (!card) {
        card = { id: store.nodeId('PVTI_'), contentId: input.contentId, values: new Map() };
        project.cards.push(card);
      }
      return { item: { id: card.id } };
    },
    updateProjectV2ItemFieldValue: ({
      input,
    }: {
      input: {
        projectId: string;
        itemId: string;
        fieldId: string;
        value: { date?: string; singleSelectOptionId?: string };
      };
    }) => {
      const project = findProject(input.projectId);
      const card = project.cards.find((c) => c.id === input.itemId);
      const field = project.fields.find((f) => f.id === input.fieldId);
      if (!card || !field) throw new GraphqlFault('NOT_FOUND', 'Could not resolve the item or field.');
      const { date, singleSelectOptionId } = input.value;
      if (field.dataType === 'DATE' && typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date))
        card.values.set(field.id, { date });
      else if (
        field.dataType === 'SINGLE_SELECT' &&
        field.options?.some((o) => o.id === singleSelectOptionId)
      )
        card.values.set(field.id, { optionId: singleSelectOptionId as string });
      else throw new GraphqlFault('UNPROCESSABLE', `The value does not fit field ${field.name}.`);
      return { projectV2Item: { id: card.id } };
    },
  };
}
