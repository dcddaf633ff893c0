// The member portal's shell: the signed-out pages (sign-in, forgot password, and the e-mailed
// links' activation and reset), then the navigation of the pages the membership's capabilities
// open, the company chosen for a person of several, and the page behind the location's hash.
import {button, field, fill, h, select} from '../../common/js/dom.js';
import {actFor, ApiError, call, get, on, session} from '../../common/js/api.js';
import {clearMessages, fail} from '../../common/js/ui.js';
import {createRegistry, currentRoute, markCurrent} from '../../common/js/registry.js';
import {enrol} from '../../common/js/second-factor.js';
import {t, useCatalogue} from '../../common/js/texts.js';
import texts from './texts.en.js';
import * as signedOut from './signed-out.js';

useCatalogue(texts);
session.use('member-portal.token');

const COMPANY = 'member-portal.company';

/** Whether the membership may do any of these capabilities (the API's own names for them). */
const mayAny = (...capabilities) => context => capabilities.some(capability => context.may(capability));

// The navigation's pages in its order, each with what opens it (docs/api.md, "After sign-in").
const registry = createRegistry()
    .add('home', {load: () => import('./pages/home.js')})
    .add('tickets', {load: () => import('./pages/tickets.js')})
    .add('documents', {load: () => import('./pages/documents.js')})
    .add('live-sessions', {load: () => import('./pages/live-sessions.js')})
    .add('licenses', {opens: mayAny('SEE_LICENSE_INFORMATION_LIMITED'), load: () => import('./pages/licenses.js')})
    .add('orders', {opens: mayAny('ORDER_LICENSES', 'ORDER_PAID_SERVICES'), load: () => import('./pages/orders.js')})
    .add('downloads', {opens: mayAny('REQUEST_DOWNLOAD_LINKS', 'SEE_ALL_DOWNLOAD_LINKS'),
      load: () => import('./pages/downloads.js')})
    .add('staff', {opens: mayAny('REQUEST_STAFF_ACCOUNTS', 'MANAGE_STAFF_ACCOUNTS'), load: () => import('./pages/staff.js')})
    .add('knowledge-base', {load: () => import('./pages/knowledge-base.js')})
    .add('forums', {load: () => import('./pages/forums.js')})
    .add('mailings', {load: () => import('./pages/mailings.js')})
    .add('profile', {load: () => import('./pages/profile.js')});

const shell = document.getElementById('shell');
const main = document.getElementById('main');
let context = null;

on('busy', busy => {
  document.getElementById('busy').hidden = !busy;
  main.setAttribute('aria-busy', busy ? 'true' : 'false');
});

on('signedOut', reason => {
  context = null;
  showSignIn(reason);
});

// the skip link moves the focus without touching the hash, which names the page
document.querySelector('.skip').addEventListener('click', event => {
  event.preventDefault();
  main.focus();
});

function titled(page) {
  document.title = t('title', {page});
}

/** The bar of a person not signed in: the portal's name only. */
function signedOutShell() {
  fill(shell, h('div', {class: 'bar'}, h('span', {class: 'brand'}, t('app.name'))));
}

function showSignIn(...message) {
  signedOutShell();
  titled(t('signIn.title'));
  signedOut.signIn(main, enter, message);
}

/**
 * After a session is opened: the company the pages act for (the one a link named, else the last
 * chosen, else the first active membership), the second factor where the level must have one, then
 * the pages.
 */
async function enter() {
  actFor(null);
  let me = await get('me');
  const active = (me.memberships || []).filter(m => m.status === 'ACTIVE');
  const named = currentRoute('home').query.get('company') || sessionStorage.getItem(COMPANY);
  const chosen = active.find(m => m.company.id === named) || active[0];
  if (chosen) {
    actFor(chosen.company.id);
    sessionStorage.setItem(COMPANY, chosen.company.id);
    if (!me.company || me.company.id !== chosen.company.id) {
      me = await get('me');
    }
  }
  context = {
    me,
    memberships: active,
    companyId: me.company ? me.company.id : null,
    may: capability => (me.capabilities || []).includes(capability),
    company: path => `companies/${encodeURIComponent(me.company.id)}/${path}`,
    levelName: level => t(`level.${level}`),
  };
  const profile = await get('me/profile');
  if (profile.secondFactor && profile.secondFactor.required && !profile.secondFactor.enabled) {
    drawShell(false);
    titled(t('enrol.title'));
    const box = h('div', {class: 'narrow'});
    fill(main, box);
    await enrol(box, start);
    return;
  }
  start();
}

