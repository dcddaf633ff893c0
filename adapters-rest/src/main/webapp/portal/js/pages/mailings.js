// Mailings: the two opt-ins, each disabled with the reason where the level is not eligible; the
// warnings a change raises, as alerts; a pending confirmation after a Mailchimp unsubscribe explained.
import {h, page} from '../../../common/js/dom.js';
import {get, put} from '../../../common/js/api.js';
import {done, fail, form} from '../../../common/js/ui.js';
import {t} from '../../../common/js/texts.js';

const AUDIENCES = [['newsletter', 'mailings.newsletter', 'mailings.newsletterAbout'],
  ['updateNotices', 'mailings.updateNotices', 'mailings.updateNoticesAbout']];

export default async function mailings(root, context) {
  let state = await get('me/preferences');
  const notes = h('div');
  const boxes = {};
  const choices = AUDIENCES.map(([name, label, about]) => {
    const audience = state[name];
    const hint = `${name}-hint`;
    boxes[name] = h('input', {type: 'checkbox', id: `${name}-box`, name, checked: audience.subscribed,
      disabled: !audience.eligible, 'aria-describedby': hint});
    return h('div', {class: 'choice'}, boxes[name], h('label', {for: `${name}-box`}, t(label)),
        h('p', {id: hint, class: 'hint'}, audience.eligible ? t(about)
          : t('mailings.notEligible', {level: context.levelName(context.me.level)})));
  });
  const explain = answer => [answer.confirmationPending ? h('p', {class: 'note'}, t('mailings.pending')) : null,
    answer.addressCleaned ? h('p', {class: 'note'}, t('mailings.cleaned')) : null];
  notes.replaceChildren(...explain(state).filter(Boolean));
  const saveForm = form({}, [h('fieldset', {}, h('legend', {}, t('mailings.legend')), choices),
    h('button', {type: 'submit'}, t('mailings.save'))], async () => {
    state = await put('me/preferences', {newsletter: boxes.newsletter.checked,
      updateNotices: boxes.updateNotices.checked, version: state.version});
    notes.replaceChildren(...explain(state).filter(Boolean));
    const warnings = state.warnings || [];
    if (warnings.length) {
      fail(t('mailings.saved'), ' ', ...warnings.map(w => `${w.message} `));
    } else {
      done(t('mailings.saved'));
    }
  });
  page(root, t('mailings.title'), h('p', {}, t('mailings.intro')), notes, saveForm);
}
