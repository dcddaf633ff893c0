// The pages of a person not signed in: sign-in (with the second factor once the portal asks for
// it), the forgotten password, and the pages the e-mailed links open (activation, reset).
import {field, fill, h, textbox} from '../../common/js/dom.js';
import {ApiError, call, devices, post, session} from '../../common/js/api.js';
import {clearMessages, done, fail} from '../../common/js/ui.js';
import {t} from '../../common/js/texts.js';

function password(name, autocomplete) {
  return h('input', {type: 'password', name, autocomplete, required: true, minlength: 12, maxlength: 256});
}

function card(headingText, ...children) {
  return h('div', {class: 'narrow'}, h('h1', {id: 'card-heading', tabindex: -1}, headingText), ...children);
}

function submitting(formElement, action) {
  formElement.addEventListener('submit', async event => {
    event.preventDefault();
    const submit = formElement.querySelector('button[type=submit]');
    submit.disabled = true;
    clearMessages();
    try {
      await action();
    } catch (error) {
      fail(error);
    } finally {
      submit.disabled = false;
    }
  });
  return formElement;
}

/** The way to the admin console, for an agent who came here. */
const consoleLink = () => h('a', {href: 'admin/'}, t('signIn.agentLink'));

/**
 * Sign-in; `entered()` takes over once a member's session is open. An agent's session is ended at
 * once: the console is theirs.
 */
export function signIn(root, entered, message = []) {
  const email = textbox('email', {type: 'email', autocomplete: 'username', required: true});
  const secret = password('password', 'current-password');
  secret.removeAttribute('minlength');
  const codeSlot = h('div');
  let code = null;
  const formElement = submitting(h('form', {'aria-labelledby': 'card-heading'},
      field(t('signIn.email'), email), field(t('signIn.password'), secret), codeSlot,
      h('button', {type: 'submit'}, t('signIn.submit'))), async () => {
    const body = {email: email.value, password: secret.value, deviceToken: devices.of(email.value)};
    if (code) {
      const given = code.value.trim();
      body[/^\d[\d ]*$/.test(given) ? 'code' : 'recoveryCode'] = given.replace(/\s/g, '');
    }
    let answer;
    try {
      answer = await post('sessions', body);
      devices.keep(email.value, answer.deviceToken);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'second-factor-required') {
        if (!code) {
          code = textbox('code', {inputmode: 'numeric', autocomplete: 'one-time-code', required: true,
            'aria-describedby': 'code-hint'});
          fill(codeSlot, field(t('signIn.code'), code), h('p', {id: 'code-hint', class: 'hint'}, t('signIn.codeHint')));
          code.focus();
          return;
        }
        throw t('signIn.wrongCode');
      }
      throw error instanceof ApiError && error.status === 401 ? t('signIn.wrong') : error;
    }
    if (answer.account.role === 'AGENT') {
      session.keep(answer.token);
      try {
        await call('DELETE', 'sessions/current');
      } finally {
        session.drop();
      }
      fail(t('signIn.agent'), consoleLink(), '.');
      return;
    }
    session.keep(answer.token);
    await entered();
  });
  fill(root, card(t('signIn.title'), h('p', {}, t('signIn.intro')), formElement,
      h('p', {}, h('a', {href: '#/forgot-password'}, t('signIn.forgot'))),
      h('p', {class: 'hint'}, t('signIn.agentsHere'), consoleLink(), '.')));
  if (message.length && message[0]) {
    fail(...message);
  }
  email.focus();
}

/** A new link by e-mail: a reset link for an active account, the activation e-mail again for a pending one. */
function newLinkForm(submitText, sent) {
  const email = textbox('email', {type: 'email', autocomplete: 'username', required: true});
  return submitting(h('form', {class: 'again'}, field(t('signIn.email'), email),
      h('button', {type: 'submit'}, submitText)), async () => {
    await post('password-resets', {email: email.value});
    sent();
  });
}

/** Where an agent's e-mailed link ends: their password is set, and they sign in to the console. */
export function toConsole(root) {
  fill(root, card(t('console.title'), h('p', {}, t('console.next'), consoleLink(), '.')));
}

export function forgot(root) {
  const sent = () => done(t('forgot.sent'));
  fill(root, card(t('forgot.title'), h('p', {}, t('forgot.intro')), newLinkForm(t('forgot.submit'), sent),
      h('p', {}, h('a', {href: '#/'}, t('forgot.back')))));
  root.querySelector('input').focus();
}

/** The page of an e-mailed link with a token: the new password twice, then `finished` with a status. */
function choosePassword(root, token, texts, signInAgain) {
  if (!token) {
    fill(root, card(texts.title));
    fail(t('link.missing'));
    return;
  }
  const first = password('password', 'new-password');
  const second = password('repeat', 'new-password');
  const formElement = submitting(h('form', {'aria-labelledby': 'card-heading'},
      field(texts.password, first), field(texts.repeat, second),
      h('button', {type: 'submit'}, texts.submit)), async () => {
    if (first.value !== second.value) {
      fail(t('password.differ'));
      second.focus();
      return;
    }
    try {
      await post(texts.path, {token, password: first.value});
    } catch (error) {
      if (error instanceof ApiError && error.status === 410) {
        gone(root, texts);
        return;
      }
      throw error;
    }
    signInAgain();
    done(texts.done);
  });
  fill(root, card(texts.title, texts.intro ? h('p', {}, texts.intro) : null, formElement));
  first.focus();
}

/** A used or expired link: said as an alert, with the way to a new one. */
function gone(root, texts) {
  fill(root, card(texts.title, newLinkForm(t('activate.again'), () => done(t('forgot.sent')))));
  fail(texts.gone);
  root.querySelector('input').focus();
}

export function activate(root, token, signInAgain) {
  choosePassword(root, token, {
    path: 'activations', title: t('activate.title'), intro: t('activate.intro'), password: t('activate.password'),
    repeat: t('activate.repeat'), submit: t('activate.submit'), done: t('activate.done'), gone: t('activate.gone'),
  }, signInAgain);
}

export function reset(root, token, signInAgain) {
  choosePassword(root, token, {
    path: 'password-resets/confirm', title: t('reset.title'), password: t('reset.password'),
    repeat: t('reset.repeat'), submit: t('reset.submit'), done: t('reset.done'), gone: t('reset.gone'),
  }, signInAgain);
}