function start() {
  drawShell(true);
  route();
}

function drawShell(withNavigation) {
  const {me, memberships} = context;
  let company = null;
  if (memberships.length > 1) {
    company = select('company', memberships.map(m => [m.company.id, m.company.name]), context.companyId);
    company.addEventListener('change', () => switchCompany(company.value));
  }
  const nav = withNavigation ? h('nav', {'aria-label': t('nav.label')},
      h('ul', {}, registry.navigation(context).map(page => h('li', {},
          h('a', {href: `#/${page.route}`, 'data-route': page.route}, t(`nav.${page.route}`)))))) : null;
  fill(shell, h('div', {class: 'bar'},
      h('span', {class: 'brand'}, t('app.name')),
      company ? h('div', {class: 'company'}, field(t('nav.company'), company)) : h('span', {class: 'company'},
          me.company ? me.company.name : ''),
      h('span', {class: 'who'}, me.fullName),
      button(t('signOut'), signOut)), nav);
}

async function switchCompany(companyId) {
  sessionStorage.setItem(COMPANY, companyId);
  const query = currentRoute('home').query;
  if (query.has('company')) {
    location.hash = '#/home';
  }
  try {
    await enter();
  } catch (error) {
    fail(error);
  }
}

async function signOut() {
  try {
    await call('DELETE', 'sessions/current');
  } catch (ignored) {
    // signed out here whatever the portal answered
  }
  session.drop();
  sessionStorage.removeItem(COMPANY);
  context = null;
  history.replaceState(null, '', './');
  showSignIn();
}

async function route() {
  if (!context) {
    if (!session.token()) {
      showPublicPage();
    }
    return;
  }
  clearMessages();
  const {name, parts} = currentRoute('home');
  const page = registry.find(name) || registry.find('home');
  markCurrent(page.route);
  const label = t(`nav.${page.route}`);
  const content = h('div');
  fill(main, content);
  titled(label);
  if (!page.opens(context)) {
    fill(content, h('h1', {tabindex: -1}, label));
    fail(t('page.refused', {page: label, company: context.me.company ? context.me.company.name : ''}));
    content.querySelector('h1').focus();
    return;
  }
  try {
    const module = await page.load();
    await module.default(content, context, ...parts);
  } catch (error) {
    fail(error instanceof ApiError ? error : t('page.failed'));
  }
  const title = content.querySelector('h1');
  if (title) {
    titled(title.textContent);
    title.setAttribute('tabindex', '-1');
    title.focus();
  }
}

window.addEventListener('hashchange', route);

/** The pages a signed-out person may open: the e-mailed links, the forgotten password, sign-in. */
function showPublicPage() {
  const path = location.pathname.split('/').pop();
  const query = new URLSearchParams(location.search);
  const token = query.get('token');
  // an agent's link: once the password is set, the way on is the console's sign-in, not this one
  const signInAgain = query.get('for') === 'console' ? () => signedOut.toConsole(main) : showSignIn;
  // the token stays in this page's memory only: not in the address bar, the history or a bookmark
  if (path === 'activate' || path === 'reset-password') {
    history.replaceState(null, '', `./${location.hash}`);
  }
  signedOutShell();
  if (path === 'activate') {
    titled(t('activate.title'));
    signedOut.activate(main, token, signInAgain);
  } else if (path === 'reset-password') {
    titled(t('reset.title'));
    signedOut.reset(main, token, signInAgain);
  } else if (currentRoute('').name === 'forgot-password') {
    titled(t('forgot.title'));
    signedOut.forgot(main);
  } else {
    showSignIn();
  }
}

async function boot() {
  const path = location.pathname.split('/').pop();
  if (path === 'activate' || path === 'reset-password' || !session.token()) {
    showPublicPage();
    return;
  }
  try {
    await enter();
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) {
      session.drop();
      showSignIn(error);
    }
  }
}

boot();
