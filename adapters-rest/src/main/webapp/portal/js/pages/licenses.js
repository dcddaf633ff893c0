// Licenses: the company's licenses in the view the level allows (the API leaves out what it may not see).
import {day, h, page} from '../../../common/js/dom.js';
import {pagedList} from '../../../common/js/ui.js';
import {t} from '../../../common/js/texts.js';

export default function licenses(root, context) {
  const full = context.may('SEE_LICENSE_INFORMATION_FULL');
  const keys = context.may('SEE_LICENSE_KEYS');
  page(root, t('licenses.title'), pagedList({caption: t('licenses.caption'), path: context.company('licenses'),
    columns: [
      [t('column.product'), l => l.product], [t('column.kind'), l => t(`licenseKind.${l.kind}`)],
      [t('column.quantity'), l => l.quantity], [t('column.expires'), l => day(l.expiresOn)],
      ...(full ? [[t('column.maintenance'), l => (l.maintenance ? `${l.maintenance.status} ` : '—')]] : []),
      ...(keys ? [[t('column.key'), l => h('code', {}, l.licenseKey || '—')],
        [t('column.activationCodes'), l => h('ul', {class: 'plain'},
            (l.activationCodes || []).map(code => h('li', {}, h('code', {}, code))))]] : [])],
    empty: t('licenses.none')}));
}
