// The portal's REST API, called with the signed-in person's bearer token. The token lives in
// sessionStorage only: it ends with the tab, on sign-out, and on any 401. Each application names
// its own key, so the console and the member portal in one browser never share a session.
import {has, t} from './texts.js';

// each page names the API's address relative to itself: the scripts live under a versioned prefix
const API = new URL(document.documentElement.dataset.api || 'api/v1/', document.baseURI);

let tokenKey = 'member-portal.token';
let inFlight = 0;
let actingFor = null;
const listeners = {busy: [], signedOut: []};

export const session = {
  use: key => { tokenKey = key; },
  token: () => sessionStorage.getItem(tokenKey),
  keep: token => sessionStorage.setItem(tokenKey, token),
  drop: () => sessionStorage.removeItem(tokenKey),
};

/** The company every later call acts for (the header X-Company-Id), or null for the person's only one. */
export function actFor(companyId) {
  actingFor = companyId || null;
}

// The device tokens the portal gives at sign-in live in localStorage, one per address: shown at the
// next sign-in, they keep this browser out of the lockout that strangers' failures bring on the account.
const DEVICES = 'member-portal.devices';

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
  if (actingFor && !('X-Company-Id' in sent)) {
    sent['X-Company-Id'] = actingFor;
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
      throw new ApiError(0, {detail: t('problem.unreachable')});
    }
    const text = await response.text();
    let data = null;
    if (text) {
      try {
        data = JSON.parse(text);
      } catch (notJson) {
        data = {detail: t('problem.not-json', {status: response.status})};
      }
    }
    if (response.status === 401 && token) {
      session.drop();
      emit('signedOut', t('session.ended'));
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
export const put = (path, body) => call('PUT', path, body);

/** Sends one file as `multipart/form-data` (part `file`); answers the API's JSON or throws an ApiError. */
export async function upload(path, file) {
  const form = new FormData();
  form.append('file', file, file.name);
  const token = session.token();
  const headers = {Accept: 'application/json', ...(token ? {Authorization: `Bearer ${token}`} : {}),
    ...(actingFor ? {'X-Company-Id': actingFor} : {})};
  const response = await fetch(new URL(path, API), {method: 'POST', headers, body: form, cache: 'no-store',
    credentials: 'omit', redirect: 'error'}).catch(() => { throw new ApiError(0, {detail: t('problem.unreachable')}); });
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, data);
  }
  return data;
}

/**
 * Fetches a file with the bearer token and hands it to the browser as a download: the page never
 * renders it, whatever its type.
 */
export async function download(path, filename) {
  const token = session.token();
  const headers = {...(token ? {Authorization: `Bearer ${token}`} : {}), ...(actingFor ? {'X-Company-Id': actingFor} : {})};
  const response = await fetch(new URL(path, API), {headers, cache: 'no-store', credentials: 'omit', redirect: 'error'})
      .catch(() => { throw new ApiError(0, {detail: t('problem.unreachable')}); });
  if (!response.ok) {
    throw new ApiError(response.status, await response.json().catch(() => null));
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

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

/**
 * Words a person understands for the API's refusals: the application's catalogue explains a
 * problem code (`problem.<code>`) or a status (`problem.status.<status>`); the API's own detail
 * otherwise.
 */
export function explain(error) {
  if (!(error instanceof ApiError)) {
    return t('problem.unexpected', {message: error.message});
  }
  if (error.code && has(`problem.${error.code}`)) {
    return t(`problem.${error.code}`, {detail: error.message});
  }
  if (has(`problem.status.${error.status}`)) {
    return t(`problem.status.${error.status}`, {detail: error.message});
  }
  const fields = (error.problem.errors || []).map(e => `${e.field}: ${e.message}`).join('; ');
  return fields ? `${error.message} (${fields})` : error.message;
}
