// What every page shares: the messages area (errors as role="alert"), forms, and lists that page
// with the API's cursors.
import {button, fill, h, table} from './dom.js';
import {explain, get, query} from './api.js';
import {t} from './texts.js';

const messages = () => document.getElementById('messages');

/** Shows an error so that screen readers announce it: an API error, a sentence, or elements. */
export function fail(error, ...more) {
  const said = typeof error === 'string' || error instanceof Node ? error : explain(error);
  fill(messages(), h('p', {role: 'alert', class: 'error'}, said, ...more));
}

/** Shows what just happened, politely. */
export function done(text, ...more) {
  fill(messages(), h('p', {role: 'status', class: 'done'}, text, ...more));
}

export function clearMessages() {
  fill(messages());
}

/** Runs an action of a button or form: its errors are shown, the control is off while it runs. */
export async function act(control, action) {
  if (control) {
    control.disabled = true;
  }
  try {
    clearMessages();
    return await action();
  } catch (error) {
    fail(error);
    return undefined;
  } finally {
    if (control) {
      control.disabled = false;
    }
  }
}

/**
 * A list that pages with the API's cursors: `path` and `parameters` (the filters) name the list,
 * `columns` its table; a cell is drawn from its row and the row's number in the whole list (1 for
 * the first). `pageOf` finds the page in an answer that holds more (a topic with its posts).
 * Cursors only go forward, so the pages seen are remembered for the previous page;
 * `filter(parameters)` starts again from the first page with other filters.
 */
export function pagedList({caption, path, parameters = {}, columns, empty, limit = 25, pageOf = answer => answer}) {
  const region = h('div', {class: 'list'});
  const seen = [null];
  let index = 0;
  let filters = parameters;

  async function show() {
    try {
      const page = pageOf(await get(path + query({...filters, limit, cursor: seen[index]})));
      const numbered = columns.map(([header, cell]) => [header,
        row => cell(row, index * limit + page.items.indexOf(row) + 1)]);
      if (page.nextCursor && seen.length === index + 1) {
        seen.push(page.nextCursor);
      }
      const previous = button(t('list.previous'), () => { index -= 1; show(); }, {disabled: index === 0});
      const next = button(t('list.next'), () => { index += 1; show(); }, {disabled: !page.nextCursor});
      fill(region, table(caption, numbered, page.items, empty),
          page.nextCursor || index > 0 ? h('div', {class: 'pager'}, previous, ` ${t('list.page', {number: index + 1})} `, next)
            : null);
    } catch (error) {
      fail(error);
      fill(region, h('p', {class: 'empty'}, t('list.failed')));
    }
  }

  region.reload = () => { seen.length = 1; index = 0; return show(); };
  region.refresh = () => show(); // the page shown, drawn again after a change to one of its rows
  region.filter = changed => { filters = {...filters, ...changed}; return region.reload(); };
  show();
  return region;
}

/** A form whose submit runs `action` (Enter works too); no page load. */
export function form(attributes, children, action) {
  const element = h('form', {...attributes, novalidate: false}, children);
  element.addEventListener('submit', event => {
    event.preventDefault();
    act(element.querySelector('button[type=submit]'), () => action(new FormData(element), element));
  });
  return element;
}
