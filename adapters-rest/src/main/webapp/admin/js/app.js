// The console's shell: sign-in, the navigation, and the pages behind the location's hash.
import {button, field, fill, h, textbox} from '../../common/js/dom.js';
import {ApiError, call, devices, get, on, post, session} from '../../common/js/api.js';
import {clearMessages, fail} from '../../common/js/ui.js';
import {createRegistry, currentRoute, markCurrent} from '../../common/js/registry.js';
import {enrol} from '../../common/js/second-factor.js';
import {t, useCatalogue} from '../../common/js/texts.js';
import texts from './texts.en.js';
import {pages, passwordForm} from './pages.js';

useCatalogue(texts);
session.use('member-portal.console.token');

const NAVIGATION = ['dashboard', 'requests', 'companies', 'tickets', 'orders', 'jobs', 'outbox', 'audit', 'agents',
  'articles', 'forums', 'update-notices'];

const registry = createRegistry();
NAVIGATION.forEach(route => registry.add(route, {label: t(`nav.${route}`), load: async () => pages[route]}));
Object.keys(pages).filter(route => !NAVIGATION.includes(route))
    .forEach(route => registry.add(route, {label: route, load: async () => pages[route], inNavigation: false}));

/** A member's refusal, with the way to the member portal at the root. */
const memberRefused = () => [t('signIn.member'), h('a', {href: '../'}, t('signIn.memberLink')), '.'];

const shell = document.getElementById('shell');
const main = document.getElementById('main');
let agent = null;
let stopPage = () => {};

on('busy', busy => {
  document.getElementById('busy').hidden = !busy;
  main.setAttribute('aria-busy', busy ? 'true' : 'false');
});

// the skip link moves the focus without touching the hash, which names the page
document.querySelector('.skip').addEventListener('click', event => {
  event.preventDefault();
  main.focus();
});

on('signedOut', reason => {
  agent = null;
  showSignIn(reason);
});

/**
 * The sign-in form. It sends {email, password}, the device token this browser was given for that
 * address, and, once the portal has asked for it, a `Code` (the second factor): the field is added
 * when an answer says `second-factor-required`.
 */
function showSignIn(reason) {
  stopPage();
  fill(shell);
  document.title = t('title', {page: t('signIn.title')});
  const email = textbox('email', {type: 'email', autocomplete: 'username', required: true});
  const password = h('input', {type: 'password', name: 'password', autocomplete: 'current-password', required: true});
  const codeSlot = h('div');
  let code = null;
  const submit = h('button', {type: 'submit'}, t('signIn.submit'));
  const formElement = h('form', {class: 'sign-in', 'aria-labelledby': 'sign-in-heading'},
      h('h1', {id: 'sign-in-heading'}, t('app.name')),
      h('p', {}, t('app.for')),
      field(t('signIn.email'), email), field(t('signIn.password'), password), codeSlot, submit);
  formElement.addEventListener('submit', async event => {
    event.preventDefault();
    submit.disabled = true;
    clearMessages();
    try {
      const body = {email: email.value, password: password.value, deviceToken: devices.of(email.value)};
      if (code) {
        body.code = code.value;
      }
      const answer = await post('sessions', body);
      devices.keep(email.value, answer.deviceToken);
      if (answer.account.role !== 'AGENT') {
        await refuseMember(answer.token);
        return;
      }
      session.keep(answer.token);
      agent = answer.account;
      await startOrEnrol();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'second-factor-required' && !code) {
        code = textbox('code', {inputmode: 'numeric', autocomplete: 'one-time-code', required: true});
        fill(codeSlot, field(t('signIn.code'), code));
        code.focus();
      }
      fail(error instanceof ApiError && error.status === 401 && error.code !== 'second-factor-required'
          ? t('signIn.wrong') : error);
    } finally {
      submit.disabled = false;
    }
  });
  fill(main, formElement);
  if (reason) {
    fail(...[].concat(reason));
  }
  email.focus();
}

