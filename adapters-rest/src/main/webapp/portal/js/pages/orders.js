// Orders: licenses and paid services, each where the level may order it, and the caller's own orders.
import {field, h, page, select, textbox, when} from '../../../common/js/dom.js';
import {post} from '../../../common/js/api.js';
import {done, form, pagedList} from '../../../common/js/ui.js';
import {t} from '../../../common/js/texts.js';
import {toggle} from './common.js';

export default function orders(root, context) {
  const list = pagedList({caption: t('orders.caption'), path: 'me/orders', columns: [
    [t('column.kind'), o => t(`orderKind.${o.kind}`)],
    [t('column.description'), o => (o.product ? `${o.quantity} × ${o.product}` : o.description)],
    [t('column.status'), o => o.status], [t('column.placed'), o => when(o.placedAt)]], empty: t('orders.none')});
  const placed = element => { element.reset(); done(t('orders.placed')); list.reload(); };
  const tools = [];
  if (context.may('ORDER_LICENSES')) {
    const product = textbox('product', {required: true, maxlength: 200});
    const quantity = textbox('quantity', {required: true, inputmode: 'numeric', pattern: '[0-9]+', maxlength: 6});
    const kind = select('kind', ['COMPUTER', 'CONCURRENT_CONNECTION'].map(k => [k, t(`licenseKind.${k}`)]), 'COMPUTER');
    tools.push(toggle(t('orders.licenses'), form({class: 'card'}, [field(t('orders.product'), product),
      field(t('orders.quantity'), quantity), field(t('orders.kind'), kind),
      h('button', {type: 'submit'}, t('orders.place'))], async (data, element) => {
      await post(context.company('license-orders'), {product: product.value, kind: kind.value,
        quantity: Number(quantity.value)});
      placed(element);
    })));
  }
  if (context.may('ORDER_PAID_SERVICES')) {
    const description = h('textarea', {name: 'description', required: true, rows: 4, maxlength: 5000});
    tools.push(toggle(t('orders.service'), form({class: 'card'}, [field(t('orders.description'), description),
      h('button', {type: 'submit'}, t('orders.place'))], async (data, element) => {
      await post(context.company('service-orders'), {description: description.value});
      placed(element);
    })));
  }
  page(root, t('orders.title'), h('div', {class: 'toolbar'}, tools.map(([control]) => control)),
      tools.map(([, content]) => content), list);
}
