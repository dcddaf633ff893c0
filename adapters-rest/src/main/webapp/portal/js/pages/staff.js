// Staff (Manager, Primary): the company's accounts with a level and a deactivation per row, the
// account requests, and the form to request one at the levels the caller may ask for.
import {button, field, h, page, select, textbox, when} from '../../../common/js/dom.js';
import {get, patch, post} from '../../../common/js/api.js';
import {act, done, fail, form, pagedList} from '../../../common/js/ui.js';
import {has, t} from '../../../common/js/texts.js';
import {section, toggle} from './common.js';

/** A status as a sentence of the catalogue; one the catalogue does not know yet shows as sent. */
const spelled = (kind, status) => has(`${kind}.${status}`) ? t(`${kind}.${status}`) : status;

export default async function staff(root, context) {
  const {grantableLevels = []} = await get('me/profile');
  const levels = grantableLevels.map(level => [level, context.levelName(level)]);
  let accounts = null;
  let requests = null;

  /** A change's warnings are said as alerts beside what it did. */
  const changed = (answer, sentence) => {
    const warnings = answer.warnings || [];
    if (warnings.length) {
      fail(sentence, ' ', ...warnings.map(w => `${w.message} `));
    } else {
      done(sentence);
    }
  };

  const change = account => {
    if (account.status === 'DEACTIVATED') {
      return '—';
    }
    if (!grantableLevels.includes(account.level)) {
      return context.levelName(account.level);
    }
    const level = select('level', levels, account.level);
    level.addEventListener('change', () => act(level, async () => {
      const answer = await patch(context.company(`accounts/${encodeURIComponent(account.id)}`),
          {level: level.value, version: account.version});
      changed(answer, t('staff.levelChanged', {name: account.fullName, level: context.levelName(level.value)}));
      accounts.reload();
    }).then(() => { level.value = account.level; }));
    const deactivate = button(t('staff.deactivate'), () => act(deactivate, async () => {
      const answer = await patch(context.company(`accounts/${encodeURIComponent(account.id)}`),
          {status: 'DEACTIVATED', version: account.version});
      changed(answer, t('staff.deactivated', {name: account.fullName}));
      accounts.reload();
    }));
    return h('div', {class: 'actions'}, field(t('staff.level'), level), deactivate);
  };

  accounts = pagedList({caption: t('staff.caption'), path: context.company('accounts'), columns: [
    [t('column.name'), a => a.fullName], [t('column.email'), a => a.email],
    [t('column.level'), a => context.levelName(a.level)], [t('column.status'), a => spelled('account.status', a.status)],
    [t('column.change'), change]], empty: t('staff.none')});
  requests = pagedList({caption: t('staff.requestsCaption'), path: context.company('account-requests'), columns: [
    [t('column.name'), r => r.fullName], [t('column.email'), r => r.email],
    [t('column.level'), r => context.levelName(r.level)], [t('column.status'), r => spelled('request.status', r.status)],
    [t('column.requested'), r => when(r.requestedAt)]], empty: t('staff.noRequests')});

  const fullName = textbox('fullName', {required: true, maxlength: 200, autocomplete: 'off'});
  const email = textbox('email', {type: 'email', required: true, autocomplete: 'off'});
  const level = select('level', levels, 'BASIC');
  const requestForm = form({class: 'card'}, [field(t('staff.fullName'), fullName), field(t('staff.email'), email),
    field(t('staff.level'), level), h('button', {type: 'submit'}, t('staff.send'))], async (data, element) => {
    const sent = await post(context.company('account-requests'),
        {fullName: fullName.value, email: email.value, level: level.value});
    done(t(sent.status === 'APPROVED' ? 'staff.approved' : 'staff.requested', {email: sent.email}));
    element.reset();
    requests.reload();
    accounts.reload();
  });
  const [requestButton, requestBox] = toggle(t('staff.request'), requestForm);
  page(root, t('staff.title'), h('div', {class: 'toolbar'}, requestButton), requestBox, accounts,
      section('requests-heading', t('staff.requests'), requests));
}
