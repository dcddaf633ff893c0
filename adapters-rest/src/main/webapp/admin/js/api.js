// The portal's REST API, called with the agent's bearer token. The token lives in sessionStorage
// only: it ends with the tab, on sign-out, and on any 401. The device tokens the portal gives at
// sign-in live in localStorage, one per address: shown at the next sign-in, they keep this browser
// out of the lockout that strangers' failures bring on the account.

const TOKEN = 'member-portal.console.token';
const DEVICES = 'member-portal.console.devices';
const API = new URL('../api/v1/', document.baseURI);

let inFlight = 0;
const listeners = {busy: [], signedOut: []};

export const session = {
  token: () => sessionStorage.getItem(TOKEN),
  keep: token => sessionStorage.setItem(TOKEN, token),
  drop: () => sessionStorage.removeItem(TOKEN),
};

function knownDevices() {
  try {
    return JSON.parse(localStorage.getItem(DEVICES)) || {};
  } catch (unreadable) {
    return {};
  }
}

export const devices = {
  of: email => knownDevices()[email.trim().toLowerCase()],
  keep: (email, deviceToken) => {
    if (deviceToken) {
      localStorage.setItem(DEVICES, JSON.stringify({...knownDevices(), [email.trim().toLowerCase()]: deviceToken}));
    }
  },
};

export function on(event, listener) {
  listeners[event].push(listener);
}

function emit(event, ...values) {
  listeners[event].forEach(listener => listener(...values));
}

/** A refusal of the API: its status and problem+json body. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `The portal answered ${status}.`);
    this.status = status;
    this.problem = problem || {};
    this.code = this.problem.type ? this.problem.type.split('/').pop() : null;
  }
}

/** Calls the API; answers the parsed JSON (null for an empty answer) or throws an ApiError. */
export async function call(method, path, body, headers = {}) {
  const token = session.token();
  const sent = {Accept: 'application/json', ...headers};
  if (body !== undefined) {
    sent['Content-Type'] = 'application/json';
  }
  if (token) {
    sent.Authorization = `Bearer ${token}`;
  }
  inFlight += 1;
  emit('busy', inFlight > 0);
  try {
    let response;
    try {
      response = await fetch(new URL(path, API), {
        method, headers: sent, body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store', credentials: 'omit', redirect: 'error',
      });
    } catch (unreachable) {
      throw new ApiError(0, {detail: 'The portal cannot be reached. Check the connection and try again.'});
    }
    const text = await response.text();
    let data = null;
    if (text) {
      try {
        data = JSON.parse(text);
      } catch (notJson) {
        data = {detail: `The portal answered ${response.status} with something that is not JSON.`};
      }
    }
    if (response.status === 401 && token) {
      session.drop();
      emit('signedOut', 'Your session has ended. Sign in again.');
    }
    if (!response.ok) {
      throw new ApiError(response.status, data);
    }
    return data;
  } finally {
    inFlight -= 1;
    emit('busy', inFlight > 0);
  }
}

export const get = path => call('GET', path);
export const post = (path, body) => call('POST', path, body);
export const patch = (path, body) => call('PATCH', path, body);

/** A query string of the parameters that are set. */
export function query(parameters) {
  const search = new URLSearchParams();
  Object.entries(parameters).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== '') {
      search.set(name, value);
    }
  });
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Every item of a list, following its cursors (for the short lists a form needs, such as companies). */
export async function all(path, parameters = {}) {
  const items = [];
  let cursor = null;
  do {
    const page = await get(path + query({...parameters, limit: 200, cursor}));
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** Words a person understands for the API's refusals; the API's own detail otherwise. */
export function explain(error) {
  if (!(error instanceof ApiError)) {
    return `Something went wrong in the console: ${error.message}`;
  }
  switch (error.code) {
    case 'stale-version':
      return 'Changed meanwhile, reload: someone else changed this since you opened it.';
    case 'last-primary':
      return 'This is the company\'s last active Primary: give another account the Primary level first.';
    case 'last-agent':
      return 'This is the last active agent: invite another agent before deactivating this one.';
    case 'duplicate-email':
      return `That e-mail address already has an account. (${error.message})`;
    default:
      break;
  }
  if (error.status === 403) {
    return 'This console is for the vendor\'s support agents; this account may not use it.';
  }
  const fields = (error.problem.errors || []).map(e => `${e.field}: ${e.message}`).join('; ');
  return fields ? `${error.message} (${fields})` : error.message;
}