/** A member signed in: the session is ended at once and the console says why it stays closed. */
async function refuseMember(token) {
  session.keep(token);
  try {
    await call('DELETE', 'sessions/current');
  } catch (ignored) {
    // the token is dropped below whatever the portal answered
  }
  session.drop();
  fail(...memberRefused());
}

/**
 * An agent who must have a second factor and has none on may only enrol: the console walks them
 * through it, then shows the recovery codes once.
 */
async function startOrEnrol() {
  if (await passwordChangeDue()) {
    showPasswordChange();
    return;
  }
  const profile = await get('me/profile');
  if (profile.secondFactor && profile.secondFactor.required && !profile.secondFactor.enabled) {
    stopPage();
    fill(shell, h('div', {class: 'bar'}, h('span', {class: 'brand'}, t('app.name')),
        h('span', {class: 'who'}, agent.fullName), button(t('signOut'), signOut)));
    document.title = t('title', {page: t('enrol.title')});
    const box = h('div', {class: 'sign-in'});
    fill(main, box);
    await enrol(box, start);
  } else {
    start();
  }
}

/** The first agent's password came from the settings: the portal refuses everything else until it is changed. */
async function passwordChangeDue() {
  try {
    await get('admin/agents?limit=1');
    return false;
  } catch (error) {
    // any other refusal is for the enrolment, or the page itself, to explain
    return error instanceof ApiError && error.code === 'password-change-required';
  }
}

function showPasswordChange() {
  stopPage();
  fill(shell, h('div', {class: 'bar'}, h('span', {class: 'brand'}, t('app.name')),
      h('span', {class: 'who'}, agent.fullName), button(t('signOut'), signOut)));
  document.title = t('title', {page: t('password.title')});
  fill(main, h('section', {'aria-labelledby': 'password-heading'},
      h('h1', {id: 'password-heading'}, t('password.heading')),
      h('p', {}, t('password.intro')),
      passwordForm(startOrEnrol)));
  main.querySelector('input').focus();
}

async function signOut() {
  try {
    await call('DELETE', 'sessions/current');
  } catch (ignored) {
    // signed out here whatever the portal answered
  }
  session.drop();
  agent = null;
  showSignIn();
  location.hash = '';
}

function start() {
  const nav = h('nav', {'aria-label': t('nav.label')},
      h('ul', {}, registry.navigation(agent).map(page => h('li', {},
          h('a', {href: `#/${page.route}`, 'data-route': page.route}, page.label)))));
  fill(shell, h('div', {class: 'bar'},
      h('span', {class: 'brand'}, t('app.name')),
      h('span', {class: 'who'}, agent.fullName),
      // outside the navigation landmark, whose links are a contract
      h('a', {href: '#/password', class: 'reference'}, t('nav.password')),
      h('a', {href: '#/api-reference', class: 'reference'}, t('nav.reference')), button(t('signOut'), signOut)),
  nav);
  route();
}

async function route() {
  if (!agent) {
    return;
  }
  stopPage();
  stopPage = () => {};
  clearMessages();
  const {name, parts} = currentRoute('dashboard');
  const page = registry.find(name) || registry.find('dashboard');
  markCurrent(page.route);
  const content = h('div');
  fill(main, content);
  const draw = await page.load();
  const stop = draw(content, ...parts);
  if (typeof stop === 'function') {
    stopPage = stop;
  }
  const title = content.querySelector('h1');
  document.title = t('title', {page: title ? title.textContent : t('app.name')});
  if (title) {
    title.setAttribute('tabindex', '-1');
    title.focus();
  }
}

window.addEventListener('hashchange', route);

async function boot() {
  if (!session.token()) {
    showSignIn();
    return;
  }
  try {
    const me = await get('me');
    if (me.role !== 'AGENT') {
      await refuseMember(session.token());
      showSignIn(memberRefused());
      return;
    }
    agent = me;
    await startOrEnrol();
  } catch (error) {
    session.drop();
    showSignIn(error instanceof ApiError && error.status === 401 ? null : error);
  }
}

boot();
