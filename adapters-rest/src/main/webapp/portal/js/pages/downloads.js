// Downloads: the links the caller may see; IT/Tech and Manager ask for one and follow their requests.
import {field, h, outsideLink, page, textbox, when} from '../../../common/js/dom.js';
import {post} from '../../../common/js/api.js';
import {done, form, pagedList} from '../../../common/js/ui.js';
import {t} from '../../../common/js/texts.js';
import {section, toggle} from './common.js';

export default function downloads(root, context) {
  const links = pagedList({caption: t('downloads.caption'), path: context.company('downloads'), columns: [
    [t('column.product'), d => d.product], [t('column.link'), d => outsideLink(d.url)],
    [t('column.published'), d => when(d.grantedAt)]], empty: t('downloads.none')});
  if (!context.may('REQUEST_DOWNLOAD_LINKS')) {
    page(root, t('downloads.title'), links);
    return;
  }
  const requests = pagedList({caption: t('downloads.requestsCaption'), path: 'me/download-requests', columns: [
    [t('column.product'), d => d.product], [t('column.status'), d => d.status],
    [t('column.link'), d => (d.url ? outsideLink(d.url) : '—')], [t('column.requested'), d => when(d.requestedAt)]],
  empty: t('downloads.noRequests')});
  const product = textbox('product', {required: true, maxlength: 200});
  const requestForm = form({class: 'card'}, [field(t('downloads.product'), product),
    h('button', {type: 'submit'}, t('downloads.send'))], async (data, element) => {
    await post(context.company('download-requests'), {product: product.value});
    done(t('downloads.requested', {product: product.value}));
    element.reset();
    requests.reload();
  });
  const [requestButton, requestBox] = toggle(t('downloads.request'), requestForm);
  page(root, t('downloads.title'), h('div', {class: 'toolbar'}, requestButton), requestBox, links,
      section('requests-heading', t('downloads.requests'), requests));
}
