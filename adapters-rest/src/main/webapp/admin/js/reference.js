// The API reference: the portal's own OpenAPI document, read as text grouped by tag, so that an
// agent sees what the REST API offers without leaving the console. The document is public.
import {fill, h, heading} from '../../common/js/dom.js';
import {fail} from '../../common/js/ui.js';

const DOCUMENT = new URL('../openapi?format=json', document.baseURI);
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Each operation with its method and path, in the order the document lists them, by first tag. */
function byTag(openapi) {
  const groups = new Map((openapi.tags || []).map(tag => [tag.name, {tag, operations: []}]));
  for (const [path, item] of Object.entries(openapi.paths || {})) {
    for (const method of METHODS.filter(m => item[m])) {
      const operation = item[method];
      const name = (operation.tags && operation.tags[0]) || 'Other';
      if (!groups.has(name)) {
        groups.set(name, {tag: {name}, operations: []});
      }
      groups.get(name).operations.push({method: method.toUpperCase(), path, operation});
    }
  }
  return [...groups.values()].filter(group => group.operations.length > 0);
}

function responses(operation) {
  return h('dl', {class: 'facts'}, Object.entries(operation.responses || {}).map(([code, response]) => [
    h('dt', {}, h('code', {}, code)), h('dd', {}, response.description || ''),
  ]));
}

function operationCard({method, path, operation}) {
  return h('article', {class: 'card'},
      h('h3', {}, h('code', {}, method), ' ', h('code', {}, path)),
      h('p', {}, operation.summary || ''),
      operation.operationId ? h('p', {}, h('small', {}, 'Operation ', h('code', {}, operation.operationId))) : null,
      responses(operation));
}

export function apiReference(root) {
  const body = h('div', {}, h('p', {}, 'Reading the OpenAPI document…'));
  fill(root, heading(1, 'API reference'),
      h('p', {}, 'The operations of the portal\'s REST API, from ', h('a', {href: DOCUMENT.href}, 'its OpenAPI document'),
          '; clients are generated from the same document.'),
      body);
  fetch(DOCUMENT, {headers: {Accept: 'application/json'}, cache: 'no-store', credentials: 'omit'})
      .then(answer => {
        if (!answer.ok) {
          throw new Error(`The portal answered ${answer.status} for its OpenAPI document.`);
        }
        return answer.json();
      })
      .then(openapi => {
        fill(body, byTag(openapi).map(({tag, operations}) => h('section', {'aria-label': tag.name},
            heading(2, tag.name),
            tag.description ? h('p', {}, tag.description) : null,
            operations.map(operationCard))));
      })
      .catch(error => {
        fill(body);
        fail(error);
      });
}
