// Profile: the name, what the level allows, the coupons, the password, and two-step sign-in (the
// QR code drawn by the portal, the code, then the recovery codes).
import {button, field, fill, h, page, textbox} from '../../../common/js/dom.js';
import {get, patch, post} from '../../../common/js/api.js';
import {act, done, form} from '../../../common/js/ui.js';
import {enrol} from '../../../common/js/second-factor.js';
import {t} from '../../../common/js/texts.js';
import {allowedList, couponTable, section} from './common.js';

export default async function profile(root, context) {
  const shown = await get('me/profile');

  const fullName = textbox('fullName', {required: true, maxlength: 200, autocomplete: 'name', value: shown.fullName});
  const nameForm = form({class: 'inline'}, [field(t('profile.fullName'), fullName),
    h('button', {type: 'submit'}, t('profile.saveName'))], async () => {
    const answer = await patch('me/profile', {fullName: fullName.value});
    context.me.fullName = answer.fullName;
    const who = document.querySelector('header .who');
    if (who) {
      who.textContent = answer.fullName;
    }
    done(t('profile.nameSaved'));
  });

  const current = h('input', {type: 'password', name: 'currentPassword', autocomplete: 'current-password', required: true});
  const next = h('input', {type: 'password', name: 'newPassword', autocomplete: 'new-password', required: true,
    minlength: 12, maxlength: 256});
  const passwordForm = form({}, [field(t('profile.currentPassword'), current), field(t('profile.newPassword'), next),
    h('button', {type: 'submit'}, t('profile.changePassword'))], async (data, element) => {
    await post('me/password', {currentPassword: current.value, newPassword: next.value});
    element.reset();
    done(t('profile.passwordChanged'));
  });

  const secondFactor = h('div');
  const drawSecondFactor = on => {
    if (on) {
      fill(secondFactor, h('p', {}, t('profile.secondFactorOn')));
      return;
    }
    const setUp = button(t('profile.setUp'), () => act(setUp, () => enrol(secondFactor, () => drawSecondFactor(true), 3)));
    fill(secondFactor, h('p', {}, t(shown.secondFactor.required ? 'profile.secondFactorRequired'
      : 'profile.secondFactorOff')), setUp);
  };
  drawSecondFactor(shown.secondFactor.enabled);

  page(root, t('profile.title'),
      h('p', {class: 'lead'}, t('profile.account', {email: shown.email, level: context.levelName(shown.level),
        company: shown.company.name})),
      section('name-heading', t('profile.name'), nameForm),
      section('allowed-heading', t('profile.allowed'), allowedList(shown.allowed)),
      section('coupons-heading', t('profile.coupons'), couponTable(shown.coupons)),
      section('password-heading', t('profile.password'), passwordForm),
      section('second-factor-heading', t('profile.secondFactor'), secondFactor));
}
