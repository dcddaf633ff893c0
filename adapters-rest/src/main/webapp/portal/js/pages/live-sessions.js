// Live sessions: book one (with a coupon code from the profile), and the bookings with their price.
import {field, h, page, select, textbox, when} from '../../../common/js/dom.js';
import {post} from '../../../common/js/api.js';
import {done, fail, form, pagedList} from '../../../common/js/ui.js';
import {t} from '../../../common/js/texts.js';
import {toggle} from './common.js';

const KINDS = ['INSTALLATION', 'CONFIGURATION', 'TRAINING', 'CALL_RETURN'];

/** A price as people read it; zero is free. */
export function price(money) {
  if (!money) {
    return '—';
  }
  return Number(money.amount) === 0 ? t('live.free') : `${money.amount} ${money.currency}`;
}

/** "2027-01-15 14:30" (or with a T) in the browser's time zone, as an instant; null when unreadable. */
function preferredInstant(text) {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!match) {
    return null;
  }
  const [, year, month, dayOfMonth, hour, minute] = match.map(Number);
  const date = new Date(year, month - 1, dayOfMonth, hour, minute);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export default function liveSessions(root) {
  const list = pagedList({caption: t('live.caption'), path: 'live-sessions', columns: [
    [t('column.kind'), s => t(`kind.${s.kind}`)], [t('column.preferred'), s => when(s.preferredAt)],
    [t('column.price'), s => price(s.price)], [t('column.coupon'), s => (s.couponCode ? h('code', {}, s.couponCode) : '—')],
    [t('column.status'), s => s.status]], empty: t('live.none')});
  const kind = select('kind', KINDS.map(k => [k, t(`kind.${k}`)]), 'INSTALLATION');
  const preferred = textbox('preferredAt', {required: true, 'aria-describedby': 'preferred-hint',
    placeholder: '2027-01-15 14:30', autocomplete: 'off'});
  const coupon = textbox('couponCode', {'aria-describedby': 'coupon-hint', autocomplete: 'off', maxlength: 64});
  const bookForm = form({class: 'card'}, [field(t('live.kind'), kind),
    field(t('live.preferred'), preferred), h('p', {id: 'preferred-hint', class: 'hint'}, t('live.preferredHint')),
    field(t('live.coupon'), coupon), h('p', {id: 'coupon-hint', class: 'hint'}, t('live.couponHint')),
    h('button', {type: 'submit'}, t('live.submit'))], async (data, element) => {
    const at = preferredInstant(preferred.value);
    if (!at) {
      fail(t('live.badTime'));
      preferred.focus();
      return;
    }
    const body = {kind: kind.value, preferredAt: at};
    if (coupon.value.trim()) {
      body.couponCode = coupon.value.trim();
    }
    const booked = await post('live-sessions', body);
    element.reset();
    done(t('live.booked', {kind: t(`kind.${booked.kind}`), price: price(booked.price)}));
    list.reload();
  });
  const [bookButton, bookBox] = toggle(t('live.book'), bookForm);
  page(root, t('live.title'), h('div', {class: 'toolbar'}, bookButton), bookBox, list);
}
