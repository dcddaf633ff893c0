// The console's shell: sign-in, the navigation, and the pages behind the location's hash.
import {button, field, fill, h, textbox} from './dom.js';
import {ApiError, call, devices, get, on, post, session} from './api.js';
import {clearMessages, fail} from './ui.js';
import {pages, passwordForm} from './pages.js';

const NAVIGATION = [
  ['dashboard', 'Dashboard'], ['requests', 'Account requests'], ['companies', 'Companies'],
  ['tickets', 'Tickets'], ['orders', 'Orders'], ['jobs', 'Jobs'], ['outbox', 'Outbox'],
  ['audit', 'Audit log'], ['agents', 'Agents'],
];

const MEMBER_REFUSED = 'This console is for the vendor\'s support agents. A member\'s account cannot open it;'
    + ' members use the portal\'s REST API.';

const shell = document.getElementById('shell');
const main = document.getElementById('main');
let agent = null;
let stopPage = () => {};

on('busy', busy => {
  document.getElementById('busy').hidden = !busy;
  main.setAttribute('aria-busy', busy ? 'true' : 'false');
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
  document.title = 'Sign in · Member portal console';
  const email = textbox('email', {type: 'email', autocomplete: 'username', required: true});
  const password = h('input', {type: 'password', name: 'password', autocomplete: 'current-password', required: true});
  const codeSlot = h('div');
  let code = null;
  const submit = h('button', {type: 'submit'}, 'Sign in');
  const formElement = h('form', {class: 'sign-in', 'aria-labelledby': 'sign-in-heading'},
      h('h1', {id: 'sign-in-heading'}, 'Member portal console'),
      h('p', {}, 'For the vendor\'s support agents.'),
      field('E-mail', email), field('Password', password), codeSlot, submit);
  formElement.addEventListener('submit', async event => {
    event.preventDefault();
    submit.disabled = true;
    clearMessages();
    try {
      const body = {email: email.value, password: password.value};
      if (code) {
        body.code = code.value;
      }
      const device = devices.of(email.value);
      if (device) {
        body.deviceToken = device;
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
        fill(codeSlot, field('Code', code));
        code.focus();
      }
      fail(error instanceof ApiError && error.status === 401 && error.code !== 'second-factor-required'
          ? 'The e-mail address or the password is wrong, or the account is not active.' : error);
    } finally {
      submit.disabled = false;
    }
  });
  fill(main, formElement);
  if (reason) {
    fail(reason);
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
  fail(MEMBER_REFUSED);
}

/**
 * An agent who must have a second factor and has none on may only enrol: the console walks them
 * through it (the secret as text and as the otpauth:// URI an authenticator app takes, no picture
 * from elsewhere), then shows the recovery codes once.
 */
async function startOrEnrol() {
  if (await passwordChangeDue()) {
    showPasswordChange();
    return;
  }
  const profile = await get('me/profile');
  if (profile.secondFactor && profile.secondFactor.required && !profile.secondFactor.enabled) {
    await showEnrolment();
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
    if (error instanceof ApiError && error.code === 'password-change-required') {
      return true;
    }
    return false; // the enrolment, or the page itself, says what else is wrong
  }
}

function showPasswordChange() {
  stopPage();
  fill(shell, h('div', {class: 'bar'}, h('span', {class: 'brand'}, 'Member portal console'),
      h('span', {class: 'who'}, agent.fullName), button('Sign out', signOut)));
  document.title = 'Choose your password · Member portal console';
  fill(main, h('section', {'aria-labelledby': 'password-heading'},
      h('h1', {id: 'password-heading'}, 'Choose your own password'),
      h('p', {}, 'You signed in with the password from the portal\'s start-up settings, which others may have'
          + ' read. Choose one of your own (at least 12 characters) before anything else.'),
      passwordForm(startOrEnrol)));
  main.querySelector('input').focus();
}

async function showEnrolment() {
  stopPage();
  fill(shell, h('div', {class: 'bar'}, h('span', {class: 'brand'}, 'Member portal console'),
      h('span', {class: 'who'}, agent.fullName), button('Sign out', signOut)));
  document.title = 'Second factor · Member portal console';
  const enrolment = await post('me/second-factor');
  const code = textbox('code', {inputmode: 'numeric', autocomplete: 'one-time-code', required: true});
  const submit = h('button', {type: 'submit'}, 'Turn on');
  const formElement = h('form', {class: 'sign-in', 'aria-labelledby': 'enrol-heading'},
      h('h1', {id: 'enrol-heading'}, 'Set up the second factor'),
      h('p', {}, 'Agents sign in with a code from an authenticator app. Add this key to the app'
          + ' (type the secret, or open the otpauth:// address on the phone), then give the code it shows.'),
      h('p', {}, 'Secret: ', h('code', {'aria-label': 'Secret'}, enrolment.secret)),
      h('p', {}, 'Address: ', h('code', {'aria-label': 'otpauth URI', class: 'wrap'}, enrolment.otpauthUri)),
      field('Code', code), submit);
  formElement.addEventListener('submit', async event => {
    event.preventDefault();
    submit.disabled = true;
    clearMessages();
    try {
      const answer = await post('me/second-factor/confirmation', {code: code.value.trim()});
      showRecoveryCodes(answer.recoveryCodes);
    } catch (error) {
      fail(error);
    } finally {
      submit.disabled = false;
    }
  });
  fill(main, formElement);
  code.focus();
}

function showRecoveryCodes(codes) {
  fill(main, h('section', {class: 'sign-in', 'aria-labelledby': 'recovery-heading'},
      h('h1', {id: 'recovery-heading'}, 'Recovery codes'),
      h('p', {}, 'The second factor is on. Keep these codes somewhere safe: each opens one sign-in'
          + ' without the app, and they are shown only now.'),
      h('ul', {'aria-label': 'Recovery codes'}, codes.map(c => h('li', {}, h('code', {}, c)))),
      button('Continue', start)));
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
  const nav = h('nav', {'aria-label': 'Console'},
      h('ul', {}, NAVIGATION.map(([route, text]) => h('li', {}, h('a', {href: `#/${route}`, 'data-route': route}, text)))));
  fill(shell, h('div', {class: 'bar'},
      h('span', {class: 'brand'}, 'Member portal console'), nav,
      h('span', {class: 'who'}, agent.fullName),
      // outside the navigation landmark, whose links are a contract
      h('a', {href: '#/password', class: 'reference'}, 'Change password'),
      h('a', {href: '#/api-reference', class: 'reference'}, 'API reference'), button('Sign out', signOut)));
  route();
}

function route() {
  if (!agent) {
    return;
  }
  stopPage();
  stopPage = () => {};
  clearMessages();
  const [name = 'dashboard', ...rest] = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const page = pages[name] || pages.dashboard;
  document.querySelectorAll('nav a').forEach(link => {
    if (link.dataset.route === name) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
  const content = h('div');
  fill(main, content);
  const stop = page(content, ...rest);
  if (typeof stop === 'function') {
    stopPage = stop;
  }
  const title = content.querySelector('h1');
  document.title = `${title ? title.textContent : 'Console'} · Member portal console`;
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
      showSignIn(MEMBER_REFUSED);
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
