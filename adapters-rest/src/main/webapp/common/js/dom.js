// Builds the console's DOM. Values from the API only ever become text nodes or attribute values
// (never HTML), so a company named "<img src=x onerror=alert(1)>" shows as those characters.

/** An element: h('button', {type: 'button', onclick: fn}, 'Approve'). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      element.className = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces what an element holds. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A moment from the API (ISO-8601 UTC) in the browser's local time zone. */
export function when(iso) {
  if (!iso) {
    return '—';
  }
  const date = new Date(iso);
  return h('time', {datetime: iso}, date.toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'short'}));
}

/** A calendar date from the API (yyyy-mm-dd): no time zone to convert. */
export function day(isoDate) {
  if (!isoDate) {
    return '—';
  }
  const [year, month, dayOfMonth] = isoDate.split('-').map(Number);
  return h('time', {datetime: isoDate},
      new Date(year, month - 1, dayOfMonth).toLocaleDateString(undefined, {dateStyle: 'medium'}));
}

let fieldCount = 0;

/** A labelled control: the label names it, so its accessible name is exactly `label`. */
export function field(label, control) {
  fieldCount += 1;
  const id = control.id || `field-${fieldCount}`;
  control.id = id;
  return h('div', {class: 'field'}, h('label', {for: id}, label), control);
}

export function textbox(name, attributes = {}) {
  return h('input', {type: 'text', name, ...attributes});
}

export function select(name, options, selected, attributes = {}) {
  return h('select', {name, ...attributes},
      options.map(([value, text]) => h('option', {value, selected: value === selected}, text)));
}

export function button(text, onclick, attributes = {}) {
  return h('button', {type: 'button', onclick, ...attributes}, text);
}

/**
 * A table of rows: columns are [header, row => cell content]. An empty list shows `empty`,
 * a sentence that says what to do.
 */
export function table(caption, columns, rows, empty) {
  if (rows.length === 0) {
    return h('p', {class: 'empty'}, empty);
  }
  return h('table', {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, columns.map(([header]) => h('th', {scope: 'col'}, header)))),
      h('tbody', {}, rows.map(row => h('tr', {}, columns.map(([, cell]) => h('td', {}, cell(row)))))));
}

export function heading(level, text, attributes = {}) {
  return h(`h${level}`, attributes, text);
}

/**
 * A link to an address the API gave (a download, a document): only http(s) addresses become links,
 * so a `javascript:` URL stored by mistake or malice is shown as text and never runs.
 */
export function outsideLink(url, text) {
  let parsed = null;
  try {
    parsed = new URL(url);
  } catch (notAUrl) {
    parsed = null;
  }
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) {
    return url || '—';
  }
  return h('a', {href: parsed.href, rel: 'noopener noreferrer'}, text || url);
}

/** A page's heading and content, replacing what `root` held. */
export function page(root, title, ...children) {
  return fill(root, heading(1, title), ...children);
}

/**
 * HTML the portal rendered from Markdown and sanitized on the server with an allow-list (an article,
 * a post, a search hit's snippet): the only HTML the pages show. It is parsed inert (DOMParser runs
 * nothing) and moved in as nodes; the pages' policy forbids inline script and handlers besides.
 */
export function renderedHtml(html, attributes = {}) {
  const parsed = new DOMParser().parseFromString(`<body>${html || ''}</body>`, 'text/html');
  const holder = h('div', attributes);
  holder.append(...Array.from(parsed.body.childNodes));
  return holder;
}
