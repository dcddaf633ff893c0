// Setting up the second factor, shared by the console (where agents must) and the member portal's
// Profile (where anyone may): the secret as a QR code drawn by the portal, as text and as the
// otpauth:// address an authenticator app takes; then the code it shows; then the recovery codes,
// shown once. The texts are the application's ('enrol.*', 'recovery.*').
import {button, field, fill, h, textbox} from './dom.js';
import {post} from './api.js';
import {clearMessages, fail} from './ui.js';
import {t} from './texts.js';

/** Starts an enrolment and draws it into `root`; `finished()` runs after the recovery codes' `Continue`. */
export async function enrol(root, finished, headingLevel = 1) {
  const enrolment = await post('me/second-factor');
  const code = textbox('code', {inputmode: 'numeric', autocomplete: 'one-time-code', required: true,
    pattern: '[0-9 ]*'});
  const submit = h('button', {type: 'submit'}, t('enrol.submit'));
  const heading = `h${headingLevel}`;
  const formElement = h('form', {class: 'enrolment', 'aria-labelledby': 'enrol-heading'},
      h(heading, {id: 'enrol-heading'}, t('enrol.heading')),
      h('p', {}, t('enrol.intro')),
      enrolment.qrCode ? h('img', {src: enrolment.qrCode, alt: t('enrol.qr'), class: 'qr', width: 200, height: 200})
        : null,
      h('p', {}, `${t('enrol.secret')}: `, h('code', {'aria-label': 'Secret', class: 'wrap'}, enrolment.secret)),
      h('p', {}, `${t('enrol.address')}: `, h('code', {'aria-label': 'otpauth URI', class: 'wrap'}, enrolment.otpauthUri)),
      field(t('enrol.code'), code), submit);
  formElement.addEventListener('submit', async event => {
    event.preventDefault();
    submit.disabled = true;
    clearMessages();
    try {
      const answer = await post('me/second-factor/confirmation', {code: code.value.replace(/\s/g, '')});
      showRecoveryCodes(root, answer.recoveryCodes, finished, heading);
    } catch (error) {
      fail(error);
    } finally {
      submit.disabled = false;
    }
  });
  fill(root, formElement);
  code.focus();
}

function showRecoveryCodes(root, codes, finished, heading) {
  const next = button(t('recovery.continue'), finished);
  fill(root, h('section', {class: 'enrolment', 'aria-labelledby': 'recovery-heading'},
      h(heading, {id: 'recovery-heading', tabindex: -1}, t('recovery.heading')),
      h('p', {}, t('recovery.intro')),
      h('ul', {'aria-label': 'Recovery codes', class: 'codes'}, codes.map(c => h('li', {}, h('code', {}, c)))),
      next));
  next.focus();
}
